/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.internal;

import java.util.List;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.spi.ContributionProblemSource;
import nl.casustafel.network.style.EdgeTypes;

/**
 * The problems with the relation types plug-ins contribute (Declarative Services component
 * {@code OSGI-INF/nl.casustafel.network.core.RelationTypeProblems.xml}).
 */
public final class RelationTypeProblemSource implements ContributionProblemSource {

	@Override
	public String extensionPoint() {
		return EdgeTypes.EXTENSION_POINT_ID;
	}

	@Override
	public List<ContributionProblem> problems() {
		return EdgeTypes.problems();
	}
}
