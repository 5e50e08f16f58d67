/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.cases.ui.internal.directory.DirectoryView;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * The directory of organisations and professionals: grouped by logic, searchable.
 */
class DirectoryViewTest {

	@TempDir
	Path temp;

	private DemoCasebook demo;

	private DirectoryView view;

	@BeforeEach
	void openDemoCasebook() throws Exception {
		demo = DemoCasebook.create(temp);
		view = (DirectoryView) Workbench.page().showView(CasesUi.DIRECTORY_VIEW_ID);
		Workbench.processEvents();
	}

	@AfterEach
	void closeDemoCasebook() {
		search("");
		demo.close();
	}

	private Tree tree() {
		return Ui.get(view.getSite().getShell(), "directory.tree", Tree.class);
	}

	private void search(String text) {
		Ui.get(view.getSite().getShell(), "directory.search", Text.class).setText(text);
		Workbench.processEvents();
	}

	private static List<String> labels(TreeItem[] items, int depth) {
		List<String> result = new ArrayList<>();
		for (TreeItem item : items) {
			result.add("  ".repeat(depth) + item.getText(0));
			if (item.getExpanded()) {
				result.addAll(labels(item.getItems(), depth + 1));
			}
		}
		return result;
	}

	@Test
	void groupsOrganisationsByLogic() {
		List<String> groups = labels(tree().getItems(), 0);
		assertTrue(groups.stream().anyMatch(g -> g.startsWith("Zorg")), () -> "groups: " + groups);
		assertTrue(groups.stream().anyMatch(g -> g.startsWith("Justitie")), () -> "groups: " + groups);
		assertTrue(groups.stream().anyMatch(g -> g.startsWith("Gemeente")), () -> "groups: " + groups);
		assertTrue(groups.contains("  Lindestroom"), () -> "organisations under their group: " + groups);
	}

	@Test
	void searchFindsAProfessionalWithHerOrganisation() {
		search("sanne");
		List<String> shown = labels(tree().getItems(), 0);
		assertEquals(3, shown.size(), () -> "group, organisation and professional: " + shown);
		assertEquals("    Sanne de Wit", shown.get(2));
		TreeItem sanne = tree().getItems()[0].getItems()[0].getItems()[0];
		assertEquals("Voorzitter casusoverleg", sanne.getText(1), "function column");
	}
}
