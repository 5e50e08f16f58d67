/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.session;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Identifiable;

/**
 * Editor input for one object of a casebook (a case, a meeting's agenda), held by the session and
 * the object's id rather than the object itself, so that the editor finds the object again after
 * a revert reloaded the model, and notices when it no longer exists. Not restored at start-up: the
 * casebook it belongs to may not be open then.
 *
 * @param <T> the type of the edited object
 * @since 0.1
 */
public abstract class CasebookObjectEditorInput<T extends Identifiable> implements IEditorInput {

	private final CasebookSession session;
	private final String objectId;
	private final Class<T> type;
	private String name;

	/**
	 * @param session the session the object belongs to
	 * @param object  the object; it must have an id
	 * @param type    the object's type, also the adapter type that {@link #getAdapter(Class)} resolves
	 */
	protected CasebookObjectEditorInput(CasebookSession session, T object, Class<T> type) {
		this.session = Objects.requireNonNull(session, "session"); //$NON-NLS-1$
		this.objectId = Objects.requireNonNull(object.getId(), "id"); //$NON-NLS-1$
		this.type = type;
		this.name = label(object);
	}

	/**
	 * @param casebook the session's current root
	 * @return the list the object lives in (e.g. the casebook's cases)
	 */
	protected abstract List<? extends T> candidates(Casebook casebook);

	/**
	 * @param object the object
	 * @return the editor's name and tooltip for it
	 */
	protected abstract String label(T object);

	/** @return the session */
	public CasebookSession getSession() {
		return session;
	}

	/** @return the edited object's id */
	public String getObjectId() {
		return objectId;
	}

	/**
	 * Finds the object in the session's current model.
	 *
	 * @return the object, or {@code null} when the session is closed or the object no longer exists
	 */
	public T resolve() {
		if (session.isClosed()) {
			return null;
		}
		for (T candidate : CasebookLists.resolved(candidates(session.getCasebook()))) {
			if (objectId.equals(candidate.getId())) {
				name = label(candidate);
				return candidate;
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
	public <A> A getAdapter(Class<A> adapter) {
		if (adapter == CasebookSession.class) {
			return adapter.cast(session);
		}
		if (adapter == type) {
			return adapter.cast(resolve());
		}
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass()
				&& ((CasebookObjectEditorInput<?>) other).session == session
				&& ((CasebookObjectEditorInput<?>) other).objectId.equals(objectId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(getClass(), Integer.valueOf(System.identityHashCode(session)), objectId);
	}
}
