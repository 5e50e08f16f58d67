/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

/**
 * Something wrong in an imported file: where (file, line, column) and what, in the user's language.
 *
 * @param file    the file name
 * @param line    the line number (1 = first line), or 0 when it concerns the whole file
 * @param column  the column or attribute, or {@code null}
 * @param message what is wrong and, where it helps, what would be right
 */
public record ImportProblem(String file, int line, String column, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file);
		if (line > 0) {
			text.append(':').append(line);
		}
		if (column != null) {
			text.append(" [").append(column).append(']'); //$NON-NLS-1$
		}
		return text.append(": ").append(message).toString(); //$NON-NLS-1$
	}
}
