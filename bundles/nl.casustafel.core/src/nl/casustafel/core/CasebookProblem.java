/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A problem found while opening a casebook: one file could not be used. The file is left exactly as
 * it is on disk (it is never overwritten), the objects stored in it are missing from the session,
 * and references to them stay unresolved (see {@link CasebookLists}).
 *
 * @param file    the file, relative to the casebook folder (for example {@code cases/cases-003.xmi})
 * @param kind    what is wrong with it
 * @param message a complete, localised sentence for the user naming the file and the problem
 */
public record CasebookProblem(Path file, Kind kind, String message) {

	/**
	 * What is wrong with a file.
	 */
	public enum Kind {
		/** The file is referenced by the casebook but does not exist. */
		MISSING,
		/** The file exists but has no content at all (0 bytes). */
		EMPTY,
		/** The file is cut off: it ends before the document is complete (an interrupted save). */
		TRUNCATED,
		/** The file is XML of the casebook format but damaged (malformed or with invalid content). */
		CORRUPT,
		/** The file is not a Casustafel file: not XML at all, or XML of another format. */
		FOREIGN,
		/** The file was written by a newer Casustafel, with a model version this one cannot read. */
		NEWER_VERSION,
		/** The file uses an older model version for which this Casustafel has no migration. */
		UNSUPPORTED_VERSION,
		/** The file could not be read from disk (permissions, I/O error). */
		UNREADABLE,
		/** The file was read, but objects the casebook refers to are not in it. */
		MISSING_OBJECTS,
		/** The file holds objects the casebook does not refer to (left by an interrupted save). */
		ORPHANED_OBJECTS
	}

	/**
	 * Creates a problem.
	 */
	public CasebookProblem {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(message, "message"); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return kind + ": " + message; //$NON-NLS-1$
	}
}
