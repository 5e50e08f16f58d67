/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Projects the question selected in the Reflection view (command
 * {@code nl.casustafel.reflection.ui.project}, Ctrl+Shift+P while the view is active).
 */
public class ProjectQuestionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof ReflectionView view) {
			view.projectSelectedQuestion();
		}
		return null;
	}
}
