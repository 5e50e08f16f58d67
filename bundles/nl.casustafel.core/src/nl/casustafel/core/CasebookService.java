/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import java.nio.file.Path;

import nl.casustafel.model.Casebook;

/**
 * Opens and creates casebooks and keeps track of the workbench's active one.
 * <p>
 * Available as an OSGi service; code outside OSGi (plain unit tests, tools) gets an instance from
 * {@link CasebookServices#newService()}.
 * </p>
 * <h2>A casebook on disk</h2>
 * <p>
 * A casebook is a folder holding {@value #ROOT_FILE_NAME} (the root object and its small lists:
 * municipalities, life domains, meeting types and series, covenants, policy signals) and one
 * sub-folder per large list (organisations, professionals, identities, subjects, cases, meetings,
 * relations, contributions) with numbered shard files, for example {@code cases/cases-000.xmi}, each
 * holding a bounded number of objects. Saving writes only the files that changed. A lock file
 * {@value #LOCK_FILE_NAME} marks a casebook open for editing.
 * </p>
 * <p>
 * Methods may be called from any thread, but a session and its model are not thread-safe: use them
 * from one thread (the UI thread in the workbench).
 * </p>
 */
public interface CasebookService {

	/** Name of the root file of a casebook folder. */
	String ROOT_FILE_NAME = "casebook.xmi"; //$NON-NLS-1$

	/** Name of the lock file of a casebook folder. */
	String LOCK_FILE_NAME = ".casustafel.lock"; //$NON-NLS-1$

	/**
	 * Opens the casebook in a folder.
	 * <p>
	 * All files are read at once. A damaged, cut-off, foreign or newer-version shard file does not
	 * stop the opening: it is reported in {@link CasebookSession#problems()}, its objects are missing
	 * and it is never overwritten. A root file that cannot be read does stop it.
	 * </p>
	 *
	 * @param folder the casebook folder
	 * @param mode   {@link OpenMode#READ_WRITE} to edit (takes the lock) or {@link OpenMode#READ_ONLY}
	 * @return the new session; the caller closes it (it does not become the active session by itself)
	 * @throws CasebookException {@link CasebookException.Kind#LOCKED} when someone else is editing it
	 *                           (open it {@link OpenMode#READ_ONLY} instead),
	 *                           {@link CasebookException.Kind#NOT_A_CASEBOOK},
	 *                           {@link CasebookException.Kind#ROOT_UNREADABLE},
	 *                           {@link CasebookException.Kind#READ_ONLY} when the folder cannot be
	 *                           written, or {@link CasebookException.Kind#IO_ERROR}
	 */
	CasebookSession open(Path folder, OpenMode mode) throws CasebookException;

	/**
	 * Creates a new casebook in an empty or non-existent folder, writes it and opens it for editing.
	 * <p>
	 * The session takes over {@code initialContent} (a copy is taken when it already belongs to a
	 * resource). Objects without an id get one.
	 * </p>
	 *
	 * @param folder         an empty or non-existent folder
	 * @param initialContent the content, for example an empty {@link Casebook} or the demo region
	 * @return the new session, open {@link OpenMode#READ_WRITE} and not dirty
	 * @throws CasebookException {@link CasebookException.Kind#NOT_EMPTY} when the folder has files,
	 *                           {@link CasebookException.Kind#SAVE_FAILED} /
	 *                           {@link CasebookException.Kind#DISK_FULL} when writing fails
	 */
	CasebookSession create(Path folder, Casebook initialContent) throws CasebookException;

	/**
	 * @return the workbench's active session, or {@code null} when no casebook is active
	 */
	CasebookSession getActiveSession();

	/**
	 * Makes a session the active one and tells the {@link ActiveSessionListener}s when it changes.
	 * Closing the active session makes the active session {@code null}.
	 *
	 * @param session an open session created by this service, or {@code null}
	 * @throws IllegalArgumentException when the session is closed or was not created by this service
	 */
	void setActiveSession(CasebookSession session);

	/**
	 * Adds a listener told when the active session changes. Adding it twice has no effect.
	 *
	 * @param listener the listener
	 */
	void addActiveSessionListener(ActiveSessionListener listener);

	/**
	 * Removes a listener added by {@link #addActiveSessionListener(ActiveSessionListener)}.
	 *
	 * @param listener the listener
	 */
	void removeActiveSessionListener(ActiveSessionListener listener);
}
