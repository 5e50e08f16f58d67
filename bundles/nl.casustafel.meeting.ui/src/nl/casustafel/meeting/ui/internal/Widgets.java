/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionAdapter;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import nl.casustafel.meeting.ui.MeetingUi;

/** Small SWT helpers shared by the views of this bundle. */
final class Widgets {

	private Widgets() {
	}

	static <W extends Widget> W name(W widget, String name) {
		widget.setData(MeetingUi.WIDGET_KEY, name);
		return widget;
	}

	static Button button(Composite parent, String text, String name, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		name(button, name);
		button.addSelectionListener(new SelectionAdapter() {
			@Override
			public void widgetSelected(SelectionEvent e) {
				action.run();
			}
		});
		return button;
	}

	static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	static TableViewerColumn column(TableViewer viewer, String title, int width, java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply(element);
				return value == null ? "" : value; //$NON-NLS-1$
			}
		});
		return column;
	}

	/**
	 * Applies a text field's content when it loses focus or the user presses Enter in a single-line
	 * field (Ctrl+Enter in a multi-line one), not on every keystroke: one undoable command per edit.
	 */
	static void onCommit(Text text, Consumer<String> apply) {
		text.addListener(SWT.FocusOut, e -> apply.accept(text.getText()));
		text.addListener(SWT.DefaultSelection, e -> apply.accept(text.getText()));
		text.addListener(SWT.KeyDown, e -> {
			if ((e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
				apply.accept(text.getText());
				e.doit = false;
			}
		});
	}

	static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
