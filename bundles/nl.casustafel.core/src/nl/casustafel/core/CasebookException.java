/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An operation on a casebook failed. {@link #getMessage()} is a complete, localised sentence for
 * the user; {@link #getKind()} tells code what happened.
 */
public class CasebookException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * What went wrong.
	 */
	public enum Kind {
		/** Another Casustafel (or another session) has the casebook open for editing; see {@link #getLockHolder()}. */
		LOCKED,
		/** The folder is not a casebook (it has no {@value CasebookService#ROOT_FILE_NAME}). */
		NOT_A_CASEBOOK,
		/** The root file {@value CasebookService#ROOT_FILE_NAME} cannot be read; see {@link #getProblem()}. */
		ROOT_UNREADABLE,
		/** A new casebook was to be created in a folder that is not empty. */
		NOT_EMPTY,
		/** Writing a file failed; nothing on disk was changed and the session is still dirty. */
		SAVE_FAILED,
		/** Writing failed because the disk is full; nothing on disk was changed and the session is still dirty. */
		DISK_FULL,
		/** The session is read-only, or the folder cannot be written (open it read-only instead). */
		READ_ONLY,
		/** The session has been closed. */
		CLOSED,
		/** Another input/output error. */
		IO_ERROR
	}

	private final Kind kind;

	private final Path file;

	private final transient LockHolder lockHolder;

	private final transient CasebookProblem problem;

	/**
	 * Creates an exception.
	 *
	 * @param kind       what went wrong
	 * @param message    the localised message for the user
	 * @param file       the file or folder concerned, or {@code null}
	 * @param lockHolder for {@link Kind#LOCKED}: who holds the lock, or {@code null} when unknown
	 * @param problem    for {@link Kind#ROOT_UNREADABLE}: what is wrong with the root file, or {@code null}
	 * @param cause      the underlying exception, or {@code null}
	 */
	public CasebookException(Kind kind, String message, Path file, LockHolder lockHolder, CasebookProblem problem,
			Throwable cause) {
		super(message, cause);
		this.kind = Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		this.file = file;
		this.lockHolder = lockHolder;
		this.problem = problem;
	}

	/**
	 * Creates an exception without lock holder or problem.
	 *
	 * @param kind    what went wrong
	 * @param message the localised message for the user
	 * @param file    the file or folder concerned, or {@code null}
	 * @param cause   the underlying exception, or {@code null}
	 */
	public CasebookException(Kind kind, String message, Path file, Throwable cause) {
		this(kind, message, file, null, null, cause);
	}

	/**
	 * @return what went wrong, never {@code null}
	 */
	public Kind getKind() {
		return kind;
	}

	/**
	 * @return the file or folder concerned (absolute), or {@code null}
	 */
	public Path getFile() {
		return file;
	}

	/**
	 * @return for {@link Kind#LOCKED}, who holds the lock (if the lock file could be read); otherwise {@code null}
	 */
	public LockHolder getLockHolder() {
		return lockHolder;
	}

	/**
	 * @return for {@link Kind#ROOT_UNREADABLE}, what is wrong with the root file; otherwise {@code null}
	 */
	public CasebookProblem getProblem() {
		return problem;
	}
}
