/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import nl.casustafel.cases.ui.internal.editor.CaseEditor;
import nl.casustafel.tests.support.Workbench;

/**
 * Page object of the case editor.
 */
final class CaseEditorPage {

	static final String OVERVIEW = "overview";

	static final String LIFE_DOMAINS = "lifeDomains";

	static final String INVOLVEMENTS = "involvements";

	static final String AGREEMENTS = "agreements";

	static final String TIMELINE = "timeline";

	private final CaseEditor editor;

	CaseEditorPage(CaseEditor editor) {
		this.editor = editor;
	}

	CaseEditor editor() {
		return editor;
	}

	String title() {
		return editor.getPartName();
	}

	boolean isDirty() {
		return editor.isDirty();
	}

	boolean isOpen() {
		return Workbench.page().findEditor(editor.getEditorInput()) == editor;
	}

	CaseEditorPage showPage(String pageId) {
		editor.setActivePage(pageId);
		Workbench.processEvents();
		return this;
	}

	private Control pageControl() {
		IFormPage page = editor.getActivePageInstance();
		return page.getPartControl();
	}

	ScrolledForm form() {
		return editor.getActivePageInstance().getManagedForm().getForm();
	}

	/** @return the text of a field on the current page */
	String text(String key) {
		return Ui.get(pageControl(), key, Text.class).getText();
	}

	/** Types a new text into a field and leaves it (which applies it). */
	CaseEditorPage type(String key, String value) {
		Text text = Ui.get(pageControl(), key, Text.class);
		text.setFocus();
		text.setText(value);
		Workbench.processEvents();
		Workbench.send(text, SWT.FocusOut);
		return this;
	}

	/** Types into a field without leaving it. */
	CaseEditorPage typeOnly(String key, String value) {
		Text text = Ui.get(pageControl(), key, Text.class);
		text.setFocus();
		text.setText(value);
		Workbench.processEvents();
		return this;
	}

	Table table() {
		return Ui.get(pageControl(), "editor." + editor.getActivePageInstance().getId() + ".table", Table.class);
	}

	/** @return the rows of the current page's table as cell texts */
	List<List<String>> rows() {
		Table table = table();
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				cells.add(item.getText(column));
			}
			rows.add(cells);
		}
		return rows;
	}

	void press(String key) {
		Button button = Ui.get(pageControl(), key, Button.class);
		Workbench.send(button, SWT.Selection);
	}

	/** Saves through the workbench, as File &gt; Save does. */
	void save() {
		Workbench.page().saveEditor(editor, false);
		Workbench.processEvents();
	}
}
