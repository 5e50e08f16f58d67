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
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.internal.navigator.CaseRows;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Case;
import nl.casustafel.model.CaseStatus;
import nl.casustafel.model.Involvement;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;
import nl.casustafel.ui.emf.ModelLabels;

/**
 * Narrowing the navigator: by status, municipality, partner and search text.
 */
class NavigatorFilterTest {

	@TempDir
	Path temp;

	private DemoCasebook demo;

	private NavigatorPage navigator;

	@BeforeEach
	void openDemoCasebook() throws Exception {
		demo = DemoCasebook.create(temp);
		navigator = NavigatorPage.show().clearFilters();
	}

	@AfterEach
	void closeDemoCasebook() {
		navigator.clearFilters();
		demo.close();
	}

	private List<String> expected(Predicate<Case> filter) {
		return CasebookLists.resolved(demo.session().getCasebook().getCases()).stream().filter(filter)
				.map(Case::getCaseNumber).sorted(CaseRows.NATURAL).toList();
	}

	private static String municipalityOf(Case aCase) {
		return aCase.getSubject() == null || aCase.getSubject().getMunicipality() == null ? ""
				: aCase.getSubject().getMunicipality().getName();
	}

	@Test
	void filtersByStatus() {
		navigator.chooseStatus(ModelLabels.literal(CaseStatus.PRIORITY));

		List<String> expected = expected(c -> c.getStatus() == CaseStatus.PRIORITY);
		assertFalse(expected.isEmpty());
		assertEquals(expected, navigator.caseNumbers());
		assertTrue(navigator.column(2).stream().allMatch("Prioriteit"::equals), "status shown in Dutch");
		assertEquals(expected.size() + " van 15 casussen", navigator.countText());
	}

	@Test
	void filtersByMunicipality() {
		navigator.chooseMunicipality("Brakelmeer");

		List<String> expected = expected(c -> "Brakelmeer".equals(municipalityOf(c)));
		assertFalse(expected.isEmpty());
		assertEquals(expected, navigator.caseNumbers());
	}

	@Test
	void combinesStatusMunicipalityAndSearch() {
		navigator.chooseMunicipality("Lindeveld").chooseStatus(ModelLabels.literal(CaseStatus.ACTIVE));
		List<String> expected = expected(c -> "Lindeveld".equals(municipalityOf(c)) && c.getStatus() == CaseStatus.ACTIVE);
		assertEquals(expected, navigator.caseNumbers());

		navigator.search("LV-1");
		assertEquals(expected.stream().filter(n -> n.startsWith("LV-1")).toList(), navigator.caseNumbers());
	}

	@Test
	void filtersByPartner() {
		navigator.choosePartner("Lindestroom");

		List<String> expected = expected(c -> c.getInvolvements().stream().map(Involvement::getOrganisation)
				.anyMatch(o -> o != null && "Lindestroom".equals(o.getName())));
		assertFalse(expected.isEmpty());
		assertEquals(expected, navigator.caseNumbers());
	}

	@Test
	void listFollowsEditsAndUndo() {
		navigator.chooseStatus(ModelLabels.literal(CaseStatus.CLOSED));
		List<String> closed = navigator.caseNumbers();

		Case robin = demo.caseNumbered("LV-01");
		var domain = demo.session().getEditingDomain();
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, robin,
				nl.casustafel.model.CasebookPackage.Literals.CASE__STATUS, CaseStatus.CLOSED));
		Workbench.processEvents();
		assertTrue(navigator.caseNumbers().contains("LV-01"), "a case closed elsewhere appears under Closed");

		domain.getCommandStack().undo();
		Workbench.processEvents();
		assertEquals(closed, navigator.caseNumbers());
	}
}
