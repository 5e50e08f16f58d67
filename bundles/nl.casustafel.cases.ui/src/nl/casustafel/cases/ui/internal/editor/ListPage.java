/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.cases.ui.internal.Messages;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Case;
import nl.casustafel.ui.emf.EditCommands;
import nl.casustafel.ui.emf.ModelLabels;
import nl.casustafel.ui.emf.PropertyEditingSupport;

/**
 * A case editor page with one list of the case (life domains, involvements, agreements, timeline)
 * as a table: cells are edited in place (double-click, F2 or Enter), "Toevoegen" adds a row and
 * starts editing it, "Verwijderen" deletes the selected rows. Every change is a command.
 */
final class ListPage extends CasePage {

	/**
	 * A column: the feature it shows and edits. Columns share the table's width by weight.
	 *
	 * @param feature    the feature of the row objects
	 * @param weight     its share of the width
	 * @param minWidth   its least width in pixels
	 * @param singleLine whether long texts are edited in the cell rather than in a dialog
	 */
	record ColumnSpec(EStructuralFeature feature, int weight, int minWidth, boolean singleLine) {
	}

	/** How rows look (e.g. overdue agreements). */
	interface RowStyle {

		/**
		 * @return the background of the row, or {@code null}
		 */
		Color background(EObject row);

		/**
		 * @return the foreground of the row, or {@code null}
		 */
		Color foreground(EObject row);

		/**
		 * @return the text of a cell, given its default
		 */
		String text(EObject row, EStructuralFeature feature, String text);

		/**
		 * @return the background of one cell, or {@code null} for the row's
		 */
		default Color cellBackground(EObject row, EStructuralFeature feature) {
			return null;
		}
	}

	private final String sectionTitle;

	private final String sectionDescription;

	private final EReference listFeature;

	private final EClass elementClass;

	private final List<ColumnSpec> columns;

	private final Consumer<EObject> initializer;

	private final Comparator<EObject> order;

	private final RowStyle style;

	private TableViewer viewer;

	private Button add;

	private Button remove;

	private Label inputError;

	@SuppressWarnings("java:S107")
	ListPage(CaseEditor editor, String id, String title, String sectionTitle, String sectionDescription,
			EReference listFeature, EClass elementClass, List<ColumnSpec> columns, Consumer<EObject> initializer,
			Comparator<EObject> order, RowStyle style) {
		super(editor, id, title);
		this.sectionTitle = sectionTitle;
		this.sectionDescription = sectionDescription;
		this.listFeature = listFeature;
		this.elementClass = elementClass;
		this.columns = columns;
		this.initializer = initializer;
		this.order = order;
		this.style = style;
	}

