/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.projector.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

import nl.casustafel.projector.ui.ProjectorService;

/** Opens the projector window (with a neutral screen) or closes it. */
public final class ToggleProjectorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProjectorService projector = PlatformUI.getWorkbench().getService(ProjectorService.class);
		if (projector.isOpen()) {
			projector.close();
		} else {
			projector.open();
		}
		return null;
	}
}
