/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.MeetingTypeDescriptor;
import nl.casustafel.meeting.core.MeetingTypes;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.MeetingType;

/** Asks for a new meeting: series (or none), type, date and time. */
final class NewMeetingDialog extends TitleAreaDialog {

	private static final Object NO_SERIES = new Object();
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	private final Casebook casebook;
	private final MeetingSeries initialSeries;
	private ComboViewer series;
	private ComboViewer type;
	private Text date;
	private Text time;
	private Object chosenType;
	private MeetingSeries chosenSeries;
	private LocalDateTime chosenDate;

	NewMeetingDialog(Shell shell, Casebook casebook, MeetingSeries initialSeries) {
		super(shell);
		this.casebook = casebook;
		this.initialSeries = initialSeries;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.NewMeeting_Title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.NewMeeting_Title);
		setMessage(Messages.NewMeeting_Message);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));
		Widgets.label(body, Messages.NewMeeting_Series);
		series = new ComboViewer(body, SWT.READ_ONLY);
		series.setContentProvider(ArrayContentProvider.getInstance());
		series.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == NO_SERIES ? Messages.NewMeeting_NoSeries : Widgets.nonNull(((MeetingSeries) element).getName());
			}
		});
		List<Object> allSeries = new ArrayList<>(casebook.getMeetingSeries());
		allSeries.add(NO_SERIES);
		series.setInput(allSeries);
		series.getCombo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Widgets.label(body, Messages.NewMeeting_Type);
		type = new ComboViewer(body, SWT.READ_ONLY);
		type.setContentProvider(ArrayContentProvider.getInstance());
		type.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof MeetingType t) {
					return Widgets.nonNull(t.getName());
				}
				MeetingTypeDescriptor d = (MeetingTypeDescriptor) element;
				return d.name() + " " + Messages.NewMeeting_Contributed; //$NON-NLS-1$
			}
		});
		type.setInput(MeetingTypes.available(casebook));
		type.getCombo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Widgets.label(body, Messages.NewMeeting_Date);
		date = new Text(body, SWT.BORDER);
		date.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Widgets.label(body, Messages.NewMeeting_Time);
		time = new Text(body, SWT.BORDER);
		time.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		series.addSelectionChangedListener(e -> seriesChanged());
		series.setSelection(new StructuredSelection(initialSeries != null ? initialSeries : allSeries.get(0)));
		type.addSelectionChangedListener(e -> validate());
		date.addModifyListener(e -> validate());
		time.addModifyListener(e -> validate());
		return area;
	}

	private void seriesChanged() {
		Object s = series.getStructuredSelection().getFirstElement();
		if (s instanceof MeetingSeries ms) {
			LocalDateTime next = MeetingActions.suggestedNextDate(ms);
			date.setText(Dates.formatShort(next.toLocalDate()));
			time.setText(TIME.format(next));
			if (ms.getType() != null) {
				type.setSelection(new StructuredSelection(ms.getType()));
			}
			type.getCombo().setEnabled(false);
		} else {
			type.getCombo().setEnabled(true);
			if (date.getText().isBlank()) {
				date.setText(Dates.formatShort(Sessions.today().plusWeeks(1)));
				time.setText("10:00"); //$NON-NLS-1$
			}
		}
		validate();
	}

	private void validate() {
		Object s = series.getStructuredSelection().getFirstElement();
		chosenSeries = s instanceof MeetingSeries ms ? ms : null;
		chosenType = type.getStructuredSelection().getFirstElement();
		LocalDate day = Dates.parse(date.getText(), Sessions.today());
		LocalTime at = null;
		try {
			at = LocalTime.parse(time.getText().strip(), TIME);
		} catch (RuntimeException e) {
			// reported below
		}
		chosenDate = day == null || at == null ? null : day.atTime(at);
		String problem = chosenSeries == null && chosenType == null ? Messages.NewMeeting_NeedType
				: day == null ? Messages.NewMeeting_NeedDate : at == null ? Messages.NewMeeting_NeedTime : null;
		if (problem == null) {
			setMessage(Messages.NewMeeting_Message);
		} else {
			setMessage(problem, IMessageProvider.WARNING);
		}
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	Object getType() {
		return chosenType;
	}

	MeetingSeries getSeries() {
		return chosenSeries;
	}

	LocalDateTime getDate() {
		return chosenDate;
	}
}
