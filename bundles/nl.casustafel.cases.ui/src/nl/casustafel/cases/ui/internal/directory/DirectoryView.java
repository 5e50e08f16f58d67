/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.cases.ui.internal.Messages;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Professional;
import nl.casustafel.ui.emf.ModelLabels;
import nl.casustafel.ui.emf.ModelPropertySheetPage;
import nl.casustafel.ui.session.ActiveSessionTracker;

/**
 * The directory of the active casebook (<i>Organisaties en professionals</i>): organisations grouped
 * by the logic they work in (care, justice, municipality, other) with type and municipality, and
 * under each its professionals with function, contact and substitute. A search field filters on
 * names, types and functions; the selected organisation or professional is the workbench selection
 * (the Properties view follows it).
 */
public class DirectoryView extends ViewPart implements ActiveSessionTracker.Listener {

	/** The view's identifier. */
	public static final String ID = CasesUi.DIRECTORY_VIEW_ID;

	/** A group of organisations sharing a logic. */
	public record LogicGroup(OrganisationLogic logic, List<Organisation> organisations) {
	}

	private ActiveSessionTracker tracker;

	private CasebookSession session;

	private final Map<OrganisationLogic, LogicGroup> groups = new EnumMap<>(OrganisationLogic.class);

	private final Map<Organisation, List<Professional>> professionals = new IdentityHashMap<>();

	private final List<Professional> withoutOrganisation = new ArrayList<>();

	private Text search;

	private Label status;

	private TreeViewer viewer;

	private TreeColumnLayout columnLayout;

	private String query = ""; //$NON-NLS-1$

