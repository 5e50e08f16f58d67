/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

import java.util.ArrayList;
import java.util.List;

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

/** Driving SWT in tests: events, widgets by name, all visible texts. */
final class Ui {

	private Ui() {
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 1000 && display.readAndDispatch(); i++) {
			// drain
		}
	}

	/** Processes events for a while (asynchronous refreshes, layouts). */
	static void settle() {
		long end = System.currentTimeMillis() + 150;
		Display display = Display.getCurrent();
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
		processEvents();
	}

	@SuppressWarnings("unchecked")
	static <W extends Widget> W find(Composite root, String name) {
		W found = (W) findOrNull(root, name);
		if (found == null) {
			throw new AssertionError("No widget named " + name);
		}
		return found;
	}

	static Widget findOrNull(Composite root, String name) {
		if (name.equals(root.getData(MeetingUi.WIDGET_KEY))) {
			return root;
		}
		for (Control child : root.getChildren()) {
			if (name.equals(child.getData(MeetingUi.WIDGET_KEY))) {
				return child;
			}
			if (child instanceof Composite composite) {
				Widget found = findOrNull(composite, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
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
		if ((button.getStyle() & org.eclipse.swt.SWT.RADIO) != 0) {
			// as a mouse click does: the radio is selected and the others of its group are not
			for (Control sibling : button.getParent().getChildren()) {
				if (sibling != button && sibling instanceof Button other && (other.getStyle() & org.eclipse.swt.SWT.RADIO) != 0) {
					other.setSelection(false);
				}
			}
			button.setSelection(true);
		} else if ((button.getStyle() & org.eclipse.swt.SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(org.eclipse.swt.SWT.Selection, new Event());
		processEvents();
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
		processEvents();
	}

	static void pressEnter(Text text) {
		Event key = new Event();
		key.character = '\r';
		key.keyCode = org.eclipse.swt.SWT.CR;
		text.notifyListeners(org.eclipse.swt.SWT.KeyDown, key);
		text.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new Event());
		processEvents();
	}
}
