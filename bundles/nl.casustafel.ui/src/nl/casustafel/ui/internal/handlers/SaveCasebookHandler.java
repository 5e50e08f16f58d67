/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.ui.CasebookCommands;
import nl.casustafel.ui.internal.casebook.CasebookController;

/**
 * Save (Ctrl+S): saves the whole active casebook, wherever the focus is. An active case editor
 * with text not yet applied saves itself, which applies the text and saves the casebook. Enabled
 * while the casebook (or the active editor) has unsaved changes and the casebook is not
 * read-only.
 */
public class SaveCasebookHandler extends CasebookStateHandler {

	/** Creates the handler. */
	public SaveCasebookHandler() {
		super(CasebookCommands.SAVE);
	}

	@Override
	boolean computeEnabled(CasebookSession session) {
		return CasebookController.get().canSave(activePart());
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		CasebookController.get().save(HandlerUtil.getActiveWorkbenchWindow(event), part != null ? part : activePart());
		return null;
	}
}
