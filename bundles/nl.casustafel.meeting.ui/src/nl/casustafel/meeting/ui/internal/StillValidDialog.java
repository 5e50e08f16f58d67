/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.CarryAnswer;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.model.Agreement;

/**
 * "Still valid?" for the agreements carried into a new meeting: one row per agreement (case, what,
 * who, due date) with the choice still valid (the default), done, or no longer valid. Apply returns
 * the answers; "confirm later" leaves every agreement carried and unconfirmed.
 */
public final class StillValidDialog extends TitleAreaDialog {

	private final LocalDateTime date;
	private final List<Agreement> carried;
	private final Map<Agreement, CarryAnswer> answers = new LinkedHashMap<>();
	private Label summary;

	/**
	 * @param shell   the parent shell
	 * @param date    date and time of the new meeting
	 * @param carried the agreements carried into it
	 */
	public StillValidDialog(Shell shell, LocalDateTime date, List<Agreement> carried) {
		super(shell);
		this.date = date;
		this.carried = List.copyOf(carried);
		for (Agreement agreement : carried) {
			answers.put(agreement, CarryAnswer.STILL_VALID);
		}
	}

	/** @return the answer per agreement, in the order shown */
	public Map<Agreement, CarryAnswer> getAnswers() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(answers));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.StillValid_Title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.StillValid_Heading);
		setMessage(NLS.bind(Messages.StillValid_Message, Integer.valueOf(carried.size()), Dates.formatLong(Dates.toDate(date))));

		ScrolledComposite scroller = new ScrolledComposite(area, SWT.V_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite rows = new Composite(scroller, SWT.NONE);
		Widgets.name(rows, "stillValid.rows"); //$NON-NLS-1$
		scroller.setContent(rows);
		GridLayout layout = new GridLayout(5, false);
		layout.horizontalSpacing = 14;
		layout.verticalSpacing = 8;
		layout.marginWidth = 10;
		rows.setLayout(layout);
		for (String heading : new String[] { Messages.Agreements_ColumnCase, Messages.Agreements_ColumnAgreement,
				Messages.Agreements_ColumnOwner, Messages.Agreements_ColumnDue, Messages.StillValid_ColumnAnswer }) {
			Label label = Widgets.label(rows, heading);
			label.setFont(JFaceResources.getBannerFont());
		}
		for (Agreement agreement : carried) {
			addRow(rows, agreement);
		}
		scroller.addListener(SWT.Resize, e -> scroller.setMinSize(rows.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));

		summary = Widgets.name(new Label(area, SWT.NONE), "stillValid.summary"); //$NON-NLS-1$
		GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		summaryData.horizontalIndent = 10;
		summary.setLayoutData(summaryData);
		updateSummary();
		return area;
	}

	private void addRow(Composite rows, Agreement agreement) {
		Label aCase = Widgets.label(rows, Labels.of(Agreements.caseOf(agreement)));
		aCase.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label what = new Label(rows, SWT.WRAP);
		what.setText(Widgets.nonNull(agreement.getDescription()));
		GridData whatData = new GridData(SWT.FILL, SWT.TOP, true, false);
		whatData.widthHint = 360;
		what.setLayoutData(whatData);
		Label who = Widgets.label(rows, AgreementsView.owner(agreement));
		who.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		String due = Dates.formatShort(agreement.getDueDate());
		boolean overdue = Agreements.isOverdue(agreement, Sessions.today());
		Label dueLabel = Widgets.label(rows, overdue ? NLS.bind(Messages.StillValid_Overdue, due) : due);
		dueLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		if (overdue) {
			dueLabel.setForeground(Colors.error());
		}
		// one composite per row, so that its radio buttons form one group
		Composite choices = new Composite(rows, SWT.NONE);
		choices.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		RowLayout choiceLayout = new RowLayout(SWT.HORIZONTAL);
		choiceLayout.marginTop = 0;
		choiceLayout.marginBottom = 0;
		choiceLayout.spacing = 12;
		choices.setLayout(choiceLayout);
		String id = agreement.getId() == null ? String.valueOf(carried.indexOf(agreement)) : agreement.getId();
		for (CarryAnswer answer : CarryAnswer.values()) {
			Button radio = Widgets.name(new Button(choices, SWT.RADIO), "stillValid." + id + '.' + answer.name()); //$NON-NLS-1$
			radio.setText(label(answer));
			radio.setSelection(answer == CarryAnswer.STILL_VALID);
			radio.addListener(SWT.Selection, e -> {
				if (radio.getSelection()) {
					answers.put(agreement, answer);
					updateSummary();
				}
			});
		}
	}

	private static String label(CarryAnswer answer) {
		return switch (answer) {
		case STILL_VALID -> Messages.Agreements_StillValid;
		case DONE -> Messages.Agreements_Done;
		case NO_LONGER_VALID -> Messages.Agreements_NoLongerValid;
		};
	}

	private void updateSummary() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		long carriedOn = answers.values().stream().filter(CarryAnswer::carries).count();
		long done = answers.values().stream().filter(a -> a == CarryAnswer.DONE).count();
		long invalid = answers.values().stream().filter(a -> a == CarryAnswer.NO_LONGER_VALID).count();
		summary.setText(NLS.bind(Messages.StillValid_Summary,
				new Object[] { Long.valueOf(carriedOn), Long.valueOf(done), Long.valueOf(invalid) }));
		summary.requestLayout();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Widgets.name(createButton(parent, IDialogConstants.OK_ID, Messages.StillValid_Apply, true), "stillValid.apply"); //$NON-NLS-1$
		Widgets.name(createButton(parent, IDialogConstants.CANCEL_ID, Messages.StillValid_Later, false), "stillValid.later"); //$NON-NLS-1$
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		Rectangle screen = getShell().getMonitor().getClientArea();
		return new Point(Math.min(Math.max(size.x, 900), screen.width * 9 / 10),
				Math.min(size.y, screen.height * 8 / 10));
	}
}
