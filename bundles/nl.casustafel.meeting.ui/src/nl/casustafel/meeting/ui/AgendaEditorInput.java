/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui;

import java.util.List;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.ui.session.CasebookObjectEditorInput;

/**
 * Input of the agenda editor: one meeting of one open casebook session, held by its identifier so
 * that it is found again after the session is reverted.
 *
 * @since 0.1
 */
public final class AgendaEditorInput extends CasebookObjectEditorInput<Meeting> {

	/**
	 * @param session the session
	 * @param meeting the meeting (must have an id)
	 */
	public AgendaEditorInput(CasebookSession session, Meeting meeting) {
		super(session, meeting, Meeting.class);
	}

	/** @return the meeting's id */
	public String getMeetingId() {
		return getObjectId();
	}

	@Override
	protected List<Meeting> candidates(Casebook casebook) {
		return casebook.getMeetings();
	}

	@Override
	protected String label(Meeting meeting) {
		return meeting.getTitle() == null ? meeting.getId() : meeting.getTitle();
	}
}
