/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;
import nl.casustafel.ui.emf.ModelLabels;

/**
 * The standard Properties view shows the case selected in the navigator and edits it through
 * undoable commands, without ever showing protected identity.
 */
class PropertiesViewTest {

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

	@Test
	void editsTheSelectedCaseThroughAnUndoableCommand() throws Exception {
		PropertiesPage properties = PropertiesPage.show();
		NavigatorPage navigator = NavigatorPage.show();
		navigator.search("LV-02").select("LV-02");
		Case petra = demo.caseNumbered("LV-02");
		String field = ModelLabels.feature(CasebookPackage.Literals.CASE__JUDICIAL_FRAME);
		Workbench.waitUntil(() -> properties.names().contains(field),
				() -> "Properties shows the case: " + properties.names());
		String before = petra.getJudicialFrame();

		properties.edit(field, "Voorwaardelijke straf met meldplicht");

		assertEquals("Voorwaardelijke straf met meldplicht", petra.getJudicialFrame());
		CommandStack stack = demo.session().getEditingDomain().getCommandStack();
		assertTrue(stack.canUndo());
		assertEquals("Justitieel kader wijzigen", stack.getUndoCommand().getLabel());
		Workbench.processEvents();
		assertEquals("Voorwaardelijke straf met meldplicht", properties.value(field));

		stack.undo();
		Workbench.processEvents();
		assertEquals(before, petra.getJudicialFrame());
		assertEquals(before == null ? "" : before, properties.value(field), "the Properties view follows the undo");
	}

	@Test
	void editsDatesInDutchFormatAndRejectsInvalidOnes() throws Exception {
		PropertiesPage properties = PropertiesPage.show();
		NavigatorPage.show().search("LV-03").select("LV-03");
		Case sem = demo.caseNumbered("LV-03");
		String field = ModelLabels.feature(CasebookPackage.Literals.CASE__KNOWN_SINCE);
		Workbench.waitUntil(() -> properties.names().contains(field),
				() -> "Properties shows the case: " + properties.names());

		java.util.Date before = sem.getKnownSince();
		properties.edit(field, "31-02-2025");
		assertEquals(before, sem.getKnownSince(), "an impossible date is not applied");

		properties.edit(field, "1-3-2020");
		assertEquals("01-03-2020", nl.casustafel.ui.emf.DateFormats.format(sem.getKnownSince()));
		Workbench.processEvents();
		assertEquals("01-03-2020", properties.value(field));
	}

	@Test
	void neverShowsProtectedIdentity() throws Exception {
		PropertiesPage properties = PropertiesPage.show();
		NavigatorPage navigator = NavigatorPage.show();
		navigator.search("LV-01").select("LV-01");
		Workbench.waitUntil(() -> !properties.names().isEmpty(), () -> "Properties shows the case");
		var identity = demo.caseNumbered("LV-01").getSubject().getIdentity();

		assertEquals("Eigenschap", properties.tree().getColumn(0).getText(), "the Properties view speaks Dutch");
		assertEquals("Waarde", properties.tree().getColumn(1).getText());

		List<String> shown = properties.names().stream().toList();
		assertFalse(shown.isEmpty());
		for (String name : shown) {
			String value = properties.value(name);
			assertFalse(value.contains(identity.getBsn()), "no BSN in " + name);
			assertFalse(value.contains(identity.getFullName()), "no full name in " + name);
		}
	}
}
