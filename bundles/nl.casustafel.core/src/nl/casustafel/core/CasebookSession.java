/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import nl.casustafel.model.Casebook;

/**
 * One open casebook: its model, the editing domain every change goes through, and save / revert /
 * close.
 * <p>
 * All edits are EMF commands executed on {@link #getEditingDomain()}'s command stack, so undo/redo
 * and the dirty state work everywhere. New objects added to the casebook get an id and are
 * assigned to a storage file automatically. Not thread-safe: use a session from one thread.
 * </p>
 */
public interface CasebookSession extends AutoCloseable {

	/**
	 * @return the casebook folder (absolute, normalised)
	 */
	Path getFolder();

	/**
	 * @return the root object; a new instance after {@link #revert()}
	 */
	Casebook getCasebook();

	/**
	 * @return the editing domain (command stack: a {@code BasicCommandStack}; adapter factory: a
	 *         {@link ComposedAdapterFactory} with the Casustafel and resource item providers, then the
	 *         item providers registered for other packages through the extension point
	 *         {@code org.eclipse.emf.edit.itemProviderAdapterFactories}, then the reflective ones)
	 */
	AdapterFactoryEditingDomain getEditingDomain();

	/**
	 * @return the editing domain's adapter factory, for content and label providers
	 */
	ComposedAdapterFactory getAdapterFactory();

	/**
	 * @return {@code true} when opened {@link OpenMode#READ_ONLY}: every command is unexecutable and
	 *         {@link #save()} fails
	 */
	boolean isReadOnly();

	/**
	 * @return the problems found when the casebook was (re)loaded; empty when all files were fine
	 */
	List<CasebookProblem> problems();

	/**
	 * @return {@code true} when there are unsaved changes
	 */
	boolean isDirty();

	/**
	 * Writes every changed file, atomically: each is written to a temporary file in the same folder
	 * and forced to disk, the previous version is kept as {@code <name>.bak}, and it is renamed into
	 * place; shard files before the root file. Files that could not be read when opening are never
	 * written. When writing fails, the files on disk stay as they were, no temporary file is left
	 * behind and the session stays dirty.
	 *
	 * @throws CasebookException {@link CasebookException.Kind#READ_ONLY},
	 *                           {@link CasebookException.Kind#DISK_FULL},
	 *                           {@link CasebookException.Kind#SAVE_FAILED} or
	 *                           {@link CasebookException.Kind#CLOSED}
	 */
	void save() throws CasebookException;

	/**
	 * Throws away unsaved changes: reads the casebook from disk again and empties the command
	 * stack. Listeners get {@link CasebookSessionListener#reloaded(CasebookSession)}. When reading
	 * fails the session stays as it was.
	 *
	 * @throws CasebookException as {@link CasebookService#open(Path, OpenMode)}, or
	 *                           {@link CasebookException.Kind#CLOSED}
	 */
	void revert() throws CasebookException;

	/**
	 * Closes the session without saving and releases the lock. Does nothing when already closed.
	 */
	@Override
	void close();

	/**
	 * @return {@code true} after {@link #close()}
	 */
	boolean isClosed();

	/**
	 * Adds a listener. Adding it twice has no effect.
	 *
	 * @param listener the listener
	 */
	void addSessionListener(CasebookSessionListener listener);

	/**
	 * Removes a listener.
	 *
	 * @param listener the listener
	 */
	void removeSessionListener(CasebookSessionListener listener);
}
