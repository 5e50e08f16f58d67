/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import nl.casustafel.reflection.ui.ReflectionUi;

/**
 * Driving the workbench from tests.
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

	static void processEvents() {
		Display display = display();
		for (int i = 0; i < 10_000 && display.readAndDispatch(); i++) {
			// keep going
		}
	}

	static void waitUntil(BooleanSupplier condition, Supplier<String> message) {
		long end = System.currentTimeMillis() + 20_000;
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

	@SuppressWarnings("unchecked")
	static <T> T showView(String id) {
		try {
			T view = (T) page().showView(id);
			processEvents();
			return view;
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	/** Executes a command as its key binding would. */
	static void execute(String commandId) {
		try {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
					.executeCommand(commandId, null);
		} catch (CommandException e) {
			throw new AssertionError("Executing " + commandId + ": " + e, e);
		}
		processEvents();
	}

	/** Finds a widget tagged with {@link ReflectionUi#WIDGET_KEY}. */
	static <T extends Control> T find(Control root, String name, Class<T> type) {
		T found = findOrNull(root, name, type);
		assertNotNull(found, "widget " + name);
		return found;
	}

	static <T extends Control> T findOrNull(Control root, String name, Class<T> type) {
		if (name.equals(root.getData(ReflectionUi.WIDGET_KEY)) && type.isInstance(root)) {
			return type.cast(root);
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = findOrNull(child, name, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
