/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import org.eclipse.gef.commands.Command;

/**
 * A GEF command that carries an EMF command. GEF's tools and edit policies work with GEF commands;
 * {@link SessionCommandStack} executes the EMF command inside on the casebook session's command
 * stack, so that every change made in the diagram can be undone with the workbench's Undo, like any
 * other change to the casebook. The GEF command itself is never executed or undone.
 */
public final class EmfCommand extends Command {

	private final org.eclipse.emf.common.command.Command emf;

	/**
	 * @param emf the EMF command to execute on the session's command stack
	 */
	public EmfCommand(org.eclipse.emf.common.command.Command emf) {
		super(emf.getLabel());
		this.emf = emf;
	}

	/** @return the EMF command */
	public org.eclipse.emf.common.command.Command emf() {
		return emf;
	}

	@Override
	public boolean canExecute() {
		return emf.canExecute();
	}

	@Override
	public boolean canUndo() {
		return false;
	}

	@Override
	public void execute() {
		throw new UnsupportedOperationException("executed by SessionCommandStack on the session's command stack"); //$NON-NLS-1$
	}
}
