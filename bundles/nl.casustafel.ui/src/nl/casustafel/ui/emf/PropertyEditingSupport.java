/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.swt.widgets.Composite;

/**
 * Edits one feature of the rows of a table in place, with the same cell editors as the Properties
 * view ({@link PropertyEditors}); every change is an EMF command ({@link EditCommands#set}).
 */
public class PropertyEditingSupport extends EditingSupport {

	private final EStructuralFeature feature;

	private final AdapterFactory adapterFactory;

	private final boolean singleLine;

	private CellEditor editor;

	private Consumer<String> errorReporter = message -> {
		// ignored by default
	};

	/**
	 * @param viewer         the table or tree viewer whose rows are model objects
	 * @param feature        the feature edited in this column
	 * @param adapterFactory for labels
	 * @param singleLine     edit long texts in the cell rather than in a dialog
	 */
	public PropertyEditingSupport(ColumnViewer viewer, EStructuralFeature feature, AdapterFactory adapterFactory,
			boolean singleLine) {
		super(viewer);
		this.feature = feature;
		this.adapterFactory = adapterFactory;
		this.singleLine = singleLine;
		viewer.getControl().addDisposeListener(event -> {
			if (editor != null) {
				editor.dispose();
				editor = null;
			}
		});
	}

	/**
	 * Sets who is told about invalid input (e.g. "'31-02-2026' is geen geldige datum…"): called with
	 * the message while the input is invalid and with {@code null} when it is valid again or the edit
	 * ends.
	 *
	 * @param reporter the receiver of error messages
	 */
	public void setErrorReporter(Consumer<String> reporter) {
		this.errorReporter = reporter;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		if (editor != null) {
			editor.dispose();
			editor = null;
		}
		EObject object = (EObject) element;
		IItemPropertyDescriptor descriptor = null;
		if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source) {
			descriptor = source.getPropertyDescriptor(object, feature);
		}
		CellEditor created = PropertyEditors.create((Composite) getViewer().getControl(), object, feature, descriptor,
				adapterFactory, singleLine);
		if (created != null) {
			created.addListener(new ICellEditorListener() {
				@Override
				public void editorValueChanged(boolean oldValidState, boolean newValidState) {
					errorReporter.accept(newValidState ? null : created.getErrorMessage());
				}

				@Override
				public void cancelEditor() {
					errorReporter.accept(null);
				}

				@Override
				public void applyEditorValue() {
					errorReporter.accept(created.isValueValid() ? null : created.getErrorMessage());
				}
			});
		}
		editor = created;
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof EObject object && feature.getEContainingClass().isInstance(object)
				&& EditingDomains.isEditable(object);
	}

	@Override
	protected Object getValue(Object element) {
		return ((EObject) element).eGet(feature);
	}

	@Override
	protected void setValue(Object element, Object value) {
		EditCommands.set((EObject) element, feature, value);
	}
}
