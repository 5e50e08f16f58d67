/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and redo on a session's command stack, installed as the part's global action handlers so
 * the workbench's Edit menu and Ctrl+Z / Ctrl+Y act on it.
 */
final class UndoRedo implements CommandStackListener {

	private final CommandStack stack;
	private final Action undo = new Action() {
		@Override
		public void run() {
			if (stack.canUndo()) {
				stack.undo();
			}
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			if (stack.canRedo()) {
				stack.redo();
			}
		}
	};

	UndoRedo(CommandStack stack, IActionBars bars) {
		this.stack = stack;
		undo.setActionDefinitionId("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		redo.setActionDefinitionId("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
		stack.addCommandStackListener(this);
		update();
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	private void update() {
		Command undoCommand = stack.getUndoCommand();
		undo.setEnabled(stack.canUndo());
		undo.setText(undoCommand == null || undoCommand.getLabel() == null ? Messages.Action_Undo
				: NLS.bind(Messages.Action_UndoCommand, undoCommand.getLabel()));
		Command redoCommand = stack.getRedoCommand();
		redo.setEnabled(stack.canRedo());
		redo.setText(redoCommand == null || redoCommand.getLabel() == null ? Messages.Action_Redo
				: NLS.bind(Messages.Action_RedoCommand, redoCommand.getLabel()));
	}

	void dispose() {
		stack.removeCommandStackListener(this);
	}
}
