/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Drives the running workbench the way a user would, for UI tests on the UI thread. Widgets are
 * found by the name Casustafel's views give them with {@code setData(<bundle>.widget, name)}.
 */
public final class Workbench {

	/** How long {@link #waitUntil} waits (generous: a loaded build machine is slow). */
	private static final long TIMEOUT_MILLIS = 20_000;

	/** At most this many events per {@link #processEvents}, so that a repeating one cannot hang it. */
	private static final int MAX_EVENTS = 10_000;

	private Workbench() {
	}

	/**
	 * @return the workbench's display
	 */
	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/**
	 * @return the active page of the active window
	 */
	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/**
	 * @return the shell of the active workbench window
	 */
	public static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** Runs everything queued for the UI thread (async refreshes). */
	public static void processEvents() {
		Display display = display();
		for (int i = 0; i < MAX_EVENTS && display.readAndDispatch(); i++) {
			// keep going
		}
	}

	/**
	 * Processes events until the condition holds, or fails after twenty seconds.
	 *
	 * @param condition what must become true
	 * @param message   what was expected, for the failure
	 */
	public static void waitUntil(BooleanSupplier condition, Supplier<String> message) {
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		Display display = display();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("Timed out: " + message.get()); //$NON-NLS-1$
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
	 * Shows a view, opening it when needed, and activates it (as Window &gt; Show View does).
	 *
	 * @param <T> the view's class
	 * @param id  the view's id
	 * @return the view, after the events its opening queued were processed
	 */
	@SuppressWarnings("unchecked")
	public static <T extends IViewPart> T showView(String id) {
		try {
			T view = (T) page().showView(id);
			processEvents();
			return view;
		} catch (PartInitException e) {
			throw new AssertionError("view " + id + " does not open", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * @param root    where to look
	 * @param dataKey the data key of the widget names (e.g. {@code CasesUi.WIDGET_KEY})
	 * @param name    the widget's name
	 * @return all widgets of that name under the control, in tree order
	 */
	public static List<Control> findAll(Control root, String dataKey, String name) {
		List<Control> found = new ArrayList<>();
		collect(root, control -> name.equals(control.getData(dataKey)), found);
		return found;
	}

	/**
	 * @param <T>     the widget type
	 * @param root    where to look
	 * @param dataKey the data key of the widget names
	 * @param name    the widget's name
	 * @param type    the widget's type
	 * @return the first widget of that name; fails when there is none
	 */
	public static <T extends Widget> T get(Control root, String dataKey, String name, Class<T> type) {
		List<Control> found = findAll(root, dataKey, name);
		if (found.isEmpty()) {
			throw new AssertionError("No widget named " + name); //$NON-NLS-1$
		}
		return type.cast(found.get(0));
	}

	/**
	 * @param <T>  the control type
	 * @param root where to look
	 * @param type the type
	 * @return all controls of the type under the control, in tree order
	 */
	public static <T extends Control> List<T> all(Control root, Class<T> type) {
		List<Control> found = new ArrayList<>();
		collect(root, type::isInstance, found);
		return found.stream().map(type::cast).toList();
	}

	private static void collect(Control control, java.util.function.Predicate<Control> test, List<Control> result) {
		if (test.test(control)) {
			result.add(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, test, result);
			}
		}
	}

	/**
	 * Runs a workbench command as its menu item or key binding would (e.g. Undo).
	 *
	 * @param commandId the command
	 */
	public static void execute(String commandId) {
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		try {
			handlers.executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError("command " + commandId + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		processEvents();
	}

	/**
	 * Sends an event as the user's action would.
	 *
	 * @param widget the widget
	 * @param type   the event type, e.g. {@code SWT.Selection}
	 */
	public static void send(Widget widget, int type) {
		widget.notifyListeners(type, new Event());
		processEvents();
	}
}