	@Override
	protected void createContent(Composite body, FormToolkit toolkit) {
		GridLayoutFactory.swtDefaults().margins(16, 12).applyTo(body);
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(sectionTitle);
		section.setDescription(sectionDescription);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(6, 8).spacing(10, 8).applyTo(client);
		section.setClient(client);

		Composite tableArea = toolkit.createComposite(client);
		TableColumnLayout columnLayout = new TableColumnLayout();
		tableArea.setLayout(columnLayout);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(tableArea);
		viewer = new TableViewer(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(CasesUi.WIDGET_KEY, "editor." + getId() + ".table"); //$NON-NLS-1$ //$NON-NLS-2$
		toolkit.adapt(table, false, false);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		AdapterFactory adapterFactory = editor().getSession().getAdapterFactory();
		for (ColumnSpec spec : columns) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			TableColumn tableColumn = column.getColumn();
			tableColumn.setText(ModelLabels.feature(spec.feature()));
			columnLayout.setColumnData(tableColumn, new ColumnWeightData(spec.weight(), spec.minWidth(), true));
			tableColumn.setData(CasesUi.WIDGET_KEY, spec.feature().getName());
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					EObject row = (EObject) element;
					String text = ModelLabels.value(adapterFactory, spec.feature(), row.eGet(spec.feature()));
					int lineEnd = text.indexOf('\n');
					if (lineEnd >= 0) {
						text = text.substring(0, lineEnd) + " \u2026"; //$NON-NLS-1$
					}
					return style == null ? text : style.text(row, spec.feature(), text);
				}

				@Override
				public Color getBackground(Object element) {
					if (style == null) {
						return null;
					}
					Color cell = style.cellBackground((EObject) element, spec.feature());
					return cell != null ? cell : style.background((EObject) element);
				}

				@Override
				public Color getForeground(Object element) {
					return style == null ? null : style.foreground((EObject) element);
				}
			});
			PropertyEditingSupport editing = new PropertyEditingSupport(viewer, spec.feature(), adapterFactory,
					spec.singleLine());
			editing.setErrorReporter(this::showInputError);
			column.setEditingSupport(editing);
		}
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
				new FocusCellOwnerDrawHighlighter(viewer, false));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.F2 || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR);
			}
		};
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.addSelectionChangedListener(event -> {
			updateButtons();
			editor().setSelection(event.getSelection());
		});

		Composite buttons = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		add = toolkit.createButton(buttons, Messages.editor_list_add, SWT.PUSH);
		add.setData(CasesUi.WIDGET_KEY, "editor." + getId() + ".add"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().hint(Math.max(120, add.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT)
				.applyTo(add);
		add.addListener(SWT.Selection, event -> addRow());
		remove = toolkit.createButton(buttons, Messages.editor_list_remove, SWT.PUSH);
		remove.setData(CasesUi.WIDGET_KEY, "editor." + getId() + ".remove"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, event -> removeRows());

		inputError = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		inputError.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(inputError);
	}

	private void showInputError(String message) {
		if (inputError != null && !inputError.isDisposed()) {
			inputError.setText(message == null ? "" : message); //$NON-NLS-1$
			inputError.getParent().layout(new org.eclipse.swt.widgets.Control[] { inputError });
		}
	}

	private List<EObject> rows() {
		Case aCase = editor().getCase();
		if (aCase == null) {
			return List.of();
		}
		@SuppressWarnings("unchecked")
		List<EObject> list = (List<EObject>) aCase.eGet(listFeature);
		List<EObject> rows = new ArrayList<>(CasebookLists.resolved(list));
		if (order != null) {
			rows.sort(order);
		}
		return rows;
	}

	@Override
	protected void refreshContent() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<EObject> rows = rows();
		if (!Objects.equals(viewer.getInput(), rows)) {
			ISelection selection = viewer.getSelection();
			viewer.setInput(rows);
			viewer.setSelection(selection);
		} else {
			viewer.refresh();
		}
		updateButtons();
	}

	private void updateButtons() {
		boolean editable = editor().isEditable();
		add.setEnabled(editable);
		remove.setEnabled(editable && !viewer.getSelection().isEmpty());
	}

	@Override
	ISelection currentSelection() {
		return viewer == null || viewer.getSelection().isEmpty() ? super.currentSelection() : viewer.getSelection();
	}

	/**
	 * Adds a new row and starts editing its first cell.
	 *
	 * @return the new object, or {@code null} when it could not be added
	 */
	EObject addRow() {
		Case aCase = editor().getCase();
		if (aCase == null) {
			return null;
		}
		EObject created = EcoreUtil.create(elementClass);
		if (initializer != null) {
			initializer.accept(created);
		}
		if (!EditCommands.add(aCase, listFeature, created)) {
			return null;
		}
		refreshContent();
		viewer.setSelection(new StructuredSelection(created), true);
		viewer.getTable().setFocus();
		viewer.editElement(created, 0);
		return created;
	}

	private void removeRows() {
		Case aCase = editor().getCase();
		List<EObject> selected = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection()) {
			selected.add((EObject) element);
		}
		if (aCase != null && !selected.isEmpty()) {
			EditCommands.delete(aCase, listFeature, selected);
		}
	}

	/**
	 * @return the table viewer (for tests)
	 */
	TableViewer viewer() {
		return viewer;
	}
}
