/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import nl.casustafel.reflection.ui.ReflectionUi;
import nl.casustafel.reflection.ui.internal.ReflectionView;
import nl.casustafel.tests.support.Workbench;

/**
 * The Reflection view as a user sees and uses it: through its widgets.
 */
final class ReflectionViewPage {

	private final ReflectionView view;

	private ReflectionViewPage(ReflectionView view) {
		this.view = view;
	}

	static ReflectionViewPage open() {
		return new ReflectionViewPage(Workbench.showView(ReflectionUi.VIEW_ID));
	}

	ReflectionView view() {
		return view;
	}

	private Control root() {
		return view.getControl();
	}

	<T extends Control> T widget(String name, Class<T> type) {
		Workbench.processEvents();
		return Workbench.get(root(), ReflectionUi.WIDGET_KEY, name, type);
	}

	/** @return the header (what is being reflected on), empty when hidden */
	String target() {
		Label label = widget("target", Label.class);
		return label.getVisible() ? label.getText() : "";
	}

	String message() {
		Label label = widget("message", Label.class);
		return label.getVisible() ? label.getText() : "";
	}

	/** @return the titles of the offered question sets, in order */
	List<String> sets() {
		Combo combo = widget("filter.set", Combo.class);
		return combo.getParent().getVisible() ? List.of(combo.getItems()) : List.of();
	}

	String selectedSet() {
		Combo combo = widget("filter.set", Combo.class);
		return combo.getSelectionIndex() < 0 ? "" : combo.getItem(combo.getSelectionIndex());
	}

	void chooseSet(String title) {
		choose("filter.set", title);
	}

	void chooseTheme(String title) {
		choose("filter.theme", title);
	}

	void chooseLevel(String title) {
		choose("filter.level", title);
	}

	void chooseTag(String tag) {
		choose("filter.tag", tag);
	}

	List<String> items(String filter) {
		return List.of(widget(filter, Combo.class).getItems());
	}

	private void choose(String name, String item) {
		Combo combo = widget(name, Combo.class);
		int index = List.of(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, item + " in " + List.of(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		Workbench.processEvents();
	}

	/** @return the question column of the table */
	List<String> questions() {
		Table table = widget("questions", Table.class);
		List<String> result = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			result.add(table.getItem(i).getText(1));
		}
		return result;
	}

	/** @return the row of a question: discussed mark, question, level, answer */
	List<String> row(int index) {
		Table table = widget("questions", Table.class);
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < table.getColumnCount(); column++) {
			cells.add(table.getItem(index).getText(column));
		}
		return cells;
	}

	void selectQuestion(int index) {
		Table table = widget("questions", Table.class);
		table.setFocus();
		table.setSelection(index);
		Event event = new Event();
		event.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, event);
		Workbench.processEvents();
	}

	String question() {
		return widget("question", Label.class).getText();
	}

	String answer() {
		return widget("answer", Text.class).getText();
	}

	String status() {
		return widget("status", Label.class).getText();
	}

	/** Types an answer (replacing the text) and presses Save. */
	void answer(String text) {
		Text answer = widget("answer", Text.class);
		answer.setFocus();
		answer.setText(text);
		Workbench.processEvents();
		click("save");
	}

	boolean discussed() {
		return widget("discussed", Button.class).getSelection();
	}

	void toggleDiscussed() {
		Button button = widget("discussed", Button.class);
		button.setSelection(!button.getSelection());
		button.notifyListeners(SWT.Selection, new Event());
		Workbench.processEvents();
	}

	void project() {
		click("project");
	}

	boolean problemsShown() {
		Link link = widget("problems", Link.class);
		return link.getParent().getVisible();
	}

	/** @return the coverage labels ("✓ Plannen", "○ Evalueren", ...) */
	List<String> coverage() {
		Composite bar = widget("coverage", Composite.class);
		List<String> result = new ArrayList<>();
		if (!bar.getVisible()) {
			return result;
		}
		for (Control child : bar.getChildren()) {
			if (child.getData(ReflectionUi.WIDGET_KEY) != null && child instanceof Label label) {
				result.add(label.getText());
			}
		}
		return result;
	}

	private void click(String name) {
		Button button = widget(name, Button.class);
		assertTrue(button.isEnabled(), name + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
		Workbench.processEvents();
	}
}
