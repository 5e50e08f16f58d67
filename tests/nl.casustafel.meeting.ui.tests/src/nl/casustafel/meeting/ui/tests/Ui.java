/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import nl.casustafel.meeting.ui.MeetingUi;
import nl.casustafel.tests.support.Workbench;

/**
 * Finds the widgets of the casusoverleg by their {@link MeetingUi#WIDGET_KEY} name and uses them as
 * a person would: click, type, Enter, read all texts. Everything else about driving the workbench
 * is in {@link Workbench}.
 */
final class Ui {

	private Ui() {
	}

	/** Processes events for a while (asynchronous refreshes, layouts). */
	static void settle() {
		long end = System.currentTimeMillis() + 150;
		Display display = Workbench.display();
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
		Workbench.processEvents();
	}

	/**
	 * @return the first widget of that name under the control; fails when there is none
	 */
	@SuppressWarnings("unchecked")
	static <W extends Widget> W find(Control root, String name) {
		return (W) Workbench.get(root, MeetingUi.WIDGET_KEY, name, Widget.class);
	}

	/** Every text a person could read in a window: labels, buttons, fields, tables, title. */
	static List<String> texts(Composite root) {
		List<String> texts = new ArrayList<>();
		if (root instanceof Shell shell) {
			texts.add(shell.getText());
		}
		collect(root, texts);
		return texts;
	}

	private static void collect(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label l) {
				texts.add(l.getText());
			} else if (child instanceof Button b) {
				texts.add(b.getText());
			} else if (child instanceof Text t) {
				texts.add(t.getText());
			} else if (child instanceof StyledText t) {
				texts.add(t.getText());
			} else if (child instanceof Combo c) {
				texts.add(c.getText());
			} else if (child instanceof Table table) {
				for (TableItem item : table.getItems()) {
					for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
						texts.add(item.getText(i));
					}
				}
			}
			if (child.getToolTipText() != null) {
				texts.add(child.getToolTipText());
			}
			if (child instanceof Composite composite) {
				collect(composite, texts);
			}
		}
	}

	static void click(Button button) {
		if (!button.isEnabled()) {
			throw new AssertionError("Button is disabled: " + button.getText());
		}
		if ((button.getStyle() & SWT.RADIO) != 0) {
			// as a mouse click does: the radio is selected and the others of its group are not
			for (Control sibling : button.getParent().getChildren()) {
				if (sibling != button && sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
					other.setSelection(false);
				}
			}
			button.setSelection(true);
		} else if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		Workbench.send(button, SWT.Selection);
	}

	/** Types into a field as a keyboard would: focus, text, then Enter. */
	static void typeAndEnter(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.setSelection(value.length());
		pressEnter(text);
	}

	static void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.setSelection(value.length());
		Workbench.processEvents();
	}

	static void pressEnter(Text text) {
		Event key = new Event();
		key.character = '\r';
		key.keyCode = SWT.CR;
		text.notifyListeners(SWT.KeyDown, key);
		text.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.processEvents();
	}
}
