/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.handlers;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.casustafel.ui.CasebookCommands;
import nl.casustafel.ui.internal.casebook.CasebookController;

/**
 * Opens a recently used casebook, named by the parameter
 * {@link CasebookCommands#OPEN_RECENT_CASEBOOK_FOLDER}.
 */
public class OpenRecentCasebookHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String folder = event.getParameter(CasebookCommands.OPEN_RECENT_CASEBOOK_FOLDER);
		if (folder == null || folder.isBlank()) {
			throw new ExecutionException("No folder given"); //$NON-NLS-1$
		}
		try {
			CasebookController.get().open(HandlerUtil.getActiveWorkbenchWindow(event), Path.of(folder));
		} catch (InvalidPathException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
