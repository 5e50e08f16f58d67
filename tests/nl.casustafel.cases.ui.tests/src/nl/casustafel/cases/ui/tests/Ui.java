/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import nl.casustafel.cases.ui.CasesUi;

/**
 * Driving the real workbench from tests (which run in the UI thread): processing events, waiting,
 * finding widgets by their {@link CasesUi#WIDGET_KEY} name.
 */
final class Ui {

	private Ui() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs everything queued for the UI thread (async refreshes). */
	static void processEvents() {
		Display display = display();
		for (int i = 0; i < 1000 && display.readAndDispatch(); i++) {
			// keep going
		}
	}

	/**
	 * Processes events until the condition holds.
	 */
	static void waitUntil(BooleanSupplier condition, Supplier<String> message) {
		long end = System.currentTimeMillis() + 10_000;
		Display display = display();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("Timed out: " + message.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wake up
				});
				display.sleep();
			}
		}
	}

	/**
	 * @return the widget named {@code key} under the control, or {@code null}
	 */
	static Widget find(Control root, String key) {
		if (key.equals(root.getData(CasesUi.WIDGET_KEY))) {
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

	/**
	 * @return all controls of a type under the control
	 */
	static <T extends Control> List<T> all(Control root, Class<T> type) {
		List<T> result = new ArrayList<>();
		collect(root, type, result);
		return result;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> result) {
		if (type.isInstance(control)) {
			result.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, result);
			}
		}
	}

	/**
	 * Runs a workbench command as its menu item or key binding would (e.g. Undo).
	 */
	static void execute(String commandId) {
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		try {
			handlers.executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError("command " + commandId + " failed", e);
		}
		processEvents();
	}

	/** Sends an event as the user's action would. */
	static void send(Widget widget, int type) {
		Event event = new Event();
		widget.notifyListeners(type, event);
		processEvents();
	}
}
