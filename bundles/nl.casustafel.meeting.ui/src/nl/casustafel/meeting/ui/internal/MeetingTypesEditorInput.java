/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import nl.casustafel.core.CasebookSession;

/**
 * Input of the meeting types editor: the meeting types of one open casebook session. Not restored
 * at start-up (the casebook may not be open then).
 */
public final class MeetingTypesEditorInput implements IEditorInput {

	private final CasebookSession session;

	/** @param session the session whose meeting types are edited */
	public MeetingTypesEditorInput(CasebookSession session) {
		this.session = Objects.requireNonNull(session, "session"); //$NON-NLS-1$
	}

	/** @return the session */
	public CasebookSession getSession() {
		return session;
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
		return Messages.Types_PartName;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		String casebook = session.isClosed() ? null : session.getCasebook().getName();
		return casebook == null ? Messages.Types_PartName : NLS.bind(Messages.Types_Tooltip, casebook);
	}

	@Override
	public <A> A getAdapter(Class<A> adapter) {
		return adapter == CasebookSession.class ? adapter.cast(session) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MeetingTypesEditorInput input && input.session == session;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(session);
	}
}
