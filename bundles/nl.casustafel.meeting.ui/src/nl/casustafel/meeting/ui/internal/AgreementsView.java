/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

/**
 * All agreements across cases and meetings, filtered by organisation, owner, status and overdue;
 * with the follow-up actions: done, not done (a reason is required), no longer valid, and the
 * "still valid?" confirmation.
 */
public class AgreementsView extends ViewPart {

	private static final Object ALL = new Object();

	private Sessions.Tracker tracker;
	private ComboViewer organisation;
	private ComboViewer owner;
	private ComboViewer status;
	private Button overdueOnly;
	private Label count;
	private TableViewer table;
	private Casebook shownCasebook;
	/**
	 * Whether the filters are being set in code: their selection events do not refresh the table
	 * then; the code refreshes it once when done.
	 */
	private boolean settingFilters;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite filters = new Composite(parent, SWT.NONE);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		filters.setLayout(new GridLayout(9, false));
		Widgets.label(filters, Messages.Agreements_FilterOrganisation);
		organisation = combo(filters, "agreements.organisation"); //$NON-NLS-1$
		Widgets.label(filters, Messages.Agreements_FilterOwner);
		owner = combo(filters, "agreements.owner"); //$NON-NLS-1$
		Widgets.label(filters, Messages.Agreements_FilterStatus);
		status = combo(filters, "agreements.status"); //$NON-NLS-1$
		List<Object> statuses = new ArrayList<>();
		statuses.add(ALL);
		statuses.addAll(AgreementStatus.VALUES);
		status.setInput(statuses);
		status.setSelection(new StructuredSelection(AgreementStatus.OPEN));
		overdueOnly = Widgets.name(new Button(filters, SWT.CHECK), "agreements.overdue"); //$NON-NLS-1$
		overdueOnly.setText(Messages.Agreements_FilterOverdue);
		overdueOnly.addListener(SWT.Selection, e -> refreshTable());
		count = new Label(filters, SWT.NONE);
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Composite actions = new Composite(parent, SWT.NONE);
		actions.setLayout(new GridLayout(4, false));
		Widgets.button(actions, Messages.Agreements_Done, "agreements.done", //$NON-NLS-1$
				() -> withSelected(a -> execute(Agreements.setStatusCommand(session().getEditingDomain(), a, AgreementStatus.DONE,
						null, Sessions.today()))));
		Widgets.button(actions, Messages.Agreements_NotDone, "agreements.notDone", //$NON-NLS-1$
				() -> withSelected(a -> NotDoneDialog.ask(getSite().getShell(), session().getEditingDomain(), a)));
		Widgets.button(actions, Messages.Agreements_NoLongerValid, "agreements.noLongerValid", //$NON-NLS-1$
				() -> withSelected(a -> execute(Agreements.setStatusCommand(session().getEditingDomain(), a,
						AgreementStatus.NO_LONGER_VALID, null, Sessions.today()))));
		Widgets.button(actions, Messages.Agreements_StillValid, "agreements.stillValid", //$NON-NLS-1$
				() -> withSelected(a -> execute(Agreements.confirmStillValidCommand(session().getEditingDomain(), a, Sessions.today()))));

		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Widgets.name(table.getTable(), "agreements.table"); //$NON-NLS-1$
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setContentProvider(ArrayContentProvider.getInstance());
		Widgets.column(table, Messages.Agreements_ColumnCase, 120, e -> Labels.of(Agreements.caseOf((Agreement) e)));
		Widgets.column(table, Messages.Agreements_ColumnAgreement, 380, e -> ((Agreement) e).getDescription());
		Widgets.column(table, Messages.Agreements_ColumnOwner, 220, e -> owner((Agreement) e));
		Widgets.column(table, Messages.Agreements_ColumnDue, 90, e -> Dates.formatShort(((Agreement) e).getDueDate()));
		TableViewerColumn statusColumn = Widgets.column(table, Messages.Agreements_ColumnStatus, 150, e -> null);
		statusColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return status((Agreement) element, Sessions.today());
			}

			@Override
			public Color getForeground(Object element) {
				return Agreements.isOverdue((Agreement) element, Sessions.today()) ? Colors.error() : null;
			}
		});
		Widgets.column(table, Messages.Agreements_ColumnSource, 170, e -> {
			Agreement a = (Agreement) e;
			return a.getSourceMeeting() == null ? "" : Dates.formatShort(a.getSourceMeeting().getDate()) + " " //$NON-NLS-1$ //$NON-NLS-2$
					+ (a.getSourceMeeting().getType() == null ? "" : Widgets.nonNull(a.getSourceMeeting().getType().getName())); //$NON-NLS-1$
		});
		Widgets.column(table, Messages.Agreements_ColumnConfirmed, 110, e -> Dates.formatShort(((Agreement) e).getConfirmedValidOn()));
		Widgets.column(table, Messages.Agreements_ColumnHome, 90,
				e -> ((Agreement) e).isDependsOnHomeOrganisation() ? Messages.Agreements_HomeYes : ""); //$NON-NLS-1$
		getSite().setSelectionProvider(table);
		tracker = new Sessions.Tracker(table.getTable(), this::refresh);
		refresh();
	}

	private ComboViewer combo(Composite parent, String name) {
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY);
		Widgets.name(viewer.getCombo(), name);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element == ALL) {
					return Messages.Agreements_All;
				}
				if (element instanceof Organisation o) {
					return Labels.of(o);
				}
				if (element instanceof Professional p) {
					return Labels.of(p);
				}
				if (element instanceof AgreementStatus s) {
					return Labels.of(s);
				}
				return super.getText(element);
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (!settingFilters) {
				refreshTable();
			}
		});
		return viewer;
	}

	static String owner(Agreement agreement) {
		String person = Labels.of(agreement.getOwner());
		String organisation = Labels.of(Agreements.organisationOf(agreement));
		return person.isEmpty() ? organisation : organisation.isEmpty() ? person : person + " (" + organisation + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String status(Agreement agreement, LocalDate today) {
		String text = Labels.of(agreement.getStatus());
		if (Agreements.isOverdue(agreement, today)) {
			return text + " \u2014 " + Messages.Agreements_Overdue; //$NON-NLS-1$
		}
		if (agreement.getStatus() == AgreementStatus.NOT_DONE || agreement.getStatus() == AgreementStatus.NO_LONGER_VALID) {
			return text + " (" + Labels.of(agreement.getNonCompletionReason()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text;
	}

	private CasebookSession session() {
		return tracker.session();
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		if (session() != null && command.canExecute()) {
			session().getEditingDomain().getCommandStack().execute(command);
		}
	}

	private void withSelected(java.util.function.Consumer<Agreement> action) {
		if (session() != null && table.getStructuredSelection().getFirstElement() instanceof Agreement agreement) {
			action.accept(agreement);
		}
	}

	/** Re-reads the active casebook. */
	public void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		CasebookSession session = session();
		Casebook casebook = session == null || session.isClosed() ? null : session.getCasebook();
		if (casebook != shownCasebook) {
			shownCasebook = casebook;
			List<Object> organisations = new ArrayList<>();
			organisations.add(ALL);
			List<Object> owners = new ArrayList<>();
			owners.add(ALL);
			if (casebook != null) {
				List<Organisation> orgs = new ArrayList<>(CasebookLists.resolved(casebook.getOrganisations()));
				orgs.sort(Comparator.comparing(Labels::of));
				organisations.addAll(orgs);
				Set<Professional> people = new LinkedHashSet<>();
				for (Agreement a : Agreements.find(casebook, Agreements.Filter.all(Sessions.today()))) {
					if (a.getOwner() != null) {
						people.add(a.getOwner());
					}
				}
				List<Professional> sorted = new ArrayList<>(people);
				sorted.sort(Comparator.comparing(Labels::of));
				owners.addAll(sorted);
			}
			settingFilters = true; // one table refresh below, not one per combo change
			try {
				organisation.setInput(organisations);
				organisation.setSelection(new StructuredSelection(ALL));
				owner.setInput(owners);
				owner.setSelection(new StructuredSelection(ALL));
			} finally {
				settingFilters = false;
			}
		}
		refreshTable();
	}

	private void refreshTable() {
		if (table == null || table.getControl().isDisposed() || status == null || overdueOnly == null) {
			return;
		}
		if (shownCasebook == null) {
			table.setInput(List.of());
			count.setText(""); //$NON-NLS-1$
			return;
		}
		Object org = organisation.getStructuredSelection().getFirstElement();
		Object who = owner.getStructuredSelection().getFirstElement();
		Object st = status.getStructuredSelection().getFirstElement();
		Agreements.Filter filter = new Agreements.Filter(org instanceof Organisation o ? o : null,
				who instanceof Professional p ? p : null, st instanceof AgreementStatus s ? EnumSet.of(s) : Set.of(),
				overdueOnly.getSelection(), Sessions.today());
		List<Agreement> found = Agreements.find(shownCasebook, filter);
		Object selection = table.getStructuredSelection().getFirstElement();
		table.setInput(found);
		if (selection != null && found.contains(selection)) {
			table.setSelection(new StructuredSelection(selection));
		}
		count.setText(NLS.bind(Messages.Agreements_Count, Integer.valueOf(found.size())));
		count.getParent().layout();
	}

	/**
	 * Sets the filter (tests and other views).
	 *
	 * @param org      an organisation or {@code null} for all
	 * @param who      a professional or {@code null} for all
	 * @param st       a status or {@code null} for all
	 * @param overdue  only overdue agreements
	 */
	public void setFilter(Organisation org, Professional who, AgreementStatus st, boolean overdue) {
		settingFilters = true; // one table refresh below, not one per combo change
		try {
			organisation.setSelection(new StructuredSelection(org == null ? ALL : org));
			owner.setSelection(new StructuredSelection(who == null ? ALL : who));
			status.setSelection(new StructuredSelection(st == null ? ALL : st));
			overdueOnly.setSelection(overdue);
		} finally {
			settingFilters = false;
		}
		refreshTable();
	}

	/** @return the table (tests) */
	public TableViewer getViewer() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
