/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui;

import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Case;
import nl.casustafel.ui.emf.ModelLabels;

/**
 * Input of the case editor: one case of one open casebook session.
 * <p>
 * The case is held by its identifier (its URI fragment), not by the object: when the session is
 * reverted all model objects are new, and {@link #resolve()} finds the case again. Two inputs are
 * equal when they name the same case of the same session, so opening a case twice shows its open
 * editor.
 * </p>
 */
public final class CaseEditorInput implements IEditorInput {

	private final CasebookSession session;

	private final String caseId;

	private final URI caseUri;

	private String name;

	/**
	 * @param session the session the case belongs to
	 * @param aCase   the case
	 */
	public CaseEditorInput(CasebookSession session, Case aCase) {
		this.session = Objects.requireNonNull(session, "session"); //$NON-NLS-1$
		this.caseId = Objects.requireNonNull(aCase.getId(), "case id"); //$NON-NLS-1$
		this.caseUri = EcoreUtil.getURI(aCase);
		this.name = ModelLabels.caseLabel(aCase);
	}

	/**
	 * @return the session
	 */
	public CasebookSession getSession() {
		return session;
	}

	/**
	 * @return the case's identifier
	 */
	public String getCaseId() {
		return caseId;
	}

	/**
	 * @return the case's URI when the input was made (its file may change when the casebook is saved)
	 */
	public URI getCaseUri() {
		return caseUri;
	}

	/**
	 * Finds the case in the session's current model.
	 *
	 * @return the case, or {@code null} when the session is closed or the case no longer exists
	 */
	public Case resolve() {
		if (session.isClosed()) {
			return null;
		}
		for (Case aCase : CasebookLists.resolved(session.getCasebook().getCases())) {
			if (caseId.equals(aCase.getId())) {
				name = ModelLabels.caseLabel(aCase);
				return aCase;
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
		// not restored at start-up: the casebook it belongs to may not be open then
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
		if (adapter == Case.class) {
			return adapter.cast(resolve());
		}
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CaseEditorInput that && that.session == session && that.caseId.equals(caseId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(Integer.valueOf(System.identityHashCode(session)), caseId);
	}
}
