/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.reflection.core.internal.Messages;

/**
 * A problem found in a question-set file: it could not be read, or it is not valid. An
 * {@link Severity#ERROR} keeps the set out of the registry (other sets are not affected); a
 * {@link Severity#WARNING} (for example a missing English text) does not.
 *
 * @param severity    how bad it is
 * @param contributor the symbolic name of the plugin that contributed the file, or
 *                    {@link RegisteredQuestionSet#IMPORT} for an imported file
 * @param location    the file: its path in the plugin, or its absolute path
 * @param line        the line in the file (from 1), or 0 when not known
 * @param column      the column in the line (from 1), or 0 when not known
 * @param message     what is wrong, in the user's language
 * @since 0.1
 */
public record QuestionSetProblem(Severity severity, String contributor, String location, int line, int column,
		String message) {

	/** How bad a problem is. */
	public enum Severity {
		/** The set is used anyway. */
		WARNING,
		/** The set is not used. */
		ERROR
	}

	/**
	 * @return whether this problem keeps the set out of the registry
	 */
	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/**
	 * @return the whole problem in one line, in the user's language, for example
	 *         {@code nl.example.plugin: sets/mine.xmi, regel 12, kolom 7: ...}
	 */
	public String describe() {
		if (line > 0) {
			return NLS.bind(Messages.problem_withPosition,
					new Object[] { contributor, location, Integer.valueOf(line), Integer.valueOf(column), message });
		}
		return NLS.bind(Messages.problem_withoutPosition, new Object[] { contributor, location, message });
	}

	@Override
	public String toString() {
		return severity + " " + describe(); //$NON-NLS-1$
	}
}
