/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

/**
 * Something wrong with a contributed learning method: a file that cannot be read, or a method that
 * does not pass the {@link MethodValidator}'s checks.
 *
 * @param contributor the symbolic name of the contributing bundle, or {@code null} when unknown
 * @param file        the data file as named in the contribution, or {@code null}
 * @param methodKey   the method's key, or {@code null} when the file could not be read
 * @param stepKey     the step concerned, or {@code null} for the method as a whole
 * @param message     what is wrong, in the user's language
 * @since 0.1
 */
public record MethodProblem(String contributor, String file, String methodKey, String stepKey, String message) {

	/**
	 * @return one line naming the contributor, file, method and step, then the message
	 */
	public String describe() {
		StringBuilder text = new StringBuilder();
		if (contributor != null) {
			text.append(contributor);
		}
		if (file != null) {
			text.append(text.isEmpty() ? "" : "/").append(file); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (methodKey != null) {
			text.append(text.isEmpty() ? "" : " ").append('[').append(methodKey); //$NON-NLS-1$ //$NON-NLS-2$
			if (stepKey != null) {
				text.append(" / ").append(stepKey); //$NON-NLS-1$
			}
			text.append(']');
		}
		if (!text.isEmpty()) {
			text.append(": "); //$NON-NLS-1$
		}
		return text.append(message).toString();
	}
}
