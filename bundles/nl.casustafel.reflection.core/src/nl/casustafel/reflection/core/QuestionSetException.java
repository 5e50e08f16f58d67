/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

import java.util.List;

/**
 * Importing or exporting a question set failed. The message is in the user's language; the
 * problems (when the file was not valid) say where.
 *
 * @since 0.1
 */
public class QuestionSetException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<QuestionSetProblem> problems;

	/**
	 * @param message  what failed, in the user's language
	 * @param problems the problems found in the file (may be empty)
	 * @param cause    the cause, or {@code null}
	 */
	public QuestionSetException(String message, List<QuestionSetProblem> problems, Throwable cause) {
		super(message, cause);
		this.problems = List.copyOf(problems);
	}

	/**
	 * @return the problems found in the file, empty when the failure was not about its content
	 */
	public List<QuestionSetProblem> getProblems() {
		return problems;
	}
}
