/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.validation.CasebookValidation;
import nl.casustafel.meeting.core.AgendaPlanner;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Case;
import nl.casustafel.model.CaseStatus;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;

/**
 * Adds a case to the agenda: find the case by number or pseudonym, give the reason and the
 * question for the meeting. The casebook validator's messages are shown as you type; a missing
 * reason or question does not block adding (it may be filled in later), but the agenda keeps
 * reporting it.
 */
final class AddCaseItemDialog extends TitleAreaDialog {

	private final Casebook casebook;
	private final Meeting meeting;
	private Text filter;
	private TableViewer cases;
	private Text reason;
	private Text question;
	private Case chosen;
	private String reasonText = ""; //$NON-NLS-1$
	private String questionText = ""; //$NON-NLS-1$

	AddCaseItemDialog(Shell shell, Casebook casebook, Meeting meeting) {
		super(shell);
		this.casebook = casebook;
		this.meeting = meeting;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AddCase_Title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.AddCase_Title);
		setMessage(Messages.AddCase_Message);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		Widgets.label(body, Messages.AddCase_Find);
		filter = Widgets.name(new Text(body, SWT.BORDER | SWT.SEARCH), "addCase.filter"); //$NON-NLS-1$
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		cases = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Widgets.name(cases.getTable(), "addCase.cases"); //$NON-NLS-1$
		GridData casesData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		casesData.heightHint = 180;
		casesData.widthHint = 520;
		cases.getTable().setLayoutData(casesData);
		cases.setContentProvider(ArrayContentProvider.getInstance());
		cases.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Case c = (Case) element;
				return Labels.of(c) + "  \u2014  " + Labels.of(c.getStatus()); //$NON-NLS-1$
			}
		});
		List<Case> open = new ArrayList<>();
		for (Case c : CasebookLists.resolved(casebook.getCases())) {
			if (c.getStatus() != CaseStatus.CLOSED) {
				open.add(c);
			}
		}
		cases.setInput(open);
		cases.addFilter(new ViewerFilter() {
			@Override
			public boolean select(org.eclipse.jface.viewers.Viewer viewer, Object parentElement, Object element) {
				String f = filter.getText().strip().toLowerCase(Locale.ROOT);
				return f.isEmpty() || Labels.of((Case) element).toLowerCase(Locale.ROOT).contains(f);
			}
		});
		filter.addModifyListener(e -> cases.refresh());
		cases.addSelectionChangedListener(e -> {
			chosen = (Case) cases.getStructuredSelection().getFirstElement();
			if (chosen != null && reason.getText().isBlank() && chosen.getReason() != null) {
				// the case's referral reason is a starting point; the process director adapts it
				reason.setText(chosen.getReason());
			}
			validate();
		});

		Widgets.label(body, Messages.Agenda_Reason).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		reason = Widgets.name(new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "addCase.reason"); //$NON-NLS-1$
		GridData reasonData = new GridData(SWT.FILL, SWT.FILL, true, false);
		reasonData.heightHint = 60;
		reason.setLayoutData(reasonData);
		reason.addModifyListener(e -> validate());

		Widgets.label(body, Messages.Agenda_Question).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		question = Widgets.name(new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "addCase.question"); //$NON-NLS-1$
		GridData questionData = new GridData(SWT.FILL, SWT.FILL, true, false);
		questionData.heightHint = 60;
		question.setLayoutData(questionData);
		question.addModifyListener(e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	private void validate() {
		reasonText = reason.getText();
		questionText = question.getText();
		Control ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(chosen != null);
		}
		if (chosen == null) {
			setMessage(Messages.AddCase_Message);
			return;
		}
		AgendaItem probe = AgendaPlanner.newCaseItem(meeting, chosen, reasonText.isBlank() ? null : reasonText,
				questionText.isBlank() ? null : questionText);
		List<String> problems = new ArrayList<>();
		for (Diagnostic d : CasebookValidation.problems(CasebookValidation.validate(probe))) {
			if (d.getSeverity() >= Diagnostic.ERROR && !d.getMessage().isBlank()) {
				problems.add(d.getMessage());
			}
		}
		if (problems.isEmpty()) {
			setMessage(Messages.AddCase_Ready, IMessageProvider.INFORMATION);
		} else {
			setMessage(String.join(" ", problems), IMessageProvider.WARNING); //$NON-NLS-1$
		}
	}

	Case getCase() {
		return chosen;
	}

	String getReason() {
		return reasonText;
	}

	String getQuestion() {
		return questionText;
	}
}
