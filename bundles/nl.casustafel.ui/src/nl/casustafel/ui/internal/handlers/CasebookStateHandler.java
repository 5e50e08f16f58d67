/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.ui.internal.casebook.ActiveCasebook;

/**
 * A handler whose enabled state (and possibly label) depends on the active casebook. It computes
 * {@link #isEnabled()} from the current state each time it is asked, and tells the workbench when
 * that state changed (another casebook, dirty state, a command executed, undone or redone), so
 * menus and key bindings follow.
 */
abstract class CasebookStateHandler extends AbstractHandler implements ActiveCasebook.Listener {

	private final String commandId;

	/**
	 * @param commandId the command this handler serves, whose UI elements are refreshed on changes
	 */
	CasebookStateHandler(String commandId) {
		this.commandId = commandId;
		ActiveCasebook.get().addListener(this);
	}

	@Override
	public final boolean isEnabled() {
		return computeEnabled(ActiveCasebook.get().session());
	}

	/**
	 * @param session the active session, or {@code null}
	 * @return whether the handler can do something now
	 */
	abstract boolean computeEnabled(CasebookSession session);

	@Override
	public void activeCasebookChanged(ActiveCasebook state) {
		fireHandlerChanged(new HandlerEvent(this, true, false));
		if (PlatformUI.isWorkbenchRunning()) {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			if (commands != null) {
				commands.refreshElements(commandId, null);
			}
		}
	}

	@Override
	public void dispose() {
		ActiveCasebook.get().removeListener(this);
		super.dispose();
	}

	/**
	 * @return the active part of the active window, or {@code null}
	 */
	static IWorkbenchPart activePart() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window == null || window.getActivePage() == null ? null : window.getActivePage().getActivePart();
	}
}
