/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.tests;

import static nl.casustafel.tests.support.Workbench.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

import nl.casustafel.tests.support.Workbench;

/**
 * Drives the real workbench from tests (which run in the UI thread): the main window, its title
 * and menus, and whether a command is enabled. Processing events, waiting and executing commands
 * are in {@link Workbench}.
 */
final class WorkbenchDriver {

	private WorkbenchDriver() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length, "open workbench windows");
		return windows[0];
	}

	static Shell shell() {
		return window().getShell();
	}

	/** @return the main window's title as the user sees it */
	static String title() {
		processEvents();
		return shell().getText();
	}

	/** @return whether the command can be executed now (as its menu item and key binding see it) */
	static boolean isEnabled(String commandId) {
		processEvents();
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
		assertNotNull(command, commandId);
		return command.isDefined() && command.isEnabled();
	}

	/**
	 * @param menuText the text of a top-level menu without mnemonic, e.g. "Bewerken"
	 * @return the texts of its items (mnemonics and accelerators removed), after the menu was shown
	 *         as when the user opens it
	 */
	static List<String> menuItems(String menuText) {
		Menu menu = menu(shell().getMenuBar(), menuText);
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				texts.add(plain(item.getText()));
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		processEvents();
		return texts;
	}

	/**
	 * @return the item of a top-level menu whose plain text starts with the prefix, or {@code null}
	 */
	static MenuItem menuItem(String menuText, String prefix) {
		Menu menu = menu(shell().getMenuBar(), menuText);
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		for (MenuItem item : menu.getItems()) {
			if (plain(item.getText()).startsWith(prefix)) {
				return item;
			}
		}
		return null;
	}

	/**
	 * @return the texts of the items of File &gt; Recente casusboeken, as the user sees them
	 */
	static List<String> recentMenuItems() {
		return submenuItems("Bestand", "Recente casusboeken");
	}

	/**
	 * @param menuText a top-level menu, e.g. "Venster"
	 * @param prefix   the start of the plain text of one of its submenus, e.g. "Weergave tonen"
	 * @return the texts of the submenu's items, as the user sees them after opening it
	 */
	static List<String> submenuItems(String menuText, String prefix) {
		MenuItem cascade = menuItem(menuText, prefix);
		assertNotNull(cascade, menuText + " > " + prefix);
		Menu menu = cascade.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				texts.add(plain(item.getText()));
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		cascade.getParent().notifyListeners(SWT.Hide, new Event());
		processEvents();
		return texts;
	}

	private static Menu menu(Menu bar, String text) {
		for (MenuItem item : bar.getItems()) {
			if (plain(item.getText()).equals(text) && item.getMenu() != null) {
				return item.getMenu();
			}
		}
		throw new AssertionError("No menu " + text);
	}

	/** @return a menu text without mnemonic marker and accelerator */
	static String plain(String text) {
		int tab = text.indexOf('\t');
		String label = tab >= 0 ? text.substring(0, tab) : text;
		return label.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&");
	}
}
