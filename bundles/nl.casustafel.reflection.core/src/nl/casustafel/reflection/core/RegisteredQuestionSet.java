/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

import nl.casustafel.reflection.model.QuestionSet;
import nl.casustafel.reflection.model.TargetKind;

/**
 * A question set known to the {@link QuestionSetRegistry}, with where it came from. The set is
 * shared by everyone: read it, never change it.
 *
 * @param set         the set (valid: it passed {@link QuestionSets#validate})
 * @param origin      where it comes from
 * @param contributor the symbolic name of the contributing plugin, or {@link #IMPORT} for an
 *                    imported file
 * @param location    the file: its path in the contributing plugin, or its absolute path
 * @since 0.1
 */
public record RegisteredQuestionSet(QuestionSet set, QuestionSetOrigin origin, String contributor, String location) {

	/** The {@link #contributor()} of imported sets. */
	public static final String IMPORT = "import"; //$NON-NLS-1$

	/**
	 * @return the set's id
	 */
	public String id() {
		return set.getId();
	}

	/**
	 * @param kind what is selected, or {@code null}
	 * @return whether the set is offered for it: its contexts are empty (everywhere) or include it
	 */
	public boolean fits(TargetKind kind) {
		return set.getContexts().isEmpty() || kind != null && set.getContexts().contains(kind);
	}
}
