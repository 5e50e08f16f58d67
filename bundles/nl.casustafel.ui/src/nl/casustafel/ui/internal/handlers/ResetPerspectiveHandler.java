/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.casustafel.ui.internal.casebook.CasebookController;

/**
 * Reset perspective: puts the views of the current perspective back where they started, after a
 * confirmation in the user's language (the platform's own handler asks in English).
 */
public class ResetPerspectiveHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null && page.getPerspective() != null
				&& CasebookController.get().prompts().confirmResetPerspective(window.getShell())) {
			page.resetPerspective();
		}
		return null;
	}
}
