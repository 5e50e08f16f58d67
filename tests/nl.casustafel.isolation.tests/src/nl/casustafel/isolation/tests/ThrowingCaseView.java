/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.isolation.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.casustafel.cases.ui.CaseViewPart;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Case;

/**
 * A partner view with a bug: it fails as soon as it is asked to show a case.
 */
public class ThrowingCaseView extends CaseViewPart {

	static final String ID = "nl.casustafel.isolation.tests.throwingView";

	@Override
	protected void createCaseControl(Composite parent) {
		new Label(parent, SWT.NONE).setText("Kapot");
	}

	@Override
	protected void showCase(CasebookSession session, Case aCase) {
		throw new IllegalStateException("toezichtgegevens ontbreken voor " + aCase.getCaseNumber());
	}
}
