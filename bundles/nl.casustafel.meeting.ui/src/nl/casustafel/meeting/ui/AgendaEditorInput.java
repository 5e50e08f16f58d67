/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Meeting;

/**
 * Input of the agenda editor: one meeting of one open casebook session, held by its identifier so
 * that it is found again after the session is reverted.
 *
 * @since 0.1
 */
public final class AgendaEditorInput implements IEditorInput {

	private final CasebookSession session;
	private final String meetingId;
	private String name;

	/**
	 * @param session the session
	 * @param meeting the meeting (must have an id)
	 */
	public AgendaEditorInput(CasebookSession session, Meeting meeting) {
		this.session = Objects.requireNonNull(session);
		this.meetingId = Objects.requireNonNull(meeting.getId(), "meeting id"); //$NON-NLS-1$
		this.name = meeting.getTitle() == null ? meetingId : meeting.getTitle();
	}

	/** @return the session */
	public CasebookSession getSession() {
		return session;
	}

	/** @return the meeting's id */
	public String getMeetingId() {
		return meetingId;
	}

	/**
	 * @return the meeting in the session's current model, or {@code null} when it is gone or the
	 *         session is closed
	 */
	public Meeting resolve() {
		if (session.isClosed()) {
			return null;
		}
		for (Meeting meeting : CasebookLists.resolved(session.getCasebook().getMeetings())) {
			if (meetingId.equals(meeting.getId())) {
				if (meeting.getTitle() != null) {
					name = meeting.getTitle();
				}
				return meeting;
			}
		}
		return null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return name;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == CasebookSession.class) {
			return adapter.cast(session);
		}
		if (adapter == Meeting.class) {
			return adapter.cast(resolve());
		}
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AgendaEditorInput that && that.session == session && that.meetingId.equals(meetingId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(Integer.valueOf(System.identityHashCode(session)), meetingId);
	}
}
