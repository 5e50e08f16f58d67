/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.plugins;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help &gt; Plug-ins…: shows the {@link PluginsDialog} (not modal; the command returns at once).
 */
public class ShowPluginsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		PluginsDialog.show(HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell());
		return null;
	}
}
