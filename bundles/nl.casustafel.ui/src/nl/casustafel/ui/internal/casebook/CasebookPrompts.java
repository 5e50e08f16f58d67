/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookSession;

/**
 * Every question and message the casebook commands put to the user. The workbench uses
 * {@link DialogPrompts} (modal dialogs); tests give the {@link CasebookController} their own answers.
 */
public interface CasebookPrompts {

	/** The answer to "save the changes first?". */
	enum SaveChoice {
		/** Save, then go on. */
		SAVE,
		/** Go on without saving: the changes are lost. */
		DISCARD,
		/** Do not go on. */
		CANCEL
	}

	/**
	 * What the user asked for in the New casebook dialog.
	 *
	 * @param name   the casebook's name
	 * @param folder an empty or not yet existing folder
	 */
	record NewCasebook(String name, Path folder) {
	}

	/**
	 * The active casebook has unsaved changes and is about to be closed (another casebook is opened,
	 * the window or the workbench closes).
	 *
	 * @param shell   the parent shell
	 * @param session the dirty session
	 * @return what to do
	 */
	SaveChoice askSaveChanges(Shell shell, CasebookSession session);

	/**
	 * A casebook could not be opened for editing: someone else is editing it ({@code LOCKED}) or the
	 * folder cannot be written ({@code READ_ONLY}).
	 *
	 * @param shell  the parent shell
	 * @param folder the casebook folder
	 * @param reason why it cannot be opened for editing
	 * @return {@code true} to open it read-only, {@code false} to cancel
	 */
	boolean askOpenReadOnly(Shell shell, Path folder, CasebookException reason);

	/**
	 * @param shell   the parent shell
	 * @param session the session whose unsaved changes would be thrown away
	 * @return {@code true} to revert
	 */
	boolean confirmRevert(Shell shell, CasebookSession session);

	/**
	 * @param shell the parent shell
	 * @return {@code true} to reset the perspective
	 */
	boolean confirmResetPerspective(Shell shell);

	/**
	 * Tells the user an operation failed.
	 *
	 * @param shell   the parent shell
	 * @param title   the dialog title
	 * @param message the complete message
	 */
	void showError(Shell shell, String title, String message);

	/**
	 * Lists the files of a just opened casebook that could not be read, each with its problem.
	 *
	 * @param shell   the parent shell
	 * @param session the session, with {@link CasebookSession#problems()} not empty
	 */
	void showProblems(Shell shell, CasebookSession session);

	/**
	 * Asks for the folder of a casebook to open.
	 *
	 * @param shell   the parent shell
	 * @param initial the folder to start in, or {@code null}
	 * @return the chosen folder, or {@code null} when cancelled
	 */
	Path chooseCasebookFolder(Shell shell, Path initial);

	/**
	 * Asks for the name and folder of a new casebook.
	 *
	 * @param shell         the parent shell
	 * @param defaultParent the folder under which a new casebook folder is proposed
	 * @return the request, or {@code null} when cancelled
	 */
	NewCasebook askNewCasebook(Shell shell, Path defaultParent);
}
