/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookSessionListener;
import nl.casustafel.core.OpenMode;
import nl.casustafel.model.CasebookPackage.Literals;

/**
 * Saves are atomic: the previous version is kept, no temporary file stays, and a failing write
 * changes nothing on disk and keeps the changes open.
 */
class AtomicSaveTest extends StorageTestSupport {

	@Test
	void saveKeepsPreviousVersionAndLeavesNoTemporaryFile() throws Exception {
		Path folder = createBook();
		byte[] original = snapshot(folder).get("cases/cases-000.xmi");
		CasebookSession session = open(folder, OpenMode.READ_WRITE);

		set(session, findCase(session.getCasebook(), caseId(3)), Literals.CASE__PHASE, "uitvoering");
		session.save();
		set(session, findCase(session.getCasebook(), caseId(3)), Literals.CASE__PHASE, "afronding");
		session.save();

		Map<String, byte[]> files = snapshot(folder);
		assertEquals(List.of(), temporaryFiles(folder));
		assertTrue(new String(files.get("cases/cases-000.xmi")).contains("phase=\"afronding\""));
		assertTrue(new String(files.get("cases/cases-000.xmi.bak")).contains("phase=\"uitvoering\""),
				"the .bak holds the version before the last save");
		assertFalse(java.util.Arrays.equals(original, files.get("cases/cases-000.xmi.bak")));
	}

	@Test
	void fullDiskLeavesFilesIntactAndSessionDirty() throws Exception {
		Path folder = createBook();
		Map<String, byte[]> before = snapshot(folder);
		CasebookSession session = open(folder, OpenMode.READ_WRITE);
		List<Boolean> dirtyEvents = new ArrayList<>();
		session.addSessionListener(new CasebookSessionListener() {
			@Override
			public void dirtyStateChanged(CasebookSession s, boolean dirty) {
				dirtyEvents.add(dirty);
			}
		});
		set(session, findCase(session.getCasebook(), caseId(10)), Literals.CASE__QUESTION, "Eerste wijziging");
		set(session, findCase(session.getCasebook(), caseId(260)), Literals.CASE__QUESTION, "Tweede wijziging");
		set(session, session.getCasebook(), Literals.CASEBOOK__NAME, "Andere naam");

		sink.failFrom(1, new IOException("No space left on device"));
		CasebookException failure = assertThrows(CasebookException.class, session::save);

		assertEquals(CasebookException.Kind.DISK_FULL, failure.getKind());
		assertTrue(failure.getMessage().contains("cases/cases-005.xmi"), failure.getMessage());
		assertEquals(before.keySet(), snapshot(folder).keySet(), "no file added, none removed, no temporary file");
		before.forEach((name, bytes) -> assertArrayEquals(bytes, snapshot(folder).get(name), name + " changed"));
		assertTrue(session.isDirty(), "the changes are still open");
		assertEquals(List.of(true), dirtyEvents, "the session did not become clean");

		sink.heal();
		session.save();

		assertFalse(session.isDirty());
		assertEquals(List.of(true, false), dirtyEvents);
		Map<String, byte[]> after = snapshot(folder);
		assertTrue(new String(after.get("cases/cases-000.xmi")).contains("Eerste wijziging"),
				"the file written before the failure is written again by the next save");
		assertTrue(new String(after.get("cases/cases-005.xmi")).contains("Tweede wijziging"));
		assertTrue(new String(after.get("casebook.xmi")).contains("Andere naam"));
		assertEquals(List.of(), temporaryFiles(folder));
	}

	@Test
	void otherWriteErrorIsSaveFailed() throws Exception {
		Path folder = createBook();
		Map<String, byte[]> before = snapshot(folder);
		CasebookSession session = open(folder, OpenMode.READ_WRITE);
		set(session, findCase(session.getCasebook(), caseId(10)), Literals.CASE__QUESTION, "Wijziging");

		sink.failFrom(0, new IOException("Input/output error"));
		CasebookException failure = assertThrows(CasebookException.class, session::save);

		assertEquals(CasebookException.Kind.SAVE_FAILED, failure.getKind());
		assertTrue(failure.getMessage().contains("cases/cases-000.xmi"), failure.getMessage());
		assertTrue(failure.getMessage().contains("Input/output error"), failure.getMessage());
		assertEquals(before.keySet(), snapshot(folder).keySet());
		assertArrayEquals(before.get("cases/cases-000.xmi"), snapshot(folder).get("cases/cases-000.xmi"));
		assertTrue(session.isDirty());
	}
}
