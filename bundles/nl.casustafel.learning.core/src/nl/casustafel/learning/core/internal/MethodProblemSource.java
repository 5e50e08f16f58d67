/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.internal;

import java.util.List;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblem.Severity;
import nl.casustafel.core.spi.ContributionProblemSource;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.MethodProblem;

/**
 * The problems with the learning methods plug-ins contribute (Declarative Services component
 * {@code OSGI-INF/nl.casustafel.learning.core.MethodProblems.xml}): those of
 * {@link LearningMethods#problems()}, each a contribution that was left out.
 */
public final class MethodProblemSource implements ContributionProblemSource {

	private static final String UNKNOWN = "?"; //$NON-NLS-1$

	@Override
	public String extensionPoint() {
		return LearningMethods.EXTENSION_POINT;
	}

	@Override
	public List<ContributionProblem> problems() {
		return LearningMethods.getDefault().problems().stream().map(MethodProblemSource::convert).toList();
	}

	/**
	 * @param problem a problem with a contributed method
	 * @return it as a contribution problem; the message names the file, method and step (the
	 *         {@link MethodProblem#describe() description} without the plug-in, which the
	 *         contribution problem names itself)
	 */
	public static ContributionProblem convert(MethodProblem problem) {
		String text = new MethodProblem(null, problem.file(), problem.methodKey(), problem.stepKey(), problem.message())
				.describe();
		return new ContributionProblem(Severity.ERROR, problem.contributor() == null ? UNKNOWN : problem.contributor(),
				LearningMethods.EXTENSION_POINT, text);
	}
}
