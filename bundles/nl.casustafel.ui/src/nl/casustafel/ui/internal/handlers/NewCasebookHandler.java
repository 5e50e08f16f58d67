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
 * New casebook: asks for a name and an empty folder and opens a new casebook with the default
 * vocabulary there.
 */
public class NewCasebookHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		CasebookController.get().createNew(HandlerUtil.getActiveWorkbenchWindow(event));
		return null;
	}
}
