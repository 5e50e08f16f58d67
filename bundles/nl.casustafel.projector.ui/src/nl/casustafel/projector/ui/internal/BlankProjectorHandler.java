/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.projector.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

import nl.casustafel.projector.ui.ProjectorService;

/** Hides everything on the projector at once (privacy: someone walks in, a break). */
public final class BlankProjectorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		PlatformUI.getWorkbench().getService(ProjectorService.class).blank();
		return null;
	}
}
