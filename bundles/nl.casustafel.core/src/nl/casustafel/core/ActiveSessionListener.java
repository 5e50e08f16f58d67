/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

/**
 * Told when the active casebook of the workbench changes. Called in the thread that made the
 * change.
 */
@FunctionalInterface
public interface ActiveSessionListener {

	/**
	 * The active session changed.
	 *
	 * @param previous the previously active session (possibly closed), or {@code null}
	 * @param current  the now active session, or {@code null}
	 */
	void activeSessionChanged(CasebookSession previous, CasebookSession current);
}
