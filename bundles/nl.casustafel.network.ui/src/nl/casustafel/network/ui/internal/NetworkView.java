/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.tools.PanningSelectionTool;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import nl.casustafel.cases.ui.CaseEditors;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.vocabulary.Vocabularies;
import nl.casustafel.core.vocabulary.Vocabulary;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.NetworkFilter;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NetworkSearch;
import nl.casustafel.network.NodeKind;
import nl.casustafel.network.edit.NetworkCommands;
import nl.casustafel.network.io.ImportResult;
import nl.casustafel.network.io.NetworkCsv;
import nl.casustafel.network.io.NetworkGraphMl;
import nl.casustafel.network.io.NetworkSvg;
import nl.casustafel.network.layout.LayoutAlgorithm;
import nl.casustafel.network.layout.LayoutResult;
import nl.casustafel.network.layout.NetworkLayout;
import nl.casustafel.network.layout.Point;
import nl.casustafel.network.style.EdgeType;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.network.ui.NetworkUi;
import nl.casustafel.network.ui.internal.export.DiagramExport;
import nl.casustafel.network.ui.internal.figures.Theme;
import nl.casustafel.network.ui.internal.panels.ImportProblemsDialog;
import nl.casustafel.network.ui.internal.panels.SidePanel;
import nl.casustafel.network.ui.internal.parts.DiagramContents;
import nl.casustafel.network.ui.internal.parts.EdgePart;
import nl.casustafel.network.ui.internal.parts.NetworkRootEditPart;
import nl.casustafel.network.ui.internal.parts.NodePart;
import nl.casustafel.network.ui.internal.parts.PartFactory;
import nl.casustafel.network.ui.internal.parts.SessionCommandStack;
import nl.casustafel.ui.emf.DateFormats;
import nl.casustafel.ui.emf.ModelPropertySheetPage;
import nl.casustafel.ui.session.ActiveSessionTracker;

/**
 * The network view (<i>Netwerk</i>): the case network of the selected case, or the regional network
 * of the active casebook, drawn with GEF 3 and laid out by ELK (GUIDE.md 7).
 * <ul>
 * <li>Scope: <i>Casus</i> follows the case selected anywhere in the workbench (cases list, case
 * editor, any object of a case); <i>Regio</i> shows the regional network.</li>
 * <li>Zoom with the mouse wheel or the buttons, <i>Passend</i> fits the diagram; drag the background
 * to pan.</li>
 * <li>Selecting nodes and edges selects their model objects (Properties view); double-clicking the
 * person opens the case editor, double-clicking an organisation focuses on its neighbourhood.</li>
 * <li>Dragging a node pins it there, stored with the casebook; <i>Posities vrijgeven</i> returns it
 * to the automatic layout. With <i>Relatie trekken</i> on, dragging from organisation to organisation
 * creates a relation of the chosen kind. All through EMF commands: Undo and Redo work as everywhere.</li>
 * <li>The legend's check boxes filter on logic and relation type; the time slider shows the network
 * on one day; focus keeps the neighbourhood of the selection within a number of steps; search
 * highlights and selects matching nodes.</li>
 * <li>Export as PNG, SVG, GraphML or CSV; import GraphML and CSV (all or nothing); print.</li>
 * </ul>
 */
public class NetworkView extends ViewPart implements ActiveSessionTracker.Listener, DiagramContents.Host {

	/** The view's identifier. */
	public static final String ID = NetworkUi.VIEW_ID;

	/** The two networks the view can show. */
	public enum Scope {
		/** The network around the selected case. */
		CASE,
		/** The regional network of the casebook. */
		REGION
	}

	private Theme theme;

	private ScrollingGraphicalViewer viewer;

	private final SessionCommandStack commandStack = new SessionCommandStack();

	private SidePanel sidePanel;

	private ActiveSessionTracker tracker;

	private CasebookSession session;

	private Scope scope = Scope.CASE;

	private Case aCase;

	private NetworkFilter filter = NetworkFilter.all();

	private LayoutAlgorithm algorithm = LayoutAlgorithm.AUTO;

	private Boolean edgeLabels;

	private String drawingType;

	private String drawTypeChoice = EdgeTypes.key(RelationKind.REFERRAL);

	private Menu drawMenu;

	private NetworkGraph fullGraph;

	private DiagramContents contents;

	private List<String> searchHits = List.of();

	private int searchIndex;

	private boolean rebuildPending;

	private LocalDate[] timeSpan;

	private ToolItem caseItem;

	private ToolItem regionItem;

	private ToolItem layoutItem;

	private ToolItem labelsItem;

	private ToolItem drawItem;

	private Text search;

	private Scale timeScale;

	private Label timeLabel;

	private Spinner hops;

	private Button focusButton;

	private final ISelectionListener selectionListener = this::workbenchSelectionChanged;

	// ---------------------------------------------------------------------------------------------
	// Creation

