/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.cases.ui.internal.editor.CaseEditor;
import nl.casustafel.cases.ui.internal.navigator.CasesView;
import nl.casustafel.tests.support.Workbench;

/**
 * Page object of the cases navigator (<i>Casussen</i>): what a chair does with it.
 */
final class NavigatorPage {

	private final CasesView view;

	private NavigatorPage(CasesView view) {
		this.view = view;
	}

	static NavigatorPage show() throws PartInitException {
		CasesView view = (CasesView) Workbench.page().showView(CasesUi.NAVIGATOR_VIEW_ID);
		Workbench.processEvents();
		return new NavigatorPage(view);
	}

	CasesView view() {
		return view;
	}

	private Control root() {
		return view.getSite().getShell();
	}

	Table table() {
		return Ui.get(root(), "navigator.table", Table.class);
	}

	/** Types into the search field. */
	NavigatorPage search(String text) {
		Text search = Ui.get(root(), "navigator.search", Text.class);
		search.setFocus();
		search.setText(text);
		Workbench.processEvents();
		return this;
	}

	NavigatorPage chooseStatus(String label) {
		return choose("navigator.filter.status", label);
	}

	NavigatorPage chooseMunicipality(String label) {
		return choose("navigator.filter.municipality", label);
	}

	NavigatorPage choosePartner(String label) {
		return choose("navigator.filter.partner", label);
	}

	private NavigatorPage choose(String key, String label) {
		Combo combo = Ui.get(root(), key, Combo.class);
		int index = combo.indexOf(label);
		assertTrue(index >= 0, () -> "'" + label + "' is offered in " + key + ": " + List.of(combo.getItems()));
		combo.select(index);
		Workbench.send(combo, SWT.Selection);
		return this;
	}

	/** Resets every filter to "all". */
	NavigatorPage clearFilters() {
		for (String key : List.of("navigator.filter.status", "navigator.filter.municipality", "navigator.filter.partner")) {
			Combo combo = Ui.get(root(), key, Combo.class);
			combo.select(0);
			Workbench.send(combo, SWT.Selection);
		}
		return search("");
	}

	/** @return the case numbers listed, top to bottom */
	List<String> caseNumbers() {
		return column(0);
	}

	/** @return the texts of one column, top to bottom */
	List<String> column(int index) {
		Table table = table();
		List<String> result = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			result.add(table.getItem(i).getText(index));
		}
		return result;
	}

	String countText() {
		return Ui.get(root(), "navigator.count", Label.class).getText();
	}

	/** Clicks the row of a case. */
	NavigatorPage select(String caseNumber) {
		Table table = table();
		int index = caseNumbers().indexOf(caseNumber);
		assertTrue(index >= 0, () -> caseNumber + " is listed: " + caseNumbers());
		Workbench.page().activate(view);
		table.setFocus();
		table.setSelection(index);
		Event event = new Event();
		event.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, event);
		Workbench.processEvents();
		return this;
	}

	/** Double-clicks (or presses Enter on) the row of a case and returns its editor. */
	CaseEditorPage open(String caseNumber) {
		select(caseNumber);
		Table table = table();
		Event event = new Event();
		event.item = table.getItem(table.getSelectionIndex());
		table.notifyListeners(SWT.DefaultSelection, event);
		Workbench.waitUntil(() -> Workbench.page().getActiveEditor() instanceof CaseEditor editor
				&& caseNumber.equals(editor.getCase().getCaseNumber()), () -> "editor of " + caseNumber + " opens");
		return new CaseEditorPage((CaseEditor) Workbench.page().getActiveEditor());
	}
}
