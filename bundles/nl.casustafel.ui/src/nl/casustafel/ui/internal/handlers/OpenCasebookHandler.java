/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.casustafel.ui.internal.casebook.CasebookController;

/**
 * Open casebook (Ctrl+O): asks for a casebook folder and opens it.
 */
public class OpenCasebookHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		CasebookController.get().openChosen(HandlerUtil.getActiveWorkbenchWindow(event));
		return null;
	}
}
