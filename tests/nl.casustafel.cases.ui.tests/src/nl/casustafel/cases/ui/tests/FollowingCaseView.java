/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.casustafel.cases.ui.CaseViewPart;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Case;

/**
 * A view as a partner writes it on the API: it shows the case number and question of the followed
 * case and records what it was asked to show.
 */
public class FollowingCaseView extends CaseViewPart {

	static final String ID = "nl.casustafel.cases.ui.tests.followingView";

	private Label label;

	final List<String> shown = new ArrayList<>();

	@Override
	protected void createCaseControl(Composite parent) {
		label = new Label(parent, SWT.WRAP);
	}

	@Override
	protected void showCase(CasebookSession session, Case aCase) {
		String text = aCase.getCaseNumber() + ": " + aCase.getQuestion();
		label.setText(text);
		shown.add(text);
	}

	String text() {
		return label.getText();
	}
}
