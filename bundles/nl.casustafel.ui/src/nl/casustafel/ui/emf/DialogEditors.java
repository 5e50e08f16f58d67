/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Cell editors that open a dialog: longer texts, lists of texts, several references.
 */
public final class DialogEditors {

	private DialogEditors() {
		// factory methods only
	}

	/**
	 * @param parent    the parent control
	 * @param fieldName the field's name, for the dialog title
	 * @return a cell editor for a text of several lines
	 */
	public static DialogCellEditor multiLineText(Composite parent, String fieldName) {
		return new Editor(parent, value -> ModelLabels.text(null, value)) {
			@Override
			protected Object openDialogBox(Control cellEditorWindow) {
				TextEditDialog dialog = new TextEditDialog(cellEditorWindow.getShell(), fieldName, null,
						(String) getValue());
				if (dialog.open() != Window.OK) {
					return null;
				}
				String text = dialog.getValue();
				return text.isEmpty() ? NO_VALUE : text;
			}
		};
	}

	/**
	 * @param parent    the parent control
	 * @param fieldName the field's name, for the dialog title
	 * @return a cell editor for a list of short texts (tags), edited one per line
	 */
	public static DialogCellEditor textList(Composite parent, String fieldName) {
		return new Editor(parent, value -> ModelLabels.text(null, value)) {
			@Override
			protected Object openDialogBox(Control cellEditorWindow) {
				Collection<?> current = getValue() instanceof Collection<?> list ? list : List.of();
				String initial = current.stream().map(String::valueOf).collect(Collectors.joining("\n")); //$NON-NLS-1$
				TextEditDialog dialog = new TextEditDialog(cellEditorWindow.getShell(), fieldName,
						Messages.dialog_list_message, initial);
				if (dialog.open() != Window.OK) {
					return null;
				}
				return Arrays.stream(dialog.getValue().split("\\R")).map(String::trim).filter(s -> !s.isEmpty()) //$NON-NLS-1$
						.collect(Collectors.toCollection(ArrayList::new));
			}
		};
	}

	/**
	 * @param parent    the parent control
	 * @param fieldName the field's name, for the dialog title
	 * @param choices   the objects that may be referenced
	 * @param labels    their labels
	 * @return a cell editor for a list of references, ticked in a dialog
	 */
	public static DialogCellEditor references(Composite parent, String fieldName, List<?> choices,
			ILabelProvider labels) {
		return new Editor(parent, value -> value instanceof Collection<?> list
				? list.stream().map(labels::getText).collect(Collectors.joining(", ")) //$NON-NLS-1$
				: "") { //$NON-NLS-1$
			@Override
			protected Object openDialogBox(Control cellEditorWindow) {
				Collection<?> current = getValue() instanceof Collection<?> list ? list : List.of();
				ReferencesDialog dialog = new ReferencesDialog(cellEditorWindow.getShell(), fieldName, choices, labels,
						current);
				return dialog.open() == Window.OK ? dialog.getSelection() : null;
			}
		};
	}

	/** Marker for "the dialog emptied the value" (a dialog cell editor treats {@code null} as cancel). */
	static final Object NO_VALUE = new Object();

	private abstract static class Editor extends DialogCellEditor {

		private final Function<Object, String> labels;

		Editor(Composite parent, Function<Object, String> labels) {
			super(parent);
			this.labels = labels;
		}

		@Override
		protected void updateContents(Object value) {
			if (getDefaultLabel() != null) {
				getDefaultLabel().setText(labels.apply(value));
			}
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == NO_VALUE ? null : value);
		}
	}
}
