/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view page for parts that show model objects: like the standard page, but it
 * refreshes whenever the selected objects' command stack changes (an edit elsewhere, undo, redo).
 * Return it from a part's {@code getAdapter(IPropertySheetPage.class)}.
 */
public class ModelPropertySheetPage extends PropertySheetPage {

	private final CommandStackListener listener = this::commandStackChanged;

	private CommandStack commandStack;

	private boolean refreshPending;

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		super.selectionChanged(part, selection);
		CommandStack stack = null;
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject object) {
			EditingDomain domain = EditingDomains.of(object);
			stack = domain == null ? null : domain.getCommandStack();
		}
		listenTo(stack);
	}

	private void listenTo(CommandStack stack) {
		if (stack == commandStack) {
			return;
		}
		if (commandStack != null) {
			commandStack.removeCommandStackListener(listener);
		}
		commandStack = stack;
		if (commandStack != null) {
			commandStack.addCommandStackListener(listener);
		}
	}

	private void commandStackChanged(@SuppressWarnings("unused") EventObject event) {
		Control control = getControl();
		if (refreshPending || control == null || control.isDisposed()) {
			return;
		}
		refreshPending = true;
		control.getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (getControl() != null && !getControl().isDisposed()) {
				refresh();
			}
		});
	}

	@Override
	public void dispose() {
		listenTo(null);
		super.dispose();
	}
}
