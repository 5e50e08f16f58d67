/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage.Literals;

/**
 * Saving one edit writes only the file(s) that changed.
 */
class IncrementalSaveTest extends StorageTestSupport {

	@Test
	void editingOneCaseRewritesOnlyItsShard() throws Exception {
		Path folder = createBook();
		Map<String, byte[]> before = snapshot(folder);
		FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
		for (String name : before.keySet()) {
			Files.setLastModifiedTime(folder.resolve(name), longAgo);
		}
		CasebookSession session = open(folder, OpenMode.READ_WRITE);

		set(session, findCase(session.getCasebook(), caseId(120)), Literals.CASE__QUESTION, "Nieuwe hulpvraag");
		session.save();

		Map<String, byte[]> after = snapshot(folder);
		assertEquals(Set.of("cases/cases-002.xmi", "cases/cases-002.xmi.bak"), changedFiles(before, after));
		Set<String> touched = new TreeSet<>();
		for (String name : after.keySet()) {
			if (!Files.getLastModifiedTime(folder.resolve(name)).equals(longAgo)) {
				touched.add(name);
			}
		}
		assertEquals(Set.of("cases/cases-002.xmi"), touched, "no other file was written, not even unchanged");
		assertTrue(text(folder.resolve("cases/cases-002.xmi")).contains("Nieuwe hulpvraag"));
		assertArrayEquals(before.get("cases/cases-002.xmi"), after.get("cases/cases-002.xmi.bak"),
				"the previous version is kept as .bak");
		assertFalse(session.isDirty());
	}

	@Test
	void editingANestedObjectRewritesOnlyTheShardOfItsCase() throws Exception {
		Path folder = createBook();
		Map<String, byte[]> before = snapshot(folder);
		CasebookSession session = open(folder, OpenMode.READ_WRITE);

		Agreement agreement = findCase(session.getCasebook(), caseId(299)).getAgreements().get(0);
		set(session, agreement, Literals.AGREEMENT__DESCRIPTION, "Huisbezoek plannen");
		session.save();

		assertEquals(Set.of("cases/cases-005.xmi", "cases/cases-005.xmi.bak"), changedFiles(before, snapshot(folder)));
	}

	@Test
	void editingTheRootRewritesOnlyTheRootFile() throws Exception {
		Path folder = createBook();
		Map<String, byte[]> before = snapshot(folder);
		CasebookSession session = open(folder, OpenMode.READ_WRITE);

		set(session, session.getCasebook(), Literals.CASEBOOK__NAME, "Lindeveld-Oost");
		session.save();

		assertEquals(Set.of("casebook.xmi", "casebook.xmi.bak"), changedFiles(before, snapshot(folder)));
	}

	@Test
	void newCaseGoesIntoAShardAndGetsAnId() throws Exception {
		Path folder = createBook();
		Map<String, byte[]> before = snapshot(folder);
		CasebookSession session = open(folder, OpenMode.READ_WRITE);
		Case added = CasebookFactory.eINSTANCE.createCase();
		added.setCaseNumber("2026-NIEUW");

		execute(session, AddCommand.create(session.getEditingDomain(), session.getCasebook(), Literals.CASEBOOK__CASES,
				added));

		assertNotNull(added.getId(), "an object entering the casebook gets an id");
		// All six shards are full (300 cases, 50 per shard): a seventh shard is started.
		assertEquals("cases-006.xmi", added.eResource().getURI().lastSegment());
		session.save();

		Set<String> changed = changedFiles(before, snapshot(folder));
		assertEquals(Set.of("casebook.xmi", "casebook.xmi.bak", "cases/cases-006.xmi"), changed);
		assertTrue(text(folder.resolve("casebook.xmi")).contains("cases/cases-006.xmi#" + added.getId()));
		session.close();

		CasebookSession reopened = open(folder, OpenMode.READ_ONLY);
		Case found = findCase(reopened.getCasebook(), added.getId());
		assertEquals("2026-NIEUW", found.getCaseNumber());
		assertEquals(CASES + 1, reopened.getCasebook().getCases().size());
	}

	@Test
	void removedCaseLeavesItsShardAndUndoPutsItBack() throws Exception {
		Path folder = createBook();
		CasebookSession session = open(folder, OpenMode.READ_WRITE);
		Case removed = findCase(session.getCasebook(), caseId(75));
		var shard = removed.eResource();

		execute(session, RemoveCommand.create(session.getEditingDomain(), session.getCasebook(),
				Literals.CASEBOOK__CASES, removed));

		assertNull(removed.eResource(), "a removed case is in no file");
		assertFalse(shard.getContents().contains(removed));
		session.getEditingDomain().getCommandStack().undo();
		assertSame(shard, removed.eResource(), "undo puts it back into the first shard with room: its own");
		session.getEditingDomain().getCommandStack().redo();
		session.save();
		session.close();

		CasebookSession reopened = open(folder, OpenMode.READ_ONLY);
		assertEquals(CASES - 1, reopened.getCasebook().getCases().size());
		assertFalse(text(folder.resolve("cases/cases-001.xmi")).contains(caseId(75)));
		assertEquals(java.util.List.of(), reopened.problems());
	}

	@Test
	void newCaseFillsTheFirstShardWithRoom() throws Exception {
		Path folder = createBook();
		CasebookSession session = open(folder, OpenMode.READ_WRITE);
		Case removed = findCase(session.getCasebook(), caseId(130));
		execute(session, RemoveCommand.create(session.getEditingDomain(), session.getCasebook(),
				Literals.CASEBOOK__CASES, removed));

		Case added = CasebookFactory.eINSTANCE.createCase();
		execute(session, AddCommand.create(session.getEditingDomain(), session.getCasebook(), Literals.CASEBOOK__CASES,
				added));

		assertEquals("cases-002.xmi", added.eResource().getURI().lastSegment(),
				"the hole left in cases-002.xmi is filled");
	}

	private static Set<String> changedFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
		Set<String> changed = new TreeSet<>();
		for (Map.Entry<String, byte[]> entry : after.entrySet()) {
			byte[] old = before.get(entry.getKey());
			if (old == null || !java.util.Arrays.equals(old, entry.getValue())) {
				changed.add(entry.getKey());
			}
		}
		for (String name : before.keySet()) {
			if (!after.containsKey(name)) {
				changed.add(name);
			}
		}
		return changed;
	}
}
