/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.handlers;

import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.ui.CasebookCommands;
import nl.casustafel.ui.internal.casebook.ActiveCasebook;

/**
 * Undo (Ctrl+Z) and Redo (Ctrl+Y, Ctrl+Shift+Z) on the command stack of the active casebook, so
 * every change made anywhere can be undone. The menu item names the change
 * ("Ongedaan maken: Vraag wijzigen") when the command has a meaningful label.
 */
public abstract class UndoRedoHandler extends CasebookStateHandler implements IElementUpdater {

	UndoRedoHandler(String commandId) {
		super(commandId);
	}

	/** Undo. */
	public static class Undo extends UndoRedoHandler {

		/** Creates the handler. */
		public Undo() {
			super(CasebookCommands.UNDO);
		}

		@Override
		boolean can(CommandStack stack) {
			return stack.canUndo();
		}

		@Override
		Command command(CommandStack stack) {
			return stack.getUndoCommand();
		}

		@Override
		void perform(CommandStack stack) {
			stack.undo();
		}

		@Override
		String label(Command command) {
			return CommandLabels.undoLabel(command);
		}
	}

	/** Redo. */
	public static class Redo extends UndoRedoHandler {

		/** Creates the handler. */
		public Redo() {
			super(CasebookCommands.REDO);
		}

		@Override
		boolean can(CommandStack stack) {
			return stack.canRedo();
		}

		@Override
		Command command(CommandStack stack) {
			return stack.getRedoCommand();
		}

		@Override
		void perform(CommandStack stack) {
			stack.redo();
		}

		@Override
		String label(Command command) {
			return CommandLabels.redoLabel(command);
		}
	}

	abstract boolean can(CommandStack stack);

	abstract Command command(CommandStack stack);

	abstract void perform(CommandStack stack);

	abstract String label(Command command);

	private static CommandStack stack(CasebookSession session) {
		return session == null ? null : session.getEditingDomain().getCommandStack();
	}

	@Override
	boolean computeEnabled(CasebookSession session) {
		CommandStack stack = stack(session);
		return stack != null && !session.isReadOnly() && can(stack);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		CasebookSession session = ActiveCasebook.get().session();
		CommandStack stack = stack(session);
		if (stack != null && !session.isReadOnly() && can(stack)) {
			perform(stack);
		}
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		CasebookSession session = ActiveCasebook.get().session();
		CommandStack stack = stack(session);
		element.setText(label(stack == null || !can(stack) ? null : command(stack)));
	}
}
