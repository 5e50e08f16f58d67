/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Case;

/**
 * Opens cases in the case editor.
 */
public final class CaseEditors {

	private CaseEditors() {
		// static helpers only
	}

	/**
	 * Opens a case in the case editor, or activates its open editor.
	 *
	 * @param page    the workbench page
	 * @param session the session the case belongs to
	 * @param aCase   the case
	 * @return the editor
	 * @throws PartInitException when the editor cannot be opened
	 */
	public static IEditorPart open(IWorkbenchPage page, CasebookSession session, Case aCase) throws PartInitException {
		if (!page.isEditorAreaVisible()) {
			page.setEditorAreaVisible(true);
		}
		return page.openEditor(new CaseEditorInput(session, aCase), CasesUi.CASE_EDITOR_ID, true,
				IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
	}
}
