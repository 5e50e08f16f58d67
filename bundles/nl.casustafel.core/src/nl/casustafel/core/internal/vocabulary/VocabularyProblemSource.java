/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.vocabulary;

import java.util.List;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.spi.ContributionProblemSource;
import nl.casustafel.core.vocabulary.Vocabularies;

/**
 * The problems with the vocabulary terms plug-ins contribute (Declarative Services component
 * {@code OSGI-INF/nl.casustafel.core.VocabularyProblems.xml}).
 */
public final class VocabularyProblemSource implements ContributionProblemSource {

	@Override
	public String extensionPoint() {
		return Vocabularies.EXTENSION_POINT_ID;
	}

	@Override
	public List<ContributionProblem> problems() {
		return Vocabularies.problems();
	}
}
