/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.model.ProtectedIdentity;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;
import nl.casustafel.ui.emf.DateFormats;

/**
 * On the projector the navigator and the case editor show pseudonyms and case numbers only: no BSN,
 * name, address or birth date on any page.
 */
class PrivacyTest {

	@TempDir
	Path temp;

	private DemoCasebook demo;

	@BeforeEach
	void openDemoCasebook() throws Exception {
		demo = DemoCasebook.create(temp);
	}

	@AfterEach
	void closeDemoCasebook() {
		demo.close();
	}

	private static List<String> texts(Control root) {
		List<String> texts = new ArrayList<>();
		for (Text text : Workbench.all(root, Text.class)) {
			texts.add(text.getText());
		}
		for (Label label : Workbench.all(root, Label.class)) {
			texts.add(label.getText());
		}
		for (Table table : Workbench.all(root, Table.class)) {
			for (TableItem item : table.getItems()) {
				for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
					texts.add(item.getText(column));
				}
			}
		}
		return texts;
	}

	@Test
	void navigatorAndEditorShowNoProtectedIdentity() throws Exception {
		NavigatorPage navigator = NavigatorPage.show();
		ProtectedIdentity identity = demo.caseNumbered("LV-01").getSubject().getIdentity();
		List<String> secrets = List.of(identity.getBsn(), identity.getFullName(), identity.getAddress(),
				DateFormats.format(identity.getBirthDate()));

		List<String> shown = new ArrayList<>(texts(navigator.table()));
		CaseEditorPage editor = navigator.search("LV-01").open("LV-01");
		for (String page : List.of(CaseEditorPage.OVERVIEW, CaseEditorPage.LIFE_DOMAINS, CaseEditorPage.INVOLVEMENTS,
				CaseEditorPage.AGREEMENTS, CaseEditorPage.TIMELINE)) {
			editor.showPage(page);
			shown.addAll(texts(editor.editor().getActivePageInstance().getPartControl()));
		}
		shown.add(editor.title());

		for (String text : shown) {
			for (String secret : secrets) {
				assertFalse(text.contains(secret), () -> "'" + text + "' shows protected identity");
			}
		}
	}
}
