/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

/**
 * Told about the life of a {@link CasebookSession}. Every method has an empty default, so
 * implement only what you need. Called in the thread that caused the event.
 */
public interface CasebookSessionListener {

	/**
	 * The session became dirty (has unsaved changes) or clean (saved, or undone back to the last save).
	 *
	 * @param session the session
	 * @param dirty   the new dirty state
	 */
	default void dirtyStateChanged(CasebookSession session, boolean dirty) {
		// nothing by default
	}

	/**
	 * The session was saved.
	 *
	 * @param session the session
	 */
	default void saved(CasebookSession session) {
		// nothing by default
	}

	/**
	 * The session was reloaded from disk ({@link CasebookSession#revert()}): the
	 * {@link CasebookSession#getCasebook() casebook} and every object in it are new instances, the
	 * command stack is empty. Views must take their input anew.
	 *
	 * @param session the session
	 */
	default void reloaded(CasebookSession session) {
		// nothing by default
	}

	/**
	 * The session was closed; its model must no longer be used.
	 *
	 * @param session the session
	 */
	default void closed(CasebookSession session) {
		// nothing by default
	}
}
