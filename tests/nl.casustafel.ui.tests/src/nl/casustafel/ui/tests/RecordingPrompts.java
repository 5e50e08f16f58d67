/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.ui.internal.casebook.CasebookPrompts;

/**
 * Answers the casebook prompts as a test says and records what the user would have been asked and
 * told, so no modal dialog blocks the UI thread.
 */
final class RecordingPrompts implements CasebookPrompts {

	SaveChoice saveChoice = SaveChoice.CANCEL;

	boolean openReadOnly;

	boolean revert;

	Path folderToOpen;

	NewCasebook newCasebook;

	final List<String> asked = new ArrayList<>();

	final List<String> errors = new ArrayList<>();

	final List<CasebookException> readOnlyReasons = new ArrayList<>();

	final List<CasebookSession> problemReports = new ArrayList<>();

	@Override
	public SaveChoice askSaveChanges(Shell shell, CasebookSession session) {
		asked.add("save " + session.getFolder().getFileName());
		return saveChoice;
	}

	@Override
	public boolean askOpenReadOnly(Shell shell, Path folder, CasebookException reason) {
		asked.add("read-only " + folder.getFileName());
		readOnlyReasons.add(reason);
		return openReadOnly;
	}

	@Override
	public boolean confirmRevert(Shell shell, CasebookSession session) {
		asked.add("revert " + session.getFolder().getFileName());
		return revert;
	}

	@Override
	public boolean confirmResetPerspective(Shell shell) {
		asked.add("reset perspective");
		return false;
	}

	@Override
	public void showError(Shell shell, String title, String message) {
		errors.add(title + ": " + message);
	}

	@Override
	public void showProblems(Shell shell, CasebookSession session) {
		problemReports.add(session);
	}

	@Override
	public Path chooseCasebookFolder(Shell shell, Path initial) {
		asked.add("choose folder");
		return folderToOpen;
	}

	@Override
	public NewCasebook askNewCasebook(Shell shell, Path defaultParent) {
		asked.add("new casebook");
		return newCasebook;
	}
}
