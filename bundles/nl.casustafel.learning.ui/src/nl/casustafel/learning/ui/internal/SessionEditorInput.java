/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import nl.casustafel.learning.model.LearningSession;

/** A learning session of the active casebook, by id (so it survives a revert of the casebook). */
public final class SessionEditorInput implements IEditorInput {

	private final String sessionId;

	/**
	 * @param sessionId the session's id
	 */
	public SessionEditorInput(String sessionId) {
		this.sessionId = sessionId;
	}

	/** @return the session's id */
	public String sessionId() {
		return sessionId;
	}

	/** @return the session in the active casebook, or {@code null} */
	public LearningSession session() {
		return Casebooks.findSession(sessionId);
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return Images.descriptor(Images.SESSION);
	}

	@Override
	public String getName() {
		LearningSession session = session();
		return session == null || Widgets.blank(session.getTitle()) ? Messages.editor_untitled : session.getTitle();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return getName();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SessionEditorInput input && Objects.equals(sessionId, input.sessionId);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(sessionId);
	}
}
