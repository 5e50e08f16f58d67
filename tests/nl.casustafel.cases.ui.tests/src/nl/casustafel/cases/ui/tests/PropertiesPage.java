/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;

import nl.casustafel.tests.support.Workbench;

/**
 * Page object of the standard Properties view.
 */
final class PropertiesPage {

	private final PropertySheet sheet;

	private PropertiesPage(PropertySheet sheet) {
		this.sheet = sheet;
	}

	/** Makes the Properties view visible without activating it (it follows the active part). */
	static PropertiesPage show() throws PartInitException {
		PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET, null,
				IWorkbenchPage.VIEW_VISIBLE);
		Workbench.processEvents();
		return new PropertiesPage(sheet);
	}

	Tree tree() {
		return (Tree) sheet.getCurrentPage().getControl();
	}

	/** @return the property names shown */
	List<String> names() {
		List<String> names = new ArrayList<>();
		collect(tree().getItems(), names);
		return names;
	}

	private static void collect(TreeItem[] items, List<String> names) {
		for (TreeItem item : items) {
			names.add(item.getText(0));
			collect(item.getItems(), names);
		}
	}

	private TreeItem item(String name) {
		TreeItem found = find(tree().getItems(), name);
		assertNotNull(found, () -> "property " + name + " in " + names());
		return found;
	}

	private static TreeItem find(TreeItem[] items, String name) {
		for (TreeItem item : items) {
			if (name.equals(item.getText(0))) {
				return item;
			}
			TreeItem nested = find(item.getItems(), name);
			if (nested != null) {
				return nested;
			}
		}
		return null;
	}

	String value(String name) {
		return item(name).getText(1);
	}

	/** Clicks a property's value, types a new text into its cell editor and presses Enter. */
	void edit(String name, String newText) {
		Tree tree = tree();
		TreeItem item = item(name);
		tree.showItem(item);
		tree.setSelection(item);
		Event select = new Event();
		select.item = item;
		tree.notifyListeners(SWT.Selection, select);
		Rectangle bounds = item.getBounds(1);
		Event click = new Event();
		click.button = 1;
		click.x = bounds.x + bounds.width / 2;
		click.y = bounds.y + bounds.height / 2;
		tree.notifyListeners(SWT.MouseDown, click);
		Workbench.processEvents();
		List<Text> editors = Workbench.all(tree, Text.class);
		assertEquals(1, editors.size(), "one text cell editor is open");
		Text text = editors.get(0);
		text.setText(newText);
		Workbench.processEvents();
		Workbench.send(text, SWT.DefaultSelection);
	}
}
