/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui;

import java.util.List;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.ui.emf.ModelLabels;
import nl.casustafel.ui.session.CasebookObjectEditorInput;

/**
 * Input of the case editor: one case of one open casebook session.
 * <p>
 * The case is held by its identifier (its URI fragment), not by the object: when the session is
 * reverted all model objects are new, and {@link #resolve()} finds the case again. Two inputs are
 * equal when they name the same case of the same session, so opening a case twice shows its open
 * editor.
 * </p>
 */
public final class CaseEditorInput extends CasebookObjectEditorInput<Case> {

	/**
	 * @param session the session the case belongs to
	 * @param aCase   the case
	 */
	public CaseEditorInput(CasebookSession session, Case aCase) {
		super(session, aCase, Case.class);
	}

	/**
	 * @return the case's identifier
	 */
	public String getCaseId() {
		return getObjectId();
	}

	@Override
	protected List<Case> candidates(Casebook casebook) {
		return casebook.getCases();
	}

	@Override
	protected String label(Case aCase) {
		return ModelLabels.caseLabel(aCase);
	}
}
