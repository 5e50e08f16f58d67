/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Widget;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.tests.support.Workbench;

/**
 * Finds the widgets of the case work views by their {@link CasesUi#WIDGET_KEY} name; everything
 * else about driving the workbench is in {@link Workbench}.
 */
final class Ui {

	private Ui() {
	}

	/**
	 * @return the first widget of that name under the control; fails when there is none
	 */
	static <T extends Widget> T get(Control root, String name, Class<T> type) {
		return Workbench.get(root, CasesUi.WIDGET_KEY, name, type);
	}
}
