/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.Identifiable;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Person;

/**
 * A casebook written and read back is the same casebook, stored in the documented layout.
 */
class RoundTripTest extends StorageTestSupport {

	@Test
	void savedCasebookReadsBackEqual() throws Exception {
		Path folder = createBook();

		CasebookSession session = open(folder, OpenMode.READ_WRITE);

		assertEquals(List.of(), session.problems());
		assertFalse(session.isDirty());
		Casebook expected = TestCasebooks.build(CASES);
		Casebook actual = session.getCasebook();
		assertEquals(CASES, actual.getCases().size());
		assertEquals(0, CasebookLists.unresolvedCount(actual.getCases()));
		assertTrue(EcoreUtil.equals(expected, actual), "the casebook read back differs from the one written");
	}

	@Test
	void referencesAcrossFilesResolve() throws Exception {
		Path folder = createBook();

		Casebook book = open(folder, OpenMode.READ_ONLY).getCasebook();

		Case last = findCase(book, caseId(CASES - 1));
		Person subject = (Person) last.getSubject();
		assertEquals("Pseudo " + (CASES - 1), subject.getPseudonym());
		assertSame(book, subject.eContainer(), "subjects are contained by the casebook");
		assertEquals("Fictief Persoon " + (CASES - 1), subject.getIdentity().getFullName());
		assertSame(book.getLifeDomains().get(0).eResource(), book.eResource(), "small lists stay in the root file");
		Meeting meeting = book.getMeetings().get(0);
		assertSame(findCase(book, caseId(0)), meeting.getItems().get(0).getCase());
		assertSame(findCase(book, caseId(1)), findCase(book, caseId(0)).getLinkedCases().get(0));
	}

	@Test
	void filesFollowTheDocumentedLayout() throws Exception {
		Path folder = createBook();

		Set<String> files = snapshot(folder).keySet();

		assertTrue(files.contains("casebook.xmi"));
		for (int shard = 0; shard < CASES / CAPACITY; shard++) {
			assertTrue(files.contains(String.format("cases/cases-%03d.xmi", shard)), "cases shard " + shard);
		}
		assertFalse(files.contains(String.format("cases/cases-%03d.xmi", CASES / CAPACITY)), "shards are full");
		assertTrue(files.contains("subjects/subjects-000.xmi"));
		assertTrue(files.contains("identities/identities-000.xmi"));
		assertTrue(files.contains("organisations/organisations-000.xmi"));
		assertTrue(files.contains("meetings/meetings-000.xmi"));
		assertTrue(files.contains("relations/relations-000.xmi"));
		assertFalse(files.stream().anyMatch(name -> name.startsWith("municipalities")), "small lists have no folder");
		assertEquals(List.of(), temporaryFiles(folder));

		String cases0 = text(folder.resolve("cases/cases-000.xmi"));
		assertTrue(cases0.contains("id=\"" + caseId(0) + "\""));
		assertFalse(cases0.contains("id=\"" + caseId(CAPACITY) + "\""), "a shard holds at most the capacity");
		String root = text(folder.resolve("casebook.xmi"));
		assertTrue(root.contains("xmlns:cst=\"http://casustafel.nl/model/casebook/1.0\""), "versioned nsURI");
		assertTrue(root.contains("href=\"cases/cases-001.xmi#" + caseId(CAPACITY) + "\""),
				"the root refers to shard objects with relative hrefs by id");
		assertFalse(root.contains("caseNumber"), "case content is not in the root file");
		assertTrue(root.contains("Gemeente 0"), "municipalities are in the root file");
	}

	@Test
	void emptyCasebookRoundTripsAndGetsIds() throws Exception {
		Path folder = temp.resolve("empty");
		Casebook empty = TestCasebooks.empty();
		empty.getMunicipalities().add(CasebookFactory.eINSTANCE.createMunicipality());

		try (CasebookSession session = service.create(folder, empty)) {
			assertNotNull(session.getCasebook().getId(), "the root gets an id");
			assertNotNull(session.getCasebook().getMunicipalities().get(0).getId(), "contained objects get ids");
		}
		CasebookSession reopened = open(folder, OpenMode.READ_WRITE);

		assertEquals("Leeg casusboek", reopened.getCasebook().getName());
		assertEquals(1, reopened.getCasebook().getMunicipalities().size());
		assertTrue(reopened.getCasebook().getCases().isEmpty());
		assertEquals(Set.of("casebook.xmi"), snapshot(folder).keySet());
	}

	@Test
	void everyObjectHasAnIdAfterCreate() throws Exception {
		Casebook book = TestCasebooks.build(20);
		for (var it = book.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof Identifiable identifiable && object instanceof Case) {
				identifiable.setId(null);
			}
		}

		try (CasebookSession session = service.create(temp.resolve("ids"), book)) {
			for (var it = session.getCasebook().eAllContents(); it.hasNext();) {
				EObject object = it.next();
				if (object instanceof Identifiable identifiable) {
					assertNotNull(identifiable.getId(), "no id: " + object);
				}
			}
		}
		CasebookSession reopened = open(temp.resolve("ids"), OpenMode.READ_ONLY);
		assertEquals(List.of(), reopened.problems());
		assertEquals(20, CasebookLists.resolved(reopened.getCasebook().getCases()).size());
		assertTrue(Files.exists(temp.resolve("ids/cases/cases-000.xmi")));
	}
}
