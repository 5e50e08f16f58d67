/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.meeting.ui.AgendaEditorInput;
import nl.casustafel.meeting.ui.MeetingUi;
import nl.casustafel.model.Meeting;

/** Opens agendas in the agenda editor. */
public final class AgendaEditors {

	private AgendaEditors() {
	}

	/**
	 * Opens the agenda of a meeting, or activates its open editor.
	 *
	 * @param page    the page
	 * @param session the session the meeting belongs to
	 * @param meeting the meeting
	 * @return the editor, or {@code null} when it could not be opened (the user was told)
	 */
	public static AgendaEditor open(IWorkbenchPage page, CasebookSession session, Meeting meeting) {
		if (session == null || meeting == null) {
			return null;
		}
		try {
			if (!page.isEditorAreaVisible()) {
				page.setEditorAreaVisible(true);
			}
			IEditorPart editor = page.openEditor(new AgendaEditorInput(session, meeting), MeetingUi.AGENDA_EDITOR_ID, true,
					IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
			return editor instanceof AgendaEditor agenda ? agenda : null;
		} catch (PartInitException e) {
			ILog.of(AgendaEditors.class).log(e.getStatus());
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Agenda_OpenFailedTitle, null, e.getStatus());
			return null;
		}
	}
}
