/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

/**
 * Where a question set comes from.
 *
 * @since 0.1
 */
public enum QuestionSetOrigin {

	/** Shipped with Casustafel (contributed by {@code nl.casustafel.reflection.core}). */
	BUILT_IN,

	/** Contributed by another plugin through the extension point {@code nl.casustafel.reflection.questionSets}. */
	CONTRIBUTED,

	/** Imported as a file by a user (kept in the import folder, see {@link ReflectionPreferences}). */
	IMPORTED
}
