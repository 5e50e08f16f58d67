/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

/**
 * How a casebook is opened.
 */
public enum OpenMode {

	/**
	 * Open for editing. Takes the casebook's lock, so no second Casustafel (and no second session
	 * in this one) can write the same casebook at the same time.
	 */
	READ_WRITE,

	/**
	 * Open for reading only. Takes no lock; the editing domain refuses every change and
	 * {@link CasebookSession#save()} fails. Used to look at a casebook someone else is editing.
	 */
	READ_ONLY
}
