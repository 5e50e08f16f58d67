/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.internal;

import java.util.ArrayList;
import java.util.List;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblem.Severity;
import nl.casustafel.core.spi.ContributionProblemSource;
import nl.casustafel.reflection.core.QuestionSetProblem;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.core.RegisteredQuestionSet;

/**
 * The problems with the question-set files plug-ins contribute (Declarative Services component
 * {@code OSGI-INF/nl.casustafel.reflection.core.QuestionSetProblems.xml}): those of the
 * {@link QuestionSetRegistry}, each with the file, line and column in its message. Problems with
 * files a user imported are not a plug-in's; the Reflection view shows them.
 */
public final class QuestionSetProblemSource implements ContributionProblemSource {

	private volatile QuestionSetRegistry registry;

	/**
	 * Called by Declarative Services.
	 *
	 * @param registry the question-set registry
	 */
	public void setRegistry(QuestionSetRegistry registry) {
		this.registry = registry;
	}

	@Override
	public String extensionPoint() {
		return QuestionSetRegistry.EXTENSION_POINT_ID;
	}

	@Override
	public List<ContributionProblem> problems() {
		QuestionSetRegistry current = registry;
		List<ContributionProblem> problems = new ArrayList<>();
		if (current != null) {
			for (QuestionSetProblem problem : current.getProblems()) {
				if (!RegisteredQuestionSet.IMPORT.equals(problem.contributor())) {
					problems.add(convert(problem));
				}
			}
		}
		return problems;
	}

	/**
	 * @param problem a problem with a contributed question-set file
	 * @return it as a contribution problem: the message is its {@link QuestionSetProblem#describe()
	 *         description} without the leading plug-in, which the contribution problem names itself
	 */
	public static ContributionProblem convert(QuestionSetProblem problem) {
		String text = problem.describe();
		String prefix = problem.contributor() + ": "; //$NON-NLS-1$
		if (text.startsWith(prefix)) {
			text = text.substring(prefix.length());
		}
		return new ContributionProblem(problem.isError() ? Severity.ERROR : Severity.WARNING, problem.contributor(),
				QuestionSetRegistry.EXTENSION_POINT_ID, text);
	}
}