	private boolean refreshPending;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(parent);
		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.directory_search_hint);
		search.setData(CasesUi.WIDGET_KEY, "directory.search"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addModifyListener(event -> {
			query = search.getText().trim().toLowerCase(Locale.ROOT);
			refreshTree();
		});

		status = new Label(parent, SWT.NONE);
		status.setData(CasesUi.WIDGET_KEY, "directory.status"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		Composite treeArea = new Composite(parent, SWT.NONE);
		columnLayout = new TreeColumnLayout();
		treeArea.setLayout(columnLayout);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(treeArea);
		viewer = new TreeViewer(treeArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Tree tree = viewer.getTree();
		tree.setData(CasesUi.WIDGET_KEY, "directory.tree"); //$NON-NLS-1$
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new Content());
		column(Messages.directory_column_name, 30, 200, this::name);
		column(Messages.directory_column_kind, 24, 140, this::kind);
		column(Messages.directory_column_place, 28, 140, this::place);
		column(Messages.directory_column_substitute, 18, 110, this::substitute);
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer filtered, Object parentElement, Object element) {
				return matches(element);
			}
		});
		viewer.addDoubleClickListener(event -> {
			Object element = viewer.getStructuredSelection().getFirstElement();
			if (element != null && viewer.isExpandable(element)) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);
		tracker = new ActiveSessionTracker(this);
		if (tracker.getSession() == null) {
			sessionChanged(null);
		}
	}

	private void column(String header, int weight, int minWidth, Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		TreeColumn treeColumn = column.getColumn();
		treeColumn.setText(header);
		columnLayout.setColumnData(treeColumn, new ColumnWeightData(weight, minWidth, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof LogicGroup ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
						: null;
			}
		});
	}

	private String name(Object element) {
		if (element instanceof LogicGroup group) {
			return group.logic() == null ? Messages.directory_group_none
					: ModelLabels.literal(group.logic()) + "  (" + group.organisations().size() + ')'; //$NON-NLS-1$
		}
		return ModelLabels.text(null, element);
	}

	private String kind(Object element) {
		if (element instanceof Organisation organisation) {
			return ModelLabels.value(null, CasebookPackage.Literals.ORGANISATION__TYPE, nonNull(organisation.getType()));
		}
		if (element instanceof Professional professional) {
			return nonNull(professional.getFunction());
		}
		return ""; //$NON-NLS-1$
	}

	private String place(Object element) {
		if (element instanceof Organisation organisation) {
			Municipality municipality = CasebookLists.resolvedOrNull(organisation.getMunicipality());
			return municipality == null ? "" : nonNull(municipality.getName()); //$NON-NLS-1$
		}
		if (element instanceof Professional professional) {
			String email = nonNull(professional.getEmail());
			String phone = nonNull(professional.getPhone());
			return email.isEmpty() || phone.isEmpty() ? email + phone : email + "  \u00b7  " + phone; //$NON-NLS-1$
		}
		return ""; //$NON-NLS-1$
	}

	private String substitute(Object element) {
		if (element instanceof Professional professional) {
			Professional substitute = CasebookLists.resolvedOrNull(professional.getSubstitute());
			return substitute == null ? "" : nonNull(substitute.getName()); //$NON-NLS-1$
		}
		return ""; //$NON-NLS-1$
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	// --- content and search -----------------------------------------------------------------------

	private final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			List<Object> roots = new ArrayList<>(groups.values());
			if (!withoutOrganisation.isEmpty()) {
				roots.add(new LogicGroup(null, List.of()));
			}
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof LogicGroup group) {
				return group.logic() == null ? withoutOrganisation.toArray() : group.organisations().toArray();
			}
			if (parent instanceof Organisation organisation) {
				return professionals.getOrDefault(organisation, List.of()).toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Organisation organisation) {
				return groups.get(logicOf(organisation));
			}
			if (element instanceof Professional professional) {
				return CasebookLists.resolvedOrNull(professional.getOrganisation());
			}
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	private static OrganisationLogic logicOf(Organisation organisation) {
		return organisation.getLogic() == null ? OrganisationLogic.OTHER : organisation.getLogic();
	}

	private boolean matches(Object element) {
		if (query.isEmpty()) {
			return true;
		}
		if (element instanceof LogicGroup group) {
			if (group.logic() == null) {
				return withoutOrganisation.stream().anyMatch(this::matchesItself);
			}
			return group.organisations().stream().anyMatch(this::matches);
		}
		if (element instanceof Organisation organisation) {
			return matchesItself(organisation)
					|| professionals.getOrDefault(organisation, List.of()).stream().anyMatch(this::matchesItself);
		}
		if (element instanceof Professional professional) {
			Organisation organisation = CasebookLists.resolvedOrNull(professional.getOrganisation());
			return matchesItself(professional) || organisation != null && matchesItself(organisation);
		}
		return true;
	}

	private boolean matchesItself(Object element) {
		return (name(element) + '\n' + kind(element) + '\n' + place(element)).toLowerCase(Locale.ROOT).contains(query);
	}

	// --- following the session --------------------------------------------------------------------

	@Override
	public void sessionChanged(CasebookSession newSession) {
		session = newSession;
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		rebuild();
		viewer.setInput(session == null ? null : session.getCasebook());
		expandDefault();
	}

	@Override
	public void modelChanged(CasebookSession changed) {
		if (refreshPending || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		refreshPending = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (!viewer.getControl().isDisposed()) {
				rebuild();
				viewer.refresh();
			}
		});
	}

	private void rebuild() {
		groups.clear();
		professionals.clear();
		withoutOrganisation.clear();
		boolean open = session != null && !session.isClosed();
		search.setEnabled(open);
		if (!open) {
			status.setText(Messages.navigator_count_noCasebook);
			return;
		}
		Casebook casebook = session.getCasebook();
		Comparator<Object> byName = Comparator.comparing(element -> ModelLabels.text(null, element),
				String.CASE_INSENSITIVE_ORDER);
		List<Organisation> organisations = new ArrayList<>(CasebookLists.resolved(casebook.getOrganisations()));
		organisations.sort(byName);
		Map<OrganisationLogic, List<Organisation>> byLogic = new EnumMap<>(OrganisationLogic.class);
		for (Organisation organisation : organisations) {
			byLogic.computeIfAbsent(logicOf(organisation), logic -> new ArrayList<>()).add(organisation);
		}
		for (OrganisationLogic logic : OrganisationLogic.VALUES) {
			List<Organisation> members = byLogic.get(logic);
			if (members != null) {
				groups.put(logic, new LogicGroup(logic, members));
			}
		}
		List<Professional> people = new ArrayList<>(CasebookLists.resolved(casebook.getProfessionals()));
		people.sort(byName);
		for (Professional professional : people) {
			Organisation organisation = CasebookLists.resolvedOrNull(professional.getOrganisation());
			if (organisation == null) {
				withoutOrganisation.add(professional);
			} else {
				professionals.computeIfAbsent(organisation, o -> new ArrayList<>()).add(professional);
			}
		}
		status.setText(NLS.bind(Messages.directory_status, Integer.valueOf(organisations.size()),
				Integer.valueOf(people.size())));
	}

	private void refreshTree() {
		viewer.getTree().setRedraw(false);
		try {
			viewer.refresh();
			if (query.isEmpty()) {
				viewer.collapseAll();
				expandDefault();
			} else {
				viewer.expandAll();
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	/** Small directories open completely; large ones show their organisations. */
	private void expandDefault() {
		int organisations = groups.values().stream().mapToInt(group -> group.organisations().size()).sum();
		if (organisations <= 40) {
			viewer.expandAll();
		} else {
			viewer.expandToLevel(2);
		}
	}

	@Override
	public void setFocus() {
		search.setFocus();
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
