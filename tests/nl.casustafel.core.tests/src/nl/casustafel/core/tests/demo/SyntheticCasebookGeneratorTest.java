/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.casustafel.core.demo.DefaultVocabulary;
import nl.casustafel.core.demo.SyntheticCasebookGenerator;
import nl.casustafel.core.validation.CasebookValidation;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Identifiable;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.ProtectedIdentity;

/**
 * The synthetic generator is reproducible, proportional, valid and fictional.
 */
class SyntheticCasebookGeneratorTest {

	@Test
	void sameSeedGivesAnEqualCasebook() {
		Casebook first = new SyntheticCasebookGenerator(7).generate(300);
		Casebook second = new SyntheticCasebookGenerator(7).generate(300);
		assertTrue(EcoreUtil.equals(first, second), "same seed and size must give an equal casebook");
		assertEquals(ids(first), ids(second));
	}

	@Test
	void otherSeedGivesAnotherCasebook() {
		Casebook first = new SyntheticCasebookGenerator(7).generate(300);
		Casebook other = new SyntheticCasebookGenerator(8).generate(300);
		assertFalse(EcoreUtil.equals(first, other));
		assertEquals(first.getCases().size(), other.getCases().size());
	}

	@Test
	void generatorCanBeReused() {
		SyntheticCasebookGenerator generator = new SyntheticCasebookGenerator(3);
		assertTrue(EcoreUtil.equals(generator.generate(120), generator.generate(120)));
	}

	@ParameterizedTest
	@CsvSource({ "0, 12", "100, 12", "144, 12", "1000, 83", "2400, 200" })
	void organisationsAreProportional(int cases, int organisations) {
		assertEquals(organisations, SyntheticCasebookGenerator.organisationCount(cases));
		if (cases <= 2400) {
			Casebook book = new SyntheticCasebookGenerator(1).generate(cases);
			assertEquals(cases, book.getCases().size());
			assertEquals(organisations, book.getOrganisations().size());
			int professionals = book.getProfessionals().size();
			assertTrue(professionals >= 2 * organisations && professionals <= 5 * organisations,
					professionals + " professionals for " + organisations + " organisations");
			assertEquals(SyntheticCasebookGenerator.seriesCount(cases), book.getMeetingSeries().size());
			assertEquals(16, book.getLifeDomains().size());
		}
	}

	@Test
	void casebookHasRealisticContent() {
		Casebook book = new SyntheticCasebookGenerator(42).generate(1000);
		int agreements = 0;
		for (Case c : book.getCases()) {
			assertNotNull(c.getSubject(), c.getCaseNumber());
			assertNotNull(c.getReason(), c.getCaseNumber());
			assertNotNull(c.getQuestion(), c.getCaseNumber());
			assertNotNull(c.getCasusregisseur(), c.getCaseNumber());
			assertTrue(c.getLifeDomains().size() >= 3, c.getCaseNumber());
			assertTrue(c.getInvolvements().size() >= 2, c.getCaseNumber());
			assertTrue(c.getTimeline().size() >= 2, c.getCaseNumber());
			assertTrue(DefaultVocabulary.PHASES.containsKey(c.getPhase()), c.getPhase());
			agreements += c.getAgreements().size();
		}
		assertTrue(agreements > 2 * book.getCases().size(), agreements + " agreements");
		assertTrue(book.getRelations().size() >= 2 * book.getOrganisations().size());
		assertFalse(book.getCovenants().isEmpty());
		assertFalse(book.getPolicySignals().isEmpty());
		assertTrue(book.getSubjects().size() > book.getCases().size(), "households come on top of persons");
		assertTrue(book.getCases().stream().anyMatch(c -> !c.getLinkedCases().isEmpty()));

		int caseItems = 0;
		for (Meeting m : book.getMeetings()) {
			assertNotNull(m.getDate());
			assertNotNull(m.getType());
			List<AgendaItem> items = m.getItems().stream().filter(i -> i.getKind() == AgendaItemKind.CASE).toList();
			assertTrue(items.size() <= SyntheticCasebookGenerator.MAX_CASE_ITEMS_PER_MEETING,
					m.getId() + " has " + items.size() + " case items");
			for (AgendaItem item : items) {
				assertNotNull(item.getCase());
				assertSame(book, item.getCase().eContainer());
			}
			caseItems += items.size();
		}
		assertTrue(caseItems >= book.getCases().size(), "every case is discussed about once or more");
		for (Organisation o : book.getOrganisations()) {
			assertTrue(DefaultVocabulary.ORGANISATION_TYPES.containsKey(o.getType()), o.getType());
			assertFalse(o.getInterventions().isEmpty(), o.getName());
		}
	}

	@Test
	void casebookValidatesWithoutProblems() {
		Casebook book = new SyntheticCasebookGenerator(11).generate(500);
		DemoRegionTest.inResource(book);
		Diagnostic result = CasebookValidation.validate(book);
		assertEquals(List.of(), CasebookValidation.problems(result).stream().limit(10).map(Diagnostic::getMessage).toList());
	}

	@Test
	void identitiesAreFakeByConstruction() {
		Casebook book = new SyntheticCasebookGenerator(5).generate(400);
		for (ProtectedIdentity identity : book.getIdentities()) {
			assertFalse(DemoRegionTest.passesElevenTest(identity.getBsn()), identity.getBsn());
			assertTrue(identity.getAddress().matches(".*\\b0\\d{3} [A-Z]{2}\\b.*"), identity.getAddress());
		}
	}

	@Test
	void tenThousandCasesInSeconds() {
		// Not a benchmark: a guard against accidental quadratic behaviour, with a generous limit.
		Casebook book = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> new SyntheticCasebookGenerator(42).generate(10_000));
		assertEquals(10_000, book.getCases().size());
		assertEquals(833, book.getOrganisations().size());
	}

	private static Set<String> ids(Casebook book) {
		Set<String> ids = new HashSet<>();
		for (TreeIterator<EObject> it = book.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identifiable identifiable) {
				assertTrue(ids.add(identifiable.getId()), "duplicate id " + identifiable.getId());
			}
		}
		return ids;
	}
}
