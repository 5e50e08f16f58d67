/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import nl.casustafel.learning.ui.LearningUi;
import nl.casustafel.tests.support.Workbench;

/**
 * What a facilitator does with the widgets of the learning views, found by their
 * {@link LearningUi#WIDGET_KEY} name: read, click, choose, type. Everything else about driving the
 * workbench is in {@link Workbench}.
 */
final class Ui {

	private Ui() {
	}

	/** Lets the UI settle for a while (for screenshots). */
	static void pause(long millis) {
		long end = System.currentTimeMillis() + millis;
		Display display = Workbench.display();
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wake up
				});
				display.sleep();
			}
		}
	}

	static <T extends Widget> T get(Control root, String key, Class<T> type) {
		return Workbench.get(root, LearningUi.WIDGET_KEY, key, type);
	}

	/** @return the controls of that name and type, in tree order */
	static <T extends Control> List<T> all(Control root, String key, Class<T> type) {
		return Workbench.findAll(root, LearningUi.WIDGET_KEY, key).stream().filter(type::isInstance).map(type::cast)
				.toList();
	}

	static String text(Control root, String key) {
		Widget widget = get(root, key, Widget.class);
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
		Workbench.send(button, SWT.Selection);
	}

	/** Selects the first item of a combo that starts with the given text. */
	static void choose(Control root, String key, String prefix) {
		Combo combo = get(root, key, Combo.class);
		String[] items = combo.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].startsWith(prefix)) {
				combo.select(i);
				Workbench.send(combo, SWT.Selection);
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
		Workbench.send(text, SWT.DefaultSelection);
	}
}
