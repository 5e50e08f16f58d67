/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.LifeDomainStatus;
import nl.casustafel.network.analysis.CaseAnalysis;
import nl.casustafel.network.analysis.CaseAnalysis.Knower;
import nl.casustafel.network.analysis.CaseAnalysis.MissingParty;
import nl.casustafel.network.analysis.CaseAnalysis.Regie;

class CaseAnalysisTest {

	private final Casebook casebook = Fixtures.region();

	private final Case aCase = Fixtures.caseT01(casebook);

	@Test
	void theCaseDirectorHasRegieWithTheHatOfTheirInvolvement() {
		Regie regie = CaseAnalysis.regie(aCase);
		assertEquals("p-vera", regie.professional().getId());
		assertEquals("vz", regie.organisation().getId());
		aCase.setCasusregisseur(null);
		assertNull(CaseAnalysis.regie(aCase), "nobody has regie");
	}

	@Test
	void knowersAreInvolvementsAndTiesMarkedSo() {
		List<Knower> knowers = CaseAnalysis.whoKnowsThePerson(aCase);
		assertEquals(3, knowers.size());
		assertEquals("p-vera", knowers.get(0).professional().getId());
		assertEquals("vz", knowers.get(0).organisation().getId());
		assertNull(knowers.get(1).professional(), "gem is involved without a named professional");
		assertEquals("gem", knowers.get(1).organisation().getId());
		assertEquals("tie-1", knowers.get(2).tie().getId());
	}

	@Test
	void aSeriousDomainNobodyCoversIsMissing() {
		// housing SEVERE: uncovered. addiction, income, justice: covered by involvements; mental health:
		// ggz is responsible; debts MILD and daytime activity UNKNOWN are no problem (yet).
		List<LifeDomainStatus> missing = CaseAnalysis.missingLifeDomains(aCase);
		assertEquals(List.of("housing"), missing.stream().map(s -> s.getDomain().getKey()).toList());
	}

	@Test
	void obligatoryPartiesAbsentFromMeetingsAboutTheCaseAreMissing() {
		// m1: woon absent, ggz excused (gem online and pol through its professional count as present);
		// m2: woon not recorded. woon missed two meetings, ggz one.
		List<MissingParty> missing = CaseAnalysis.missingParties(aCase);
		assertEquals(List.of("woon", "ggz"), missing.stream().map(p -> p.organisation().getId()).toList());
		assertEquals(List.of("m1", "m2"), missing.get(0).meetings().stream().map(m -> m.getId()).toList());
		assertEquals(List.of("m1"), missing.get(1).meetings().stream().map(m -> m.getId()).toList());
	}

	@Test
	void meetingsAboutTheCaseAreInDateOrder() {
		assertEquals(List.of("m1", "m2"), CaseAnalysis.meetingsAbout(aCase).stream().map(m -> m.getId()).toList());
	}
}
