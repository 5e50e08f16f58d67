/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

/**
 * A pseudonymised learning case: text only, with no link back to the case it was made from.
 *
 * @param title   a title without names, e.g. "Leercasus: man van in de dertig — huisvesting, verslaving"
 * @param writeUp the write-up, for the session's case description
 * @param question the question to the group
 * @since 0.1
 */
public record LearningCaseText(String title, String writeUp, String question) {
}
