/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.ui.LearningUi;

/** Creates a learning session and opens it in the session editor. */
public final class NewSessionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		LearningSession session = NewSessionDialog.createSession(window.getShell());
		if (session != null) {
			try {
				window.getActivePage().openEditor(new SessionEditorInput(session.getId()), LearningUi.EDITOR_SESSION);
			} catch (PartInitException e) {
				org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
			}
		}
		return null;
	}
}
