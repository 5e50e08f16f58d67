/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import nl.casustafel.learning.ui.LearningUi;

/** Driving the real workbench from tests (which run in the UI thread). */
final class Ui {

	private Ui() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static void processEvents() {
		Display display = display();
		for (int i = 0; i < 2000 && display.readAndDispatch(); i++) {
			// keep going
		}
	}

	static void waitUntil(BooleanSupplier condition, String message) {
		long end = System.currentTimeMillis() + 10_000;
		Display display = display();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("Timed out: " + message);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wake up
				});
				display.sleep();
			}
		}
	}

	/** Lets the UI settle for a while (for screenshots). */
	static void pause(long millis) {
		long end = System.currentTimeMillis() + millis;
		Display display = display();
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wake up
				});
				display.sleep();
			}
		}
	}

	static Widget find(Control root, String key) {
		if (key.equals(root.getData(LearningUi.WIDGET_KEY))) {
			return root;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Widget found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static <T extends Widget> T get(Control root, String key, Class<T> type) {
		Widget widget = find(root, key);
		if (widget == null) {
			fail("No widget named " + key);
		}
		return type.cast(widget);
	}

	static <T extends Control> List<T> all(Control root, String key, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, key, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, String key, Class<T> type, List<T> found) {
		if (type.isInstance(control) && key.equals(control.getData(LearningUi.WIDGET_KEY))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, key, type, found);
			}
		}
	}

	static String text(Control root, String key) {
		Widget widget = find(root, key);
		if (widget instanceof Label label) {
			return label.getText();
		}
		if (widget instanceof Text text) {
			return text.getText();
		}
		if (widget instanceof Button button) {
			return button.getText();
		}
		fail("No text widget named " + key);
		return null;
	}

	static void click(Control root, String key) {
		Button button = get(root, key, Button.class);
		if (!button.isEnabled()) {
			fail("Button " + key + " is disabled");
		}
		if ((button.getStyle() & (SWT.TOGGLE | SWT.CHECK)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		processEvents();
	}

	/** Selects the first item of a combo that starts with the given text. */
	static void choose(Control root, String key, String prefix) {
		Combo combo = get(root, key, Combo.class);
		String[] items = combo.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].startsWith(prefix)) {
				combo.select(i);
				combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				processEvents();
				return;
			}
		}
		fail("No item starting with " + prefix + " in " + key + ": " + List.of(items));
	}

	static String selected(Control root, String key) {
		Combo combo = get(root, key, Combo.class);
		return combo.getSelectionIndex() < 0 ? null : combo.getItem(combo.getSelectionIndex());
	}

	/** Types into a text field and presses Enter. */
	static void enter(Control root, String key, String value) {
		Text text = get(root, key, Text.class);
		text.setText(value);
		text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		processEvents();
	}
}
