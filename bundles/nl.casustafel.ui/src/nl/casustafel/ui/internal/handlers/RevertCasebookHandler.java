/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.ui.CasebookCommands;
import nl.casustafel.ui.internal.casebook.CasebookController;

/**
 * Revert: throws away the unsaved changes of the active casebook (re-reads it from disk) after
 * the user confirmed. Enabled while the casebook has unsaved changes.
 */
public class RevertCasebookHandler extends CasebookStateHandler {

	/** Creates the handler. */
	public RevertCasebookHandler() {
		super(CasebookCommands.REVERT);
	}

	@Override
	boolean computeEnabled(CasebookSession session) {
		return CasebookController.get().canRevert();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		CasebookController.get().revert(HandlerUtil.getActiveWorkbenchWindow(event));
		return null;
	}
}
