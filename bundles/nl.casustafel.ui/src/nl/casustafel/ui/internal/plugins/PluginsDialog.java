/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.plugins;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nl.casustafel.ui.CasustafelUi;
import nl.casustafel.ui.internal.plugins.InstalledPlugins.Plugin;
import nl.casustafel.ui.internal.plugins.PluginReport.Row;

/**
 * Help &gt; Plug-ins…: the installed plug-ins that extend Casustafel (name, symbolic name, version,
 * state, what they contribute) and every problem with what plug-ins contribute (errors first, each
 * naming the plug-in and the extension point), with the selected line in full below and a button
 * that copies everything to the clipboard, to send to the plug-in's supplier.
 * <p>
 * Not modal: the chair can keep it open beside the workbench. One per workbench; showing it again
 * brings the open one to the front. Fonts a size larger than the workbench's, for a projector.
 * </p>
 */
public final class PluginsDialog extends TitleAreaDialog {

	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	/** Larger than the workbench's default font, readable on a projector. */
	private static final double FONT_SCALE = 1.25;

	/** At most this wide when fitted to its texts, so that one long text does not take the table. */
	private static final int MAX_FITTED_WIDTH = 460;

	/** Room for a cell's margins and the column separator. */
	private static final int CELL_PADDING = 24;

	/** Room for a cell's image (16 pixels and a gap). */
	private static final int IMAGE_WIDTH = 22;

	private static PluginsDialog current;

	private final PluginReport report;

	private LocalResourceManager resources;

	private Font font;

	private Text details;

	/** The table the user starts in: the problems, else the plug-ins. */
	private TableViewer first;

	/**
	 * Shows the dialog, reading the plug-ins and problems as they are now; brings an open one to the
	 * front instead. Takes the hint about problems out of the status line.
	 *
	 * @param parent the workbench window's shell
	 * @return the dialog
	 */
	public static PluginsDialog show(Shell parent) {
		ProblemsHint.dismiss(parent);
		if (current != null && current.getShell() != null && !current.getShell().isDisposed()) {
			current.getShell().setActive();
			return current;
		}
		PluginReport[] report = new PluginReport[1];
		BusyIndicator.showWhile(parent.getDisplay(), () -> report[0] = PluginReport.read());
		PluginsDialog dialog = new PluginsDialog(parent, report[0]);
		current = dialog;
		dialog.open();
		return dialog;
	}

