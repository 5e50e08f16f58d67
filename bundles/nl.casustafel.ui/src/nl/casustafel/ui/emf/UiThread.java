/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Runs code on the user-interface thread. Model notifications and session events arrive in the
 * thread that caused them (normally the UI thread already); viewers may only be touched from the UI
 * thread.
 */
public final class UiThread {

	private UiThread() {
		// static helpers only
	}

	/**
	 * @return the workbench display, or the default display when no workbench is running
	 */
	public static Display display() {
		return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getDefault();
	}

	/**
	 * Runs the code now when called in the display's thread, else later in that thread. Does nothing
	 * when the display is gone.
	 *
	 * @param display the display
	 * @param code    what to run
	 */
	public static void run(Display display, Runnable code) {
		if (display == null || display.isDisposed()) {
			return;
		}
		if (display.getThread() == Thread.currentThread()) {
			code.run();
		} else {
			display.asyncExec(() -> {
				if (!display.isDisposed()) {
					code.run();
				}
			});
		}
	}
}
