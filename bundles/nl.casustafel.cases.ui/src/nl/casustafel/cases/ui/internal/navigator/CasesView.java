/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import nl.casustafel.cases.ui.CaseEditors;
import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.cases.ui.internal.Messages;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Case;
import nl.casustafel.model.CaseStatus;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.Organisation;
import nl.casustafel.ui.emf.ModelLabels;
import nl.casustafel.ui.emf.ModelPropertySheetPage;
import nl.casustafel.ui.session.ActiveSessionTracker;

/**
 * The cases navigator (<i>Casussen</i>): every case of the active casebook with case number,
 * pseudonym, status, phase, municipality, casusregisseur and number of open agreements. A search
 * field (case number or pseudonym) and filters on status, municipality and partner narrow the list
 * as you type. Opening a case (double-click or Enter) shows it in the case editor; the selected case
 * is the workbench selection (the Properties view follows it).
 * <p>
 * The table is virtual: rows are built once per change from the model and only visible rows are
 * materialised, so thousands of cases list and filter instantly. The view follows the active
 * session and re-reads after every command (edit, undo, redo) and after a revert.
 * </p>
 */
public class CasesView extends ViewPart implements ActiveSessionTracker.Listener {

	/** The view's identifier. */
	public static final String ID = CasesUi.NAVIGATOR_VIEW_ID;

	private static final Object ALL = new Object();

	private ActiveSessionTracker tracker;

	private CasebookSession session;

	private List<CaseRow> rows = List.of();

	private final Map<Case, CaseRow> rowByCase = new IdentityHashMap<>();

	private List<CaseRow> shown = List.of();

	private Text search;

	private ComboViewer statusFilter;

	private ComboViewer municipalityFilter;

	private ComboViewer partnerFilter;

	private Label count;

	private NavigatorViewer viewer;

	private TableColumnLayout columnLayout;

	private Comparator<CaseRow> order;

	private boolean rebuildPending;

	private boolean updatingFilters;

	/** The table viewer, able to tell listeners about a selection the view restores itself. */
	private static final class NavigatorViewer extends TableViewer {

		NavigatorViewer(Composite parent, int style) {
			super(parent, style);
		}

		void selectionRestored() {
			fireSelectionChanged(new SelectionChangedEvent(this, getSelection()));
		}

		/**
		 * Shows a new number of rows, all to be fetched again. Cheaper than JFace's setItemCount +
		 * refresh when the count changes a lot: JFace's setItemCount creates an item for every row it
		 * drops. The rows kept are cleared and fetched again as they are shown.
		 */
		void reset(int count) {
			Table table = getTable();
			if (table.getItemCount() == count) {
				refresh();
				return;
			}
			unmapAllElements();
			table.setItemCount(count);
			table.clearAll();
		}
	}