	/**
	 * @param parent the parent shell
	 * @param report what to show
	 */
	private PluginsDialog(Shell parent, PluginReport report) {
		super(parent);
		this.report = report;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MAX | SWT.MODELESS);
		setBlockOnOpen(false);
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.dialog_title);
		shell.setData(CasustafelUi.WIDGET_KEY, "plugins.dialog"); //$NON-NLS-1$
		resources = new LocalResourceManager(JFaceResources.getResources(), shell);
		FontDescriptor base = JFaceResources.getDefaultFontDescriptor();
		font = resources.create(base.setHeight((int) Math.round(base.getFontData()[0].getHeight() * FONT_SCALE)));
	}

	@Override
	protected Point getInitialSize() {
		Rectangle area = getParentShell() == null ? getShell().getDisplay().getPrimaryMonitor().getClientArea()
				: getParentShell().getMonitor().getClientArea();
		return new Point(Math.min(1600, area.width * 9 / 10), Math.min(920, area.height * 9 / 10));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.dialog_heading);
		setMessage(report.summary(), report.problems().isEmpty() ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);

		Composite content = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
		GridLayoutFactory.swtDefaults().margins(12, 8).applyTo(content);

		SashForm sash = new SashForm(content, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		TableViewer plugins = pluginsTable(section(sash, report.plugins().isEmpty() ? Messages.section_pluginsNone
				: NLS.bind(Messages.section_count, Messages.section_plugins, Integer.valueOf(report.plugins().size()))));
		TableViewer problems = problemsTable(section(sash, report.problems().isEmpty() ? Messages.section_problemsNone
				: NLS.bind(Messages.section_count, Messages.section_problems, Integer.valueOf(report.problems().size()))));
		sash.setWeights(30, 70);

		Label detailsLabel = heading(content, Messages.section_details);
		GridDataFactory.fillDefaults().indent(0, 6).applyTo(detailsLabel);
		details = new Text(content, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		details.setFont(font);
		details.setData(CasustafelUi.WIDGET_KEY, "plugins.details"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, details.getLineHeight() * 4).applyTo(details);

		plugins.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof Plugin plugin) {
				problems.setSelection(StructuredSelection.EMPTY);
				details.setText(describe(plugin));
			}
		});
		problems.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof Row row) {
				plugins.setSelection(StructuredSelection.EMPTY);
				details.setText(describe(row));
			}
		});
		first = report.problems().isEmpty() ? plugins : problems;
		Object firstRow = first.getElementAt(0);
		if (firstRow != null) {
			first.setSelection(new StructuredSelection(firstRow));
		}
		return area;
	}

	/**
	 * Puts the focus in the problems (the plug-ins when there are none) before the shell opens: the
	 * keyboard moves through them at once, and the toolkit does not select the first plug-in by
	 * focusing its table, which would replace the details of the selected problem.
	 */
	@Override
	public void create() {
		super.create();
		first.getTable().setFocus();
	}

	private Composite section(Composite parent, String title) {
		Composite section = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(section);
		Label label = heading(section, title);
		GridDataFactory.fillDefaults().indent(0, 6).applyTo(label);
		Composite holder = new Composite(section, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		holder.setLayout(new TableColumnLayout());
		return holder;
	}

	private Label heading(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setFont(resources.create(FontDescriptor.createFrom(font).setStyle(SWT.BOLD)));
		return label;
	}

	private TableViewer pluginsTable(Composite holder) {
		TableViewer viewer = table(holder, "plugins.list"); //$NON-NLS-1$
		List<Plugin> rows = report.plugins();
		column(viewer, Messages.column_name, 0, rows, Plugin::name, null);
		column(viewer, Messages.column_symbolicName, 0, rows, Plugin::symbolicName, null);
		column(viewer, Messages.column_version, 0, rows, Plugin::version, null);
		column(viewer, Messages.column_state, 0, rows, Plugin::state, null);
		column(viewer, Messages.column_contributions, 1, rows, p -> String.join(Messages.list_separator, p.contributions()),
				null);
		viewer.setInput(rows);
		return viewer;
	}

	private TableViewer problemsTable(Composite holder) {
		TableViewer viewer = table(holder, "plugins.problems"); //$NON-NLS-1$
		List<Row> rows = report.problems();
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		column(viewer, Messages.column_severity, 0, rows, Row::severity,
				r -> images.getImage(r.problem().isError() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK));
		column(viewer, Messages.column_plugin, 0, rows, Row::plugin, null);
		column(viewer, Messages.column_extensionPoint, 0, rows, Row::extensionPoint, null);
		column(viewer, Messages.column_problem, 1, rows, r -> r.problem().message(), null);
		viewer.setInput(rows);
		return viewer;
	}

	private TableViewer table(Composite holder, String name) {
		TableViewer viewer = new TableViewer(holder,
				SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setFont(font);
		viewer.getTable().setData(CasustafelUi.WIDGET_KEY, name);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	/**
	 * Adds a column at least as wide as its title and texts (up to {@value #MAX_FITTED_WIDTH} pixels);
	 * the columns with weight share what is left of the table's width.
	 */
	private <T> void column(TableViewer viewer, String title, int weight, List<T> rows, Function<T, String> text,
			Function<T, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		int width = textWidth(viewer.getTable(), title);
		for (T row : rows) {
			width = Math.max(width, textWidth(viewer.getTable(), text.apply(row)) + (image == null ? 0 : IMAGE_WIDTH));
		}
		((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(column.getColumn(),
				new ColumnWeightData(weight, Math.min(width + CELL_PADDING, MAX_FITTED_WIDTH)));
		column.setLabelProvider(new ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}

			@SuppressWarnings("unchecked")
			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((T) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
	}

	private static int textWidth(Control control, String text) {
		GC gc = new GC(control);
		try {
			return gc.textExtent(text).x;
		} finally {
			gc.dispose();
		}
	}

	private static String describe(Plugin plugin) {
		return NLS.bind(Messages.details_plugin, new Object[] { plugin.label(), plugin.version(), plugin.state(),
				plugin.contributions().isEmpty() ? Messages.details_nothing
						: String.join(Messages.list_separator, plugin.contributions()) });
	}

	private static String describe(Row row) {
		return NLS.bind(Messages.details_problem,
				new Object[] { row.severity(), row.plugin(), row.extensionPoint(), row.problem().message() });
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button copy = createButton(parent, COPY_ID, Messages.button_copy, false);
		copy.setData(CasustafelUi.WIDGET_KEY, "plugins.copy"); //$NON-NLS-1$
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.button_close, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			copy();
		} else {
			close();
		}
	}

	/** Puts the whole report on the clipboard as text. */
	private void copy() {
		Clipboard clipboard = new Clipboard(getShell().getDisplay());
		try {
			clipboard.setContents(new Object[] { report.text() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		setMessage(Messages.copied, IMessageProvider.INFORMATION);
	}

	@Override
	public boolean close() {
		if (current == this) {
			current = null;
		}
		return super.close();
	}
}
