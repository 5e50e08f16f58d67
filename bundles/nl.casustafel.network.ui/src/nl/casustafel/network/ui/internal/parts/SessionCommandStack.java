/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

import nl.casustafel.core.CasebookSession;

/**
 * The command stack of the diagram's GEF edit domain: it hands every command to the casebook
 * session's EMF command stack (see {@link EmfCommand}), so the diagram has no undo history of its own
 * and the workbench's Undo and Redo (which act on the active casebook) take back changes made here.
 */
public final class SessionCommandStack extends CommandStack {

	private CasebookSession session;

	/**
	 * @param newSession the session whose command stack receives the commands, or {@code null}
	 */
	public void setSession(CasebookSession newSession) {
		this.session = newSession;
	}

	@Override
	public void execute(Command command) {
		if (command == null || !command.canExecute() || session == null || session.isClosed()) {
			return;
		}
		List<org.eclipse.emf.common.command.Command> commands = new ArrayList<>();
		collect(command, commands);
		if (commands.isEmpty()) {
			return;
		}
		org.eclipse.emf.common.command.Command emf = commands.size() == 1 ? commands.get(0)
				: new CompoundCommand(command.getLabel(), commands);
		session.getEditingDomain().getCommandStack().execute(emf);
	}

	private static void collect(Command command, List<org.eclipse.emf.common.command.Command> into) {
		if (command instanceof EmfCommand wrapper) {
			into.add(wrapper.emf());
		} else if (command instanceof org.eclipse.gef.commands.CompoundCommand compound) {
			for (Object child : compound.getCommands()) {
				collect((Command) child, into);
			}
		}
	}

	@Override
	public boolean canUndo() {
		return false;
	}

	@Override
	public boolean canRedo() {
		return false;
	}
}
