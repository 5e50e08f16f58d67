/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.casustafel.learning.ui.LearningUi;

/** Switches the window to the facilitator's perspective. */
public final class OpenPerspectiveHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null) {
			try {
				window.getWorkbench().showPerspective(LearningUi.PERSPECTIVE_ID, window);
			} catch (WorkbenchException e) {
				org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
			}
		}
		return null;
	}
}
