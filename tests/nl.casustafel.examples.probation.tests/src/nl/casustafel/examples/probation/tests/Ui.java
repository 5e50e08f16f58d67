/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Driving the workbench from tests.
 */
final class Ui {

	private Ui() {
	}

	/** Runs what the workbench has queued (selection and model events, layouts). */
	static void processEvents() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		for (int i = 0; i < 10_000 && display.readAndDispatch(); i++) {
			// keep going
		}
	}
}