	@Override
	public void createPartControl(Composite parent) {
		theme = new Theme(parent.getDisplay());
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		createToolBar(parent);
		createFilterBar(parent);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createViewer(sash);
		sidePanel = new SidePanel(sash, theme, new SidePanel.Listener() {
			@Override
			public void logicVisible(OrganisationLogic logic, boolean visible) {
				setFilter(filter.withLogic(logic, visible));
			}

			@Override
			public void typeVisible(String type, boolean visible) {
				setFilter(filter.withType(type, visible));
			}

			@Override
			public void reveal(List<String> nodeIds) {
				selectNodes(nodeIds);
			}
		});
		sash.setWeights(76, 24);

		getSite().setSelectionProvider(new ModelSelectionProvider(viewer));
		getSite().getPage().addPostSelectionListener(selectionListener);
		tracker = new ActiveSessionTracker(this);
		if (aCase == null) {
			workbenchSelectionChanged(getSite().getPage().getActivePart(), getSite().getPage().getSelection());
		}
		if (session == null) {
			rebuild(true);
		}
	}

	private void createViewer(Composite parent) {
		viewer = new ScrollingGraphicalViewer();
		viewer.createControl(parent);
		viewer.getControl().setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		viewer.getControl().setData(NetworkUi.WIDGET_KEY, "network.canvas"); //$NON-NLS-1$
		NetworkRootEditPart root = new NetworkRootEditPart();
		viewer.setRootEditPart(root);
		viewer.setEditPartFactory(new PartFactory());
		DefaultEditDomain domain = new DefaultEditDomain(null);
		domain.setCommandStack(commandStack);
		domain.setDefaultTool(new PanningSelectionTool());
		domain.loadDefaultTool();
		domain.addViewer(viewer);

		ZoomManager zoom = root.getZoomManager();
		zoom.setZoomLevels(new double[] { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0 });
		viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.NONE), MouseWheelZoomHandler.SINGLETON);
		viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);

		KeyHandler keys = new GraphicalViewerKeyHandler(viewer);
		keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), action(Messages.menu_delete, this::deleteSelectedRelations));
		viewer.setKeyHandler(keys);

		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void createToolBar(Composite parent) {
		ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		bar.setFont(theme.panelFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		caseItem = item(bar, SWT.RADIO, Messages.scope_case, Messages.scope_caseTip, "network.scope.case", //$NON-NLS-1$
				() -> setScope(Scope.CASE));
		caseItem.setSelection(true);
		regionItem = item(bar, SWT.RADIO, Messages.scope_region, Messages.scope_regionTip, "network.scope.region", //$NON-NLS-1$
				() -> setScope(Scope.REGION));
		new ToolItem(bar, SWT.SEPARATOR);

		layoutItem = item(bar, SWT.DROP_DOWN, layoutText(), Messages.layout_tip, "network.layout", null); //$NON-NLS-1$
		Menu layoutMenu = new Menu(bar.getShell(), SWT.POP_UP);
		for (LayoutAlgorithm choice : LayoutAlgorithm.values()) {
			MenuItem menuItem = new MenuItem(layoutMenu, SWT.RADIO);
			menuItem.setText(layoutName(choice));
			menuItem.setSelection(choice == algorithm);
			menuItem.addListener(SWT.Selection, event -> {
				if (menuItem.getSelection()) {
					setAlgorithm(choice);
				}
			});
		}
		dropDown(layoutItem, layoutMenu);
		new ToolItem(bar, SWT.SEPARATOR);

		item(bar, SWT.PUSH, Messages.zoom_out, Messages.zoom_outTip, "network.zoomOut", () -> zoom().zoomOut()); //$NON-NLS-1$
		item(bar, SWT.PUSH, Messages.zoom_in, Messages.zoom_inTip, "network.zoomIn", () -> zoom().zoomIn()); //$NON-NLS-1$
		item(bar, SWT.PUSH, Messages.zoom_fit, Messages.zoom_fitTip, "network.zoomFit", this::fit); //$NON-NLS-1$
		item(bar, SWT.PUSH, Messages.zoom_actual, Messages.zoom_actualTip, "network.zoom100", () -> zoom().setZoom(1.0)); //$NON-NLS-1$
		new ToolItem(bar, SWT.SEPARATOR);

		labelsItem = item(bar, SWT.CHECK, Messages.labels_toggle, Messages.labels_tip, "network.labels", //$NON-NLS-1$
				() -> setEdgeLabels(labelsItem.getSelection()));
		drawItem = item(bar, SWT.DROP_DOWN, drawText(), Messages.draw_tip, "network.draw", null); //$NON-NLS-1$
		drawMenu = new Menu(bar.getShell(), SWT.POP_UP);
		// filled each time it opens: it offers the relation types of plug-ins installed meanwhile too
		drawMenu.addListener(SWT.Show, event -> fillDrawMenu());
		fillDrawMenu();
		dropDown(drawItem, drawMenu);
		drawItem.addListener(SWT.Selection, event -> {
			if (event.detail != SWT.ARROW) {
				setDrawingType(drawingType == null ? drawTypeChoice : null);
			}
		});
		item(bar, SWT.PUSH, Messages.unpin_all, Messages.unpin_allTip, "network.unpinAll", () -> unpin(null)); //$NON-NLS-1$
		new ToolItem(bar, SWT.SEPARATOR);

		ToolItem exportItem = item(bar, SWT.DROP_DOWN, Messages.export_menu, Messages.export_tip, "network.export", null); //$NON-NLS-1$
		Menu exportMenu = new Menu(bar.getShell(), SWT.POP_UP);
		menuItem(exportMenu, Messages.export_png, this::exportPngWithDialog);
		menuItem(exportMenu, Messages.export_svg, this::exportSvgWithDialog);
		menuItem(exportMenu, Messages.export_graphml, this::exportGraphMlWithDialog);
		menuItem(exportMenu, Messages.export_csv, this::exportCsvWithDialog);
		dropDown(exportItem, exportMenu);
		exportItem.addListener(SWT.Selection, event -> {
			if (event.detail != SWT.ARROW) {
				exportPngWithDialog();
			}
		});
		item(bar, SWT.PUSH, Messages.import_button, Messages.import_tip, "network.import", this::importWithDialog); //$NON-NLS-1$
		item(bar, SWT.PUSH, Messages.print_button, Messages.print_tip, "network.print", //$NON-NLS-1$
				() -> DiagramExport.print(viewer, getSite().getShell(), title()));
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(10).margins(6, 4).spacing(8, 0).applyTo(bar);

		label(bar, Messages.filter_search);
		search = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
		search.setFont(theme.panelFont());
		search.setMessage(Messages.filter_searchHint);
		search.setData(NetworkUi.WIDGET_KEY, "network.search"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(search);
		search.addListener(SWT.Modify, event -> search(search.getText(), false));
		search.addListener(SWT.DefaultSelection, event -> search(search.getText(), true));

		label(bar, Messages.filter_time);
		timeScale = new Scale(bar, SWT.HORIZONTAL);
		timeScale.setData(NetworkUi.WIDGET_KEY, "network.time"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(timeScale);
		timeScale.addListener(SWT.Selection, event -> {
			if (timeSpan != null) {
				setFilter(filter.withDay(timeSpan[0].plusDays(timeScale.getSelection())));
			}
		});
		timeLabel = new Label(bar, SWT.NONE);
		timeLabel.setFont(theme.panelBoldFont());
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(110, SWT.DEFAULT).applyTo(timeLabel);
		Button allTime = new Button(bar, SWT.PUSH);
		allTime.setText(Messages.filter_allTime);
		allTime.setFont(theme.panelFont());
		allTime.setData(NetworkUi.WIDGET_KEY, "network.allTime"); //$NON-NLS-1$
		allTime.addListener(SWT.Selection, event -> setFilter(filter.withDay(null)));

		label(bar, Messages.filter_focus);
		hops = new Spinner(bar, SWT.BORDER);
		hops.setFont(theme.panelFont());
		hops.setValues(1, 1, 5, 0, 1, 1);
		hops.setToolTipText(Messages.filter_hopsTip);
		hops.setData(NetworkUi.WIDGET_KEY, "network.hops"); //$NON-NLS-1$
		hops.addListener(SWT.Selection, event -> {
			if (filter.focusNodeId() != null) {
				setFilter(filter.withFocus(filter.focusNodeId(), hops.getSelection()));
			}
		});
		focusButton = new Button(bar, SWT.PUSH);
		focusButton.setFont(theme.panelFont());
		focusButton.setText(Messages.filter_focusSelection);
		focusButton.setData(NetworkUi.WIDGET_KEY, "network.focus"); //$NON-NLS-1$
		focusButton.addListener(SWT.Selection, event -> focusOnSelection());
		Button clear = new Button(bar, SWT.PUSH);
		clear.setFont(theme.panelFont());
		clear.setText(Messages.filter_focusClear);
		clear.setData(NetworkUi.WIDGET_KEY, "network.focusClear"); //$NON-NLS-1$
		clear.addListener(SWT.Selection, event -> setFilter(filter.withFocus(null, hops.getSelection())));
	}

	private Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setFont(theme.panelFont());
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		return label;
	}

	private ToolItem item(ToolBar bar, int style, String text, String tip, String key, Runnable run) {
		ToolItem item = new ToolItem(bar, style);
		item.setText(text);
		item.setToolTipText(tip);
		item.setData(NetworkUi.WIDGET_KEY, key);
		if (run != null) {
			item.addListener(SWT.Selection, event -> {
				if (style != SWT.RADIO || item.getSelection()) {
					run.run();
				}
			});
		}
		return item;
	}

	private static void dropDown(ToolItem item, Menu menu) {
		item.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.ARROW) {
				org.eclipse.swt.graphics.Rectangle bounds = item.getBounds();
				org.eclipse.swt.graphics.Point location = item.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
				menu.setLocation(location);
				menu.setVisible(true);
			}
		});
	}

	private static void menuItem(Menu menu, String text, Runnable run) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, event -> run.run());
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new ModelPropertySheetPage());
		}
		if (adapter == GraphicalViewer.class) {
			return adapter.cast(viewer);
		}
		if (adapter == ZoomManager.class) {
			return adapter.cast(zoom());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
		if (theme != null) {
			theme.dispose();
		}
	}

	// ---------------------------------------------------------------------------------------------
	// What to show

	@Override
	public void sessionChanged(CasebookSession newSession) {
		session = newSession;
		commandStack.setSession(newSession);
		if (aCase != null && (newSession == null || aCase.eResource() == null
				|| !(aCase.eContainer() instanceof Casebook casebook) || casebook != newSession.getCasebook())) {
			aCase = null;
		}
		filter = filter.withFocus(null, 1);
		rebuild(true);
	}

	@Override
	public void modelChanged(CasebookSession changed) {
		if (aCase != null && aCase.eContainer() == null) {
			aCase = null;
		}
		scheduleRebuild();
	}

	private void workbenchSelectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || viewer == null) {
			return;
		}
		Case selected = caseOf(part, selection);
		if (selected != null && selected != aCase && (session == null || selected.eContainer() == session.getCasebook())) {
			aCase = selected;
			if (scope == Scope.CASE) {
				filter = filter.withFocus(null, hops.getSelection());
				rebuild(true);
			}
		}
	}

	private static Case caseOf(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			Object element = structured.getFirstElement();
			for (Object object = element; object instanceof EObject eObject; object = eObject.eContainer()) {
				if (object instanceof Case found) {
					return found;
				}
			}
			Case adapted = Adapters.adapt(element, Case.class);
			if (adapted != null) {
				return adapted;
			}
		}
		return part == null ? null : Adapters.adapt(part, Case.class);
	}

	/**
	 * Shows the network of a case (and switches to the case scope).
	 *
	 * @param shown the case
	 */
	public void showCase(Case shown) {
		aCase = shown;
		filter = filter.withFocus(null, hops.getSelection());
		setScope(Scope.CASE);
		rebuild(true);
	}

	/**
	 * @param newScope the network to show
	 */
	public void setScope(Scope newScope) {
		caseItem.setSelection(newScope == Scope.CASE);
		regionItem.setSelection(newScope == Scope.REGION);
		if (scope != newScope) {
			scope = newScope;
			filter = filter.withFocus(null, hops.getSelection());
			rebuild(true);
		}
	}

	/** @return the network shown */
	public Scope scope() {
		return scope;
	}

	/**
	 * @param newFilter the filters to apply
	 */
	public void setFilter(NetworkFilter newFilter) {
		if (!newFilter.equals(filter)) {
			boolean newFocus = !Objects.equals(newFilter.focusNodeId(), filter.focusNodeId());
			filter = newFilter;
			rebuild(newFocus);
		}
	}

	/** @return the filters */
	public NetworkFilter filter() {
		return filter;
	}

	/**
	 * @param newAlgorithm the layout algorithm
	 */
	public void setAlgorithm(LayoutAlgorithm newAlgorithm) {
		algorithm = newAlgorithm;
		layoutItem.setText(layoutText());
		layoutItem.getParent().getParent().layout(true, true);
		rebuild(true);
	}

	private void setEdgeLabels(boolean show) {
		edgeLabels = Boolean.valueOf(show);
		rebuild(false);
	}

	private boolean edgeLabelsShown() {
		return edgeLabels != null && edgeLabels.booleanValue();
	}

	/**
	 * The draw menu: off, then every type of {@link EdgeTypes#relationTypes()} (the relation kinds, then
	 * the types of partner plug-ins), the current one selected. Each item carries the widget key
	 * {@code network.draw.<type key>} (and {@code network.draw.off}).
	 */
	private void fillDrawMenu() {
		for (MenuItem old : drawMenu.getItems()) {
			old.dispose();
		}
		MenuItem off = new MenuItem(drawMenu, SWT.RADIO);
		off.setText(Messages.draw_off);
		off.setData(NetworkUi.WIDGET_KEY, "network.draw.off"); //$NON-NLS-1$
		off.setSelection(drawingType == null);
		off.addListener(SWT.Selection, event -> {
			if (off.getSelection()) {
				setDrawingType(null);
			}
		});
		for (EdgeType type : EdgeTypes.relationTypes()) {
			MenuItem menuItem = new MenuItem(drawMenu, SWT.RADIO);
			menuItem.setText(type.label());
			menuItem.setData(NetworkUi.WIDGET_KEY, "network.draw." + type.key()); //$NON-NLS-1$
			menuItem.setSelection(type.key().equals(drawingType));
			menuItem.addListener(SWT.Selection, event -> {
				if (menuItem.getSelection()) {
					drawTypeChoice = type.key();
					setDrawingType(type.key());
				}
			});
		}
	}

	/** @return the draw menu (for tests: it is filled when it is shown) */
	public Menu drawMenu() {
		return drawMenu;
	}

	/**
	 * @param kind the kind of relation that dragging from node to node creates, or {@code null} to
	 *             move nodes
	 */
	public void setDrawingKind(RelationKind kind) {
		setDrawingType(kind == null ? null : EdgeTypes.key(kind));
	}

	/**
	 * @param type the type of relation (a key of {@link EdgeTypes#relationTypes()}) that dragging from
	 *             node to node creates, or {@code null} to move nodes
	 */
	public void setDrawingType(String type) {
		drawingType = type;
		drawItem.setText(drawText());
		drawItem.getParent().getParent().layout(true, true);
	}

	@Override
	public String drawingType() {
		return drawingType;
	}

	private String layoutText() {
		return NLS.bind(Messages.layout_button, layoutName(algorithm));
	}

	private static String layoutName(LayoutAlgorithm choice) {
		return switch (choice) {
		case AUTO -> Messages.layout_auto;
		case LAYERED -> Messages.layout_layered;
		case FORCE -> Messages.layout_force;
		};
	}

	private String drawText() {
		return drawingType == null ? Messages.draw_button
				: NLS.bind(Messages.draw_buttonOn, EdgeTypes.get(drawingType).label());
	}

	private void scheduleRebuild() {
		if (rebuildPending || viewer == null) {
			return;
		}
		rebuildPending = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			rebuildPending = false;
			if (viewer != null && !viewer.getControl().isDisposed()) {
				rebuild(false);
			}
		});
	}

	/**
	 * Builds the graph anew from the casebook, filters it, lays it out and shows it; keeps the
	 * selection.
	 *
	 * @param fit whether to fit the diagram into the view afterwards (new scope or case)
	 */
	public void rebuild(boolean fit) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		rebuildPending = false;
		String message = null;
		CasebookSession current = session == null || session.isClosed() ? null : session;
		NetworkGraph full;
		if (current == null) {
			full = NetworkGraph.builder(NetworkBuilder.REGION_SCOPE).build();
			message = Messages.view_noCasebook;
		} else if (scope == Scope.REGION) {
			full = NetworkBuilder.region(current.getCasebook());
		} else if (aCase == null) {
			full = NetworkGraph.builder(NetworkBuilder.CASE_SCOPE_PREFIX).build();
			message = Messages.view_chooseCase;
		} else {
			Vocabulary roles = Vocabularies.get(Vocabularies.ROLE);
			full = NetworkBuilder.forCase(aCase, roles::labelOrKey);
		}
		if (filter.focusNodeId() != null && full.node(filter.focusNodeId()) == null) {
			filter = filter.withFocus(null, hops.getSelection());
		}
		fullGraph = full;
		NetworkGraph shown = filter.apply(full);
		if (message == null && shown.isEmpty() && !full.isEmpty()) {
			message = Messages.view_emptyAfterFilter;
		}
		Map<String, Point> pinned = current == null ? Map.of()
				: NetworkCommands.pinnedPositions(current.getCasebook(), full.scope());
		LayoutResult layout = NetworkLayout.layout(shown, algorithm, theme, pinned);

		Set<String> selected = selectedIds();
		contents = new DiagramContents(shown, layout, pinned.keySet(), current, scope == Scope.CASE ? aCase : null,
				edgeLabelsShown(), theme, this, message);
		contents.highlighted().addAll(searchHits);
		viewer.setContents(contents);
		restoreSelection(selected);

		labelsItem.setSelection(edgeLabelsShown());
		updateTimeSlider(full);
		focusButton.setText(filter.focusNodeId() == null ? Messages.filter_focusSelection
				: NLS.bind(Messages.filter_focusOn, focusLabel(full)));
		focusButton.getParent().layout(true);
		sidePanel.show(full, shown, scope == Scope.CASE ? aCase : null, filter);
		setContentDescription(title());
		if (fit) {
			viewer.getControl().getDisplay().asyncExec(this::fitIfLarger);
		}
	}

	private String focusLabel(NetworkGraph full) {
		NetworkNode node = full.node(filter.focusNodeId());
		return node == null ? "" : node.label(); //$NON-NLS-1$
	}

	private void updateTimeSlider(NetworkGraph full) {
		timeSpan = full.timeSpan();
		if (timeSpan == null) {
			timeScale.setEnabled(false);
			timeLabel.setText(Messages.filter_allTimeShown);
			return;
		}
		int days = (int) Math.max(1, ChronoUnit.DAYS.between(timeSpan[0], timeSpan[1]));
		timeScale.setEnabled(true);
		timeScale.setMinimum(0);
		timeScale.setMaximum(days);
		timeScale.setPageIncrement(Math.max(1, days / 12));
		LocalDate day = filter.day();
		if (day == null) {
			timeScale.setSelection(days);
			timeLabel.setText(Messages.filter_allTimeShown);
		} else {
			timeScale.setSelection((int) Math.min(days, Math.max(0, ChronoUnit.DAYS.between(timeSpan[0], day))));
			timeLabel.setText(DateFormats.format(DateFormats.toDate(day)));
		}
	}

	/** @return a title for the diagram and its exports */
	public String title() {
		String base;
		if (scope == Scope.REGION) {
			Casebook casebook = session == null || session.isClosed() ? null : session.getCasebook();
			base = NLS.bind(Messages.title_region, casebook == null || casebook.getRegion() == null ? "" : casebook.getRegion()); //$NON-NLS-1$
		} else if (aCase != null) {
			String pseudonym = aCase.getSubject() == null ? "" : " \u00b7 " + aCase.getSubject().getPseudonym(); //$NON-NLS-1$ //$NON-NLS-2$
			base = NLS.bind(Messages.title_case, aCase.getCaseNumber() + pseudonym);
		} else {
			base = Messages.title_none;
		}
		if (filter.day() != null) {
			base = NLS.bind(Messages.title_onDay, base, DateFormats.format(DateFormats.toDate(filter.day())));
		}
		return base;
	}

	// ---------------------------------------------------------------------------------------------
	// Zoom, selection, search, focus

	private ZoomManager zoom() {
		return ((NetworkRootEditPart) viewer.getRootEditPart()).getZoomManager();
	}

	/** Fits the whole diagram into the view (zooming out or in, at most to 150 %). */
	public void fit() {
		((FigureCanvas) viewer.getControl()).getLightweightSystem().getUpdateManager().performValidation();
		ZoomManager zoom = zoom();
		zoom.setZoomAsText(ZoomManager.FIT_ALL);
		if (zoom.getZoom() > 1.5) {
			zoom.setZoom(1.5);
		}
	}

	private void fitIfLarger() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		org.eclipse.swt.graphics.Rectangle area = viewer.getControl().getBounds();
		org.eclipse.draw2d.geometry.Rectangle extent = DiagramExport.extent(viewer);
		if (extent.width > area.width || extent.height > area.height) {
			fit();
		} else {
			zoom().setZoom(1.0);
		}
	}

	private Set<String> selectedIds() {
		Set<String> ids = new HashSet<>();
		for (Object part : viewer.getSelectedEditParts()) {
			Object model = ((EditPart) part).getModel();
			if (model instanceof NetworkNode node) {
				ids.add("n:" + node.id()); //$NON-NLS-1$
			} else if (model instanceof nl.casustafel.network.NetworkEdge edge) {
				ids.add("e:" + edge.id()); //$NON-NLS-1$
			}
		}
		return ids;
	}

	private void restoreSelection(Set<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<EditPart> parts = new ArrayList<>();
		for (Object value : viewer.getEditPartRegistry().values()) {
			EditPart part = (EditPart) value;
			Object model = part.getModel();
			String id = model instanceof NetworkNode node ? "n:" + node.id() //$NON-NLS-1$
					: model instanceof nl.casustafel.network.NetworkEdge edge ? "e:" + edge.id() : null; //$NON-NLS-1$
			if (id != null && ids.contains(id)) {
				parts.add(part);
			}
		}
		viewer.setSelection(new StructuredSelection(parts));
	}

	/**
	 * Selects nodes and shows the first.
	 *
	 * @param nodeIds node ids
	 */
	public void selectNodes(List<String> nodeIds) {
		List<EditPart> parts = new ArrayList<>();
		for (String id : nodeIds) {
			NodePart part = nodePart(id);
			if (part != null) {
				parts.add(part);
			}
		}
		if (!parts.isEmpty()) {
			viewer.setSelection(new StructuredSelection(parts));
			viewer.reveal(parts.get(0));
			viewer.getControl().setFocus();
		}
	}

	/**
	 * @param nodeId a node id
	 * @return its edit part, or {@code null} when it is not shown
	 */
	public NodePart nodePart(String nodeId) {
		if (contents == null) {
			return null;
		}
		NetworkNode node = contents.graph().node(nodeId);
		return node == null ? null : (NodePart) viewer.getEditPartRegistry().get(node);
	}

	private void search(String text, boolean next) {
		NetworkGraph shown = contents == null ? null : contents.graph();
		List<String> hits = new ArrayList<>();
		if (shown != null) {
			for (NetworkNode node : NetworkSearch.find(shown, text)) {
				hits.add(node.id());
			}
		}
		if (next && !hits.isEmpty() && hits.equals(searchHits)) {
			searchIndex = (searchIndex + 1) % hits.size();
		} else {
			searchIndex = 0;
		}
		searchHits = hits;
		if (contents != null) {
			contents.highlighted().clear();
			contents.highlighted().addAll(hits);
			for (Object part : viewer.getEditPartRegistry().values()) {
				if (part instanceof NodePart node) {
					node.refreshHighlight();
				}
			}
		}
		NodePart part = hits.isEmpty() ? null : nodePart(hits.get(searchIndex));
		if (part != null) {
			viewer.select(part);
			viewer.reveal(part);
		}
	}

	/** @return the ids of the nodes the current search finds */
	public List<String> searchHits() {
		return List.copyOf(searchHits);
	}

	private void focusOnSelection() {
		for (Object part : viewer.getSelectedEditParts()) {
			if (part instanceof NodePart node) {
				setFilter(filter.withFocus(node.node().id(), hops.getSelection()));
				return;
			}
		}
	}

	@Override
	public void open(String nodeId) {
		NetworkNode node = contents == null ? null : contents.graph().node(nodeId);
		if (node == null) {
			return;
		}
		if (node.element() instanceof Case opened && session != null) {
			try {
				CaseEditors.open(getSite().getPage(), session, opened);
			} catch (PartInitException e) {
				MessageDialog.openError(getSite().getShell(), Messages.menu_openCase, e.getMessage());
			}
		} else if (node.kind() == NodeKind.ORGANISATION) {
			setFilter(filter.withFocus(nodeId, hops.getSelection()));
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Commands

	private void fillContextMenu(IMenuManager menu) {
		List<NodePart> nodes = new ArrayList<>();
		List<Relation> relations = new ArrayList<>();
		for (Object part : viewer.getSelectedEditParts()) {
			if (part instanceof NodePart node) {
				nodes.add(node);
			} else if (part instanceof EdgePart edge && edge.relation() != null) {
				relations.add(edge.relation());
			}
		}
		if (nodes.size() == 1) {
			NetworkNode node = nodes.get(0).node();
			menu.add(action(NLS.bind(Messages.menu_focus, node.label()),
					() -> setFilter(filter.withFocus(node.id(), hops.getSelection()))));
			if (node.element() instanceof Case) {
				menu.add(action(Messages.menu_openCase, () -> open(node.id())));
			}
		}
		if (!nodes.isEmpty() && contents != null && nodes.stream().anyMatch(n -> contents.pinned().contains(n.node().id()))) {
			List<String> ids = nodes.stream().map(n -> n.node().id()).toList();
			menu.add(action(Messages.menu_unpin, () -> unpin(ids)));
		}
		if (relations.size() == 1 && editable()) {
			Relation relation = relations.get(0);
			MenuManager kinds = new MenuManager(Messages.menu_kind);
			String current = EdgeTypes.typeOf(relation);
			for (EdgeType type : EdgeTypes.relationTypes()) {
				Action setType = action(type.label(), () -> execute(
						NetworkCommands.setType(session.getEditingDomain(), relation, type.key())));
				setType.setChecked(type.key().equals(current));
				kinds.add(setType);
			}
			menu.add(kinds);
		}
		if (!relations.isEmpty() && editable()) {
			menu.add(action(Messages.menu_delete, this::deleteSelectedRelations));
		}
		menu.add(new Separator());
		menu.add(action(Messages.zoom_fitTip, this::fit));
		menu.add(action(Messages.unpin_allTip, () -> unpin(null)));
	}

	private boolean editable() {
		return session != null && !session.isClosed() && !session.isReadOnly();
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		if (editable() && command.canExecute()) {
			session.getEditingDomain().getCommandStack().execute(command);
		}
	}

	private void deleteSelectedRelations() {
		List<Relation> relations = new ArrayList<>();
		for (Object part : viewer.getSelectedEditParts()) {
			if (part instanceof EdgePart edge && edge.relation() != null) {
				relations.add(edge.relation());
			}
		}
		if (!relations.isEmpty() && editable()) {
			execute(NetworkCommands.deleteRelations(session.getEditingDomain(), session.getCasebook(), relations));
		}
	}

	private void unpin(List<String> nodeIds) {
		if (editable() && fullGraph != null) {
			execute(NetworkCommands.unpin(session.getEditingDomain(), session.getCasebook(), fullGraph.scope(), nodeIds));
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Export, import, print

	/** @return the viewer (for tests) */
	public GraphicalViewer viewer() {
		return viewer;
	}

	/** @return what the diagram shows (for tests) */
	public DiagramContents contents() {
		return contents;
	}

	/**
	 * @return the size the PNG export has now
	 */
	public Dimension pngSize() {
		return DiagramExport.imageSize(viewer, contents.graph(), title(), true);
	}

	/**
	 * Writes the diagram as PNG, with title and legend.
	 *
	 * @param file the file
	 */
	public void exportPng(Path file) {
		ImageData data = DiagramExport.render(viewer, contents.graph(), theme, title(), true);
		DiagramExport.savePng(data, file);
	}

	/**
	 * Writes the diagram as SVG, with title and legend.
	 *
	 * @param file the file
	 * @throws IOException when writing fails
	 */
	public void exportSvg(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			NetworkSvg.write(contents.graph(), contents.layout(), new NetworkSvg.Options(title(), true, edgeLabelsShown()),
					out);
		}
	}

	private Path saveDialog(String extension, String name) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + extension }); //$NON-NLS-1$
		dialog.setFileName(name + "." + extension); //$NON-NLS-1$
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		return Path.of(chosen.toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen : chosen + "." + extension); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String fileBaseName() {
		if (scope == Scope.CASE && aCase != null) {
			return NLS.bind(Messages.file_case, aCase.getCaseNumber());
		}
		return Messages.file_region;
	}

	private void exportPngWithDialog() {
		Path file = saveDialog("png", fileBaseName()); //$NON-NLS-1$
		if (file != null) {
			exportPng(file);
		}
	}

	private void exportSvgWithDialog() {
		Path file = saveDialog("svg", fileBaseName()); //$NON-NLS-1$
		if (file != null) {
			guarded(() -> exportSvg(file));
		}
	}

	private void exportGraphMlWithDialog() {
		Path file = saveDialog("graphml", fileBaseName()); //$NON-NLS-1$
		if (file != null) {
			guarded(() -> {
				try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
					NetworkGraphMl.write(contents.graph(), contents.layout(), out);
				}
			});
		}
	}

	private void exportCsvWithDialog() {
		Path file = saveDialog("csv", NLS.bind(Messages.file_organisations, fileBaseName())); //$NON-NLS-1$
		if (file != null) {
			String name = file.getFileName().toString();
			Path relations = file.resolveSibling(NLS.bind(Messages.file_relations, fileBaseName()) + ".csv"); //$NON-NLS-1$
			if (relations.getFileName().toString().equals(name)) {
				relations = file.resolveSibling(name.replace(".csv", "-2.csv")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Path relationsFile = relations;
			guarded(() -> NetworkCsv.export(contents.graph(), file, relationsFile));
			MessageDialog.openInformation(getSite().getShell(), Messages.export_csvDoneTitle,
					NLS.bind(Messages.export_csvDone, file.getFileName(), relationsFile.getFileName()));
		}
	}

	private interface IoWork {
		void run() throws IOException;
	}

	private void guarded(IoWork work) {
		try {
			work.run();
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.export_failed, e.getLocalizedMessage());
		}
	}

	private void importWithDialog() {
		if (!editable()) {
			MessageDialog.openInformation(getSite().getShell(), Messages.import_title, Messages.import_readOnly);
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.graphml;*.csv", "*.graphml", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (dialog.open() == null) {
			return;
		}
		List<Path> files = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			files.add(Path.of(dialog.getFilterPath(), name));
		}
		try {
			ImportResult result = importFiles(files);
			if (!result.ok()) {
				new ImportProblemsDialog(getSite().getShell(), result.problems()).open();
			} else if (result.command() == null) {
				MessageDialog.openInformation(getSite().getShell(), Messages.import_title, Messages.import_nothing);
			} else {
				String skipped = result.skipped() == 0 ? "" //$NON-NLS-1$
						: NLS.bind(Messages.import_skipped, Integer.valueOf(result.skipped()));
				if (MessageDialog.openConfirm(getSite().getShell(), Messages.import_title,
						NLS.bind(Messages.import_confirm, new Object[] { Integer.valueOf(result.organisationsCreated()),
								Integer.valueOf(result.organisationsUpdated()), Integer.valueOf(result.relationsCreated()),
								Integer.valueOf(result.relationsUpdated()), skipped }))) {
					execute(result.command());
				}
			}
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.import_title, e.getLocalizedMessage());
		}
	}

	/**
	 * Reads GraphML or CSV files against the active casebook (without executing anything).
	 *
	 * @param files GraphML files, or CSV files of organisations and relations
	 * @return the problems, or the command importing everything
	 * @throws IOException when a file cannot be read
	 */
	public ImportResult importFiles(List<Path> files) throws IOException {
		List<Path> csv = new ArrayList<>();
		ImportResult graphml = null;
		for (Path file : files) {
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".graphml")) { //$NON-NLS-1$
				if (graphml != null || files.size() > 1) {
					throw new IOException(Messages.import_oneGraphMl);
				}
				graphml = NetworkGraphMl.read(session.getEditingDomain(), session.getCasebook(), file);
			} else {
				csv.add(file);
			}
		}
		return graphml != null ? graphml : NetworkCsv.read(session.getEditingDomain(), session.getCasebook(), csv);
	}
}