	private record Column(String widgetId, String header, int weight, int minWidth, int alignment,
			Function<CaseRow, String> text, Comparator<CaseRow> comparator) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(parent);

		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.navigator_search_hint);
		search.setToolTipText(Messages.navigator_search_tooltip);
		search.setData(CasesUi.WIDGET_KEY, "navigator.search"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addModifyListener(event -> applyFilter());
		search.addListener(SWT.DefaultSelection, event -> focusFirstRow());
		search.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN) {
				focusFirstRow();
				event.doit = false;
			}
		});

		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).spacing(6, 0).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		statusFilter = filterCombo(filters, "navigator.filter.status", Messages.navigator_filter_status_all, //$NON-NLS-1$
				Messages.navigator_filter_status_tooltip);
		municipalityFilter = filterCombo(filters, "navigator.filter.municipality", //$NON-NLS-1$
				Messages.navigator_filter_municipality_all, Messages.navigator_filter_municipality_tooltip);
		partnerFilter = filterCombo(filters, "navigator.filter.partner", Messages.navigator_filter_partner_all, //$NON-NLS-1$
				Messages.navigator_filter_partner_tooltip);

		count = new Label(parent, SWT.NONE);
		count.setData(CasesUi.WIDGET_KEY, "navigator.count"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);

		Composite tableArea = new Composite(parent, SWT.NONE);
		columnLayout = new TableColumnLayout();
		tableArea.setLayout(columnLayout);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
		viewer = new NavigatorViewer(tableArea, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
				| SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setData(CasesUi.WIDGET_KEY, "navigator.table"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < shown.size()) {
					viewer.replace(shown.get(index).aCase(), index);
				}
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
				// the rows are held by the view
			}
		});
		for (Column column : columns()) {
			createColumn(column);
		}
		viewer.addOpenListener(event -> openSelection());
		viewer.setInput(rows);

		getSite().setSelectionProvider(viewer);
		tracker = new ActiveSessionTracker(this);
		if (tracker.getSession() == null) {
			sessionChanged(null);
		}
	}

	private List<Column> columns() {
		CasebookPackage model = CasebookPackage.eINSTANCE;
		return List.of(
				new Column("navigator.column.caseNumber", ModelLabels.feature(model.getCase_CaseNumber()), 12, 95, SWT.LEFT, //$NON-NLS-1$
						CaseRow::caseNumber, Comparator.comparing(CaseRow::caseNumber, CaseRows.NATURAL)),
				new Column("navigator.column.pseudonym", ModelLabels.feature(model.getSubject_Pseudonym()), 13, 90, //$NON-NLS-1$
						SWT.LEFT, CaseRow::pseudonym, Comparator.comparing(CaseRow::pseudonym, String.CASE_INSENSITIVE_ORDER)),
				new Column("navigator.column.status", ModelLabels.feature(model.getCase_Status()), 12, 90, SWT.LEFT, //$NON-NLS-1$
						CaseRow::statusLabel, Comparator.comparing(CaseRow::statusLabel, String.CASE_INSENSITIVE_ORDER)),
				new Column("navigator.column.phase", ModelLabels.feature(model.getCase_Phase()), 14, 100, SWT.LEFT, //$NON-NLS-1$
						CaseRow::phase, Comparator.comparing(CaseRow::phase, String.CASE_INSENSITIVE_ORDER)),
				new Column("navigator.column.municipality", ModelLabels.feature(model.getSubject_Municipality()), 12, 90, //$NON-NLS-1$
						SWT.LEFT, CaseRow::municipalityName,
						Comparator.comparing(CaseRow::municipalityName, String.CASE_INSENSITIVE_ORDER)),
				new Column("navigator.column.casusregisseur", ModelLabels.feature(model.getCase_Casusregisseur()), 16, 110, //$NON-NLS-1$
						SWT.LEFT, CaseRow::regisseur, Comparator.comparing(CaseRow::regisseur, String.CASE_INSENSITIVE_ORDER)),
				new Column("navigator.column.openAgreements", Messages.navigator_column_openAgreements, 10, 110, SWT.RIGHT, //$NON-NLS-1$
						row -> row.openAgreements() == 0 ? "" : Integer.toString(row.openAgreements()), //$NON-NLS-1$
						Comparator.comparingInt(CaseRow::openAgreements).reversed()));
	}

	private void createColumn(Column column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.alignment());
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.header());
		int headerWidth = headerWidth(column.header());
		columnLayout.setColumnData(tableColumn,
				new ColumnWeightData(column.weight(), Math.max(column.minWidth(), headerWidth), true));
		tableColumn.setMoveable(true);
		tableColumn.setData(CasesUi.WIDGET_KEY, column.widgetId());
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				CaseRow row = rowByCase.get(element);
				return row == null ? "" : column.text().apply(row); //$NON-NLS-1$
			}
		});
		tableColumn.addListener(SWT.Selection, event -> sortBy(tableColumn, column.comparator()));
	}

	private int headerWidth(String header) {
		GC gc = new GC(viewer.getTable());
		try {
			gc.setFont(viewer.getTable().getFont());
			return gc.textExtent(header).x + 18; // room for the sort arrow
		} finally {
			gc.dispose();
		}
	}

	private void sortBy(TableColumn column, Comparator<CaseRow> comparator) {
		Table table = viewer.getTable();
		int direction = SWT.UP;
		if (table.getSortColumn() == column) {
			direction = table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		}
		table.setSortColumn(column);
		table.setSortDirection(direction);
		order = direction == SWT.UP ? comparator : comparator.reversed();
		List<CaseRow> sorted = new ArrayList<>(rows);
		sorted.sort(order);
		rows = sorted;
		applyFilter();
	}

	private ComboViewer filterCombo(Composite parent, String widgetId, String allLabel, String tooltip) {
		ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.getCombo().setData(CasesUi.WIDGET_KEY, widgetId);
		combo.getCombo().setToolTipText(tooltip);
		combo.setContentProvider(ArrayContentProvider.getInstance());
		combo.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == ALL ? allLabel : ModelLabels.text(null, element);
			}
		});
		combo.setInput(List.of(ALL));
		combo.setSelection(new StructuredSelection(ALL));
		combo.addSelectionChangedListener(event -> {
			if (!updatingFilters) {
				applyFilter();
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).hint(60, SWT.DEFAULT).applyTo(combo.getControl());
		return combo;
	}

	@Override
	public void setFocus() {
		search.setFocus();
	}

	// --- following the session ------------------------------------------------------------------

	@Override
	public void sessionChanged(CasebookSession newSession) {
		session = newSession;
		if (search == null || search.isDisposed()) {
			return;
		}
		rebuild();
	}

	@Override
	public void modelChanged(CasebookSession changed) {
		if (rebuildPending || search == null || search.isDisposed()) {
			return;
		}
		rebuildPending = true;
		search.getDisplay().asyncExec(() -> {
			rebuildPending = false;
			if (!search.isDisposed()) {
				rebuild();
			}
		});
	}

	private void rebuild() {
		boolean open = session != null && !session.isClosed();
		updateFilterChoices(open);
		List<CaseRow> built = new ArrayList<>(CaseRows.build(open ? session.getCasebook() : null));
		if (order != null) {
			built.sort(order);
		}
		rows = built;
		rowByCase.clear();
		for (CaseRow row : rows) {
			rowByCase.put(row.aCase(), row);
		}
		search.setEnabled(open);
		statusFilter.getControl().setEnabled(open);
		municipalityFilter.getControl().setEnabled(open);
		partnerFilter.getControl().setEnabled(open);
		applyFilter();
	}

	private void updateFilterChoices(boolean open) {
		updatingFilters = true;
		try {
			List<Object> statuses = new ArrayList<>();
			statuses.add(ALL);
			statuses.addAll(CaseStatus.VALUES);
			refill(statusFilter, statuses);
			List<Object> municipalities = new ArrayList<>();
			municipalities.add(ALL);
			List<Object> partners = new ArrayList<>();
			partners.add(ALL);
			if (open) {
				List<Municipality> sortedMunicipalities = new ArrayList<>(
						CasebookLists.resolved(session.getCasebook().getMunicipalities()));
				sortedMunicipalities.sort(Comparator.comparing(m -> ModelLabels.text(null, m), String.CASE_INSENSITIVE_ORDER));
				municipalities.addAll(sortedMunicipalities);
				List<Organisation> sortedPartners = new ArrayList<>(
						CasebookLists.resolved(session.getCasebook().getOrganisations()));
				sortedPartners.sort(Comparator.comparing(o -> ModelLabels.text(null, o), String.CASE_INSENSITIVE_ORDER));
				partners.addAll(sortedPartners);
			}
			refill(municipalityFilter, municipalities);
			refill(partnerFilter, partners);
		} finally {
			updatingFilters = false;
		}
	}

	private static void refill(ComboViewer combo, List<Object> choices) {
		Object selected = selectedChoice(combo);
		if (!Objects.equals(combo.getInput(), choices)) {
			combo.setInput(choices);
		}
		combo.setSelection(new StructuredSelection(choices.contains(selected) ? selected : ALL));
	}

	private static Object selectedChoice(ComboViewer combo) {
		Object selected = combo.getStructuredSelection().getFirstElement();
		return selected == null ? ALL : selected;
	}

	// --- filtering --------------------------------------------------------------------------------

	/**
	 * @return the current filter
	 */
	public CaseFilter currentFilter() {
		Object status = selectedChoice(statusFilter);
		Object municipality = selectedChoice(municipalityFilter);
		Object partner = selectedChoice(partnerFilter);
		return new CaseFilter(search.getText(), status instanceof CaseStatus s ? s : null,
				municipality instanceof Municipality m ? m : null, partner instanceof Organisation o ? o : null);
	}

	private void applyFilter() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		Case selected = selectedCase();
		shown = currentFilter().apply(rows);
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			viewer.reset(shown.size());
			restoreSelection(selected);
		} finally {
			table.setRedraw(true);
		}
		updateCount();
	}

	private void restoreSelection(Case selected) {
		if (selected == null) {
			return;
		}
		int index = indexOf(selected);
		if (index >= 0) {
			viewer.replace(selected, index);
			viewer.getTable().setSelection(index);
		} else {
			viewer.getTable().deselectAll();
			viewer.selectionRestored();
		}
	}

	private int indexOf(Case aCase) {
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).aCase() == aCase) {
				return i;
			}
		}
		return -1;
	}

	private void updateCount() {
		if (session == null || session.isClosed()) {
			count.setText(Messages.navigator_count_noCasebook);
		} else if (shown.size() == rows.size()) {
			count.setText(NLS.bind(Messages.navigator_count_all, Integer.valueOf(rows.size())));
		} else {
			count.setText(NLS.bind(Messages.navigator_count_filtered, Integer.valueOf(shown.size()),
					Integer.valueOf(rows.size())));
		}
	}

	private void focusFirstRow() {
		if (shown.isEmpty()) {
			return;
		}
		Case first = shown.get(0).aCase();
		viewer.replace(first, 0);
		viewer.getTable().setSelection(0);
		viewer.selectionRestored();
		viewer.getTable().setFocus();
	}

	// --- selection and opening --------------------------------------------------------------------

	private Case selectedCase() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.getFirstElement() instanceof Case aCase ? aCase : null;
	}

	/**
	 * Selects a case when it is listed.
	 *
	 * @param aCase the case
	 * @return whether it is listed (and now selected)
	 */
	public boolean select(Case aCase) {
		int index = indexOf(aCase);
		if (index < 0) {
			return false;
		}
		viewer.replace(aCase, index);
		viewer.getTable().setSelection(index);
		viewer.getTable().showSelection();
		viewer.selectionRestored();
		return true;
	}

	/**
	 * @return the cases listed now, in order
	 */
	public List<Case> shownCases() {
		return shown.stream().map(CaseRow::aCase).toList();
	}

	private void openSelection() {
		Case aCase = selectedCase();
		if (aCase == null || session == null || session.isClosed()) {
			return;
		}
		try {
			CaseEditors.open(getSite().getPage(), session, aCase);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), Messages.navigator_open_failed, e.getMessage());
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new ModelPropertySheetPage());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
	}
}
