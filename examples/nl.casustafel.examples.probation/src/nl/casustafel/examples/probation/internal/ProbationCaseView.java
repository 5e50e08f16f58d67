/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.internal;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import nl.casustafel.cases.ui.CaseViewPart;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.TimelineEvent;

/**
 * The view <i>Reclassering</i>: for the selected case, what probation has to do with it — whether a
 * probation service supervises the person, the judicial frame, the probation services involved, the
 * agreements probation owns (open ones with their due dates, counted) and the events of this
 * plug-in's kinds. Built on Casustafel's {@link CaseViewPart}, which follows the selection and
 * every change of the casebook and shows a hint while no case is selected.
 */
public final class ProbationCaseView extends CaseViewPart {

	/** The view's id (plugin.xml). */
	public static final String ID = "nl.casustafel.examples.probation.caseView"; //$NON-NLS-1$

	/** Marks a column that is as wide as a date, in {@link #table}'s weights. */
	private static final int DATE_COLUMN = -1;

	private FormToolkit toolkit;

	private ScrolledForm form;

	private Label status;

	private Label frame;

	private Label involvements;

	private Label agreementCounts;

	private Table agreements;

	private Section eventsSection;

	private Table events;

	@Override
	protected void createCaseControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		ProbationWidgets.name(form, "view.form"); //$NON-NLS-1$
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(8, 10).applyTo(body);

		Composite supervision = section(body, Messages.view_supervision);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(supervision);
		status = ProbationWidgets.field(toolkit, supervision, Messages.view_status, "view.status"); //$NON-NLS-1$
		frame = ProbationWidgets.field(toolkit, supervision, Messages.view_judicialFrame, "view.frame"); //$NON-NLS-1$
		involvements = ProbationWidgets.field(toolkit, supervision, Messages.view_involvements, "view.involvements"); //$NON-NLS-1$

		Composite agreementsClient = section(body, Messages.view_agreements);
		GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(agreementsClient);
		agreementCounts = toolkit.createLabel(agreementsClient, "", SWT.WRAP); //$NON-NLS-1$
		ProbationWidgets.name(agreementCounts, "view.agreementCounts"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(agreementCounts);
		agreements = table(agreementsClient, "view.agreements", //$NON-NLS-1$
				new String[] { Messages.view_column_agreement, Messages.view_column_owner, Messages.view_column_due,
						Messages.view_column_status },
				new int[] { 55, 25, DATE_COLUMN, 20 });

		Composite eventsClient = section(body, ""); //$NON-NLS-1$
		eventsSection = (Section) eventsClient.getParent();
		GridLayoutFactory.fillDefaults().applyTo(eventsClient);
		events = table(eventsClient, "view.events", //$NON-NLS-1$
				new String[] { Messages.view_column_date, Messages.view_column_kind, Messages.view_column_title },
				new int[] { DATE_COLUMN, 35, 65 });
	}

	@Override
	protected void showCase(CasebookSession session, Case aCase) {
		LocalDate today = LocalDate.now();
		Supervision supervision = Supervision.of(aCase, today);
		form.setText(NLS.bind(Messages.view_title, Labels.of(aCase)));
		status.setText(supervision.statusText());
		frame.setText(supervision.judicialFrame().isEmpty() ? Messages.view_judicialFrameMissing : supervision.judicialFrame());
		StringBuilder who = new StringBuilder();
		for (Involvement involvement : supervision.involvements()) {
			if (who.length() > 0) {
				who.append('\n');
			}
			who.append(NLS.bind(Messages.view_involvement, new Object[] { Supervision.who(involvement),
					Supervision.roleLabel(involvement.getRole()), involvement.isKnowsPerson() ? Messages.view_knowsPerson : "" })); //$NON-NLS-1$
		}
		involvements.setText(who.length() == 0 ? Messages.view_noInvolvement : who.toString().strip());

		agreementCounts.setText(supervision.agreementCounts());
		agreements.removeAll();
		for (Agreement agreement : supervision.open()) {
			TableItem row = new TableItem(agreements, SWT.NONE);
			boolean overdue = Agreements.isOverdue(agreement, today);
			row.setText(new String[] { nonNull(agreement.getDescription()), owner(agreement), Dates.formatShort(agreement.getDueDate()),
					overdue ? Messages.view_overdue : Labels.of(agreement.getStatus()) });
			if (overdue) {
				row.setForeground(3, agreements.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}

		eventsSection.setText(NLS.bind(Messages.view_events, Long.valueOf(supervision.breaches())));
		events.removeAll();
		for (TimelineEvent event : supervision.events()) {
			new TableItem(events, SWT.NONE).setText(new String[] { Dates.formatShort(event.getDate()),
					Supervision.eventKindLabel(event.getKind()), nonNull(event.getTitle()) });
		}
		if (supervision.events().isEmpty()) {
			new TableItem(events, SWT.NONE).setText(new String[] { "", Messages.view_noEvents, "" }); //$NON-NLS-1$ //$NON-NLS-2$
		}
		fitHeight(agreements);
		fitHeight(events);
		form.reflow(true);
	}

	@Override
	public void dispose() {
		super.dispose();
		if (toolkit != null) {
			toolkit.dispose();
		}
	}

	private Composite section(Composite body, String title) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		section.setClient(client);
		return client;
	}

	/**
	 * A table in a holder of its own (TableColumnLayout): date columns as wide as a date, the others
	 * sharing the rest by weight.
	 */
	private Table table(Composite parent, String widget, String[] columns, int[] weights) {
		Composite holder = toolkit.createComposite(parent);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(holder);
		Table table = toolkit.createTable(holder, SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GC gc = new GC(table);
		int dateWidth = gc.textExtent(Dates.formatShort(LocalDate.of(2026, 12, 28))).x + 20;
		gc.dispose();
		for (int i = 0; i < columns.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(columns[i]);
			layout.setColumnData(column,
					weights[i] == DATE_COLUMN ? new ColumnPixelData(dateWidth, false) : new ColumnWeightData(weights[i], 60));
		}
		ProbationWidgets.name(table, widget);
		return table;
	}

	/** Makes a table as high as its rows (at least one, at most eight), so the sections stack closely. */
	private static void fitHeight(Table table) {
		int rows = Math.max(1, Math.min(8, table.getItemCount()));
		((GridData) table.getParent().getLayoutData()).heightHint = table.getHeaderHeight()
				+ rows * table.getItemHeight() + 2 * table.getBorderWidth() + 4;
	}

	private static String owner(Agreement agreement) {
		String owner = Labels.of(agreement.getOwner());
		String organisation = Labels.of(Agreements.organisationOf(agreement));
		return owner.isEmpty() ? organisation : owner;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
