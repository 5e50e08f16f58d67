/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookProblem;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage.Literals;

/**
 * Every kind of damaged file: a shard yields a problem naming it while the rest opens and nothing
 * is overwritten; the root yields a clear exception.
 */
class CorruptFilesTest extends StorageTestSupport {

	/** Ways a file gets damaged, with the problem kind they must be reported as. */
	enum Damage {
		CORRUPT_XML(CasebookProblem.Kind.CORRUPT) {
			@Override
			byte[] apply(byte[] good) {
				String text = new String(good, StandardCharsets.UTF_8);
				int middle = text.indexOf('\n', text.length() / 2);
				return (text.substring(0, middle) + "\n  <cst:Case id=\"x\" <<< kapot >>>\n" + text.substring(middle))
						.getBytes(StandardCharsets.UTF_8);
			}
		},
		INVALID_CONTENT(CasebookProblem.Kind.CORRUPT) {
			@Override
			byte[] apply(byte[] good) {
				return new String(good, StandardCharsets.UTF_8).replaceFirst(" id=\"", " onbekendVeld=\"x\" id=\"")
						.getBytes(StandardCharsets.UTF_8);
			}
		},
		INVALID_BYTES(CasebookProblem.Kind.CORRUPT) {
			@Override
			byte[] apply(byte[] good) {
				byte[] bad = good.clone();
				int value = new String(good, StandardCharsets.ISO_8859_1).indexOf("=\"", good.length / 2) + 2;
				bad[value] = (byte) 0xFF;
				bad[value + 1] = (byte) 0xFE;
				return bad;
			}
		},
		TRUNCATED(CasebookProblem.Kind.TRUNCATED) {
			@Override
			byte[] apply(byte[] good) {
				return Arrays.copyOf(good, good.length * 3 / 5);
			}
		},
		FOREIGN_XML(CasebookProblem.Kind.FOREIGN) {
			@Override
			byte[] apply(byte[] good) {
				return """
						<?xml version="1.0" encoding="UTF-8"?>
						<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>
						""".getBytes(StandardCharsets.UTF_8);
			}
		},
		BINARY_JUNK(CasebookProblem.Kind.FOREIGN) {
			@Override
			byte[] apply(byte[] good) {
				byte[] junk = new byte[4096];
				new Random(7).nextBytes(junk);
				junk[0] = 0;
				return junk;
			}
		},
		NEWER_VERSION(CasebookProblem.Kind.NEWER_VERSION) {
			@Override
			byte[] apply(byte[] good) {
				return new String(good, StandardCharsets.UTF_8)
						.replace("http://casustafel.nl/model/casebook/1.0", "http://casustafel.nl/model/casebook/2.3")
						.getBytes(StandardCharsets.UTF_8);
			}
		},
		EMPTY(CasebookProblem.Kind.EMPTY) {
			@Override
			byte[] apply(byte[] good) {
				return new byte[0];
			}
		};

		final CasebookProblem.Kind kind;

		Damage(CasebookProblem.Kind kind) {
			this.kind = kind;
		}

		abstract byte[] apply(byte[] good);
	}

	private static final String SHARD = "cases/cases-001.xmi";

	@ParameterizedTest
	@EnumSource(Damage.class)
	void damagedShardIsReportedAndTheRestOpens(Damage damage) throws Exception {
		Path folder = createBook();
		Path shard = folder.resolve(SHARD);
		byte[] good = Files.readAllBytes(shard);
		byte[] damaged = damage.apply(good);
		Files.write(shard, damaged);

		CasebookSession session = open(folder, OpenMode.READ_WRITE);

		assertEquals(1, session.problems().size(), () -> "problems: " + session.problems());
		CasebookProblem problem = session.problems().get(0);
		assertEquals(damage.kind, problem.kind(), problem.message());
		assertEquals(Path.of("cases", "cases-001.xmi"), problem.file());
		assertTrue(problem.message().contains(SHARD), "the message names the file: " + problem.message());
		assertEquals(CASES - CAPACITY, CasebookLists.resolved(session.getCasebook().getCases()).size(),
				"the cases of the other shards are there");
		assertEquals(CAPACITY, CasebookLists.unresolvedCount(session.getCasebook().getCases()));
		assertEquals(CASES, session.getCasebook().getSubjects().size());
		assertNotNull(findResolvedCase(session, caseId(0)).getSubject());
		assertListingDoesNotCrash(session);
	}

	@ParameterizedTest
	@EnumSource(Damage.class)
	void damagedShardIsNeverOverwrittenAndItsReferencesSurvive(Damage damage) throws Exception {
		Path folder = createBook();
		Path shard = folder.resolve(SHARD);
		byte[] good = Files.readAllBytes(shard);
		byte[] damaged = damage.apply(good);
		Files.write(shard, damaged);
		CasebookSession session = open(folder, OpenMode.READ_WRITE);

		set(session, findResolvedCase(session, caseId(0)), Literals.CASE__QUESTION, "Gewijzigd");
		set(session, session.getCasebook(), Literals.CASEBOOK__NAME, "Gewijzigd boek");
		Case added = CasebookFactory.eINSTANCE.createCase();
		execute(session, AddCommand.create(session.getEditingDomain(), session.getCasebook(), Literals.CASEBOOK__CASES,
				added));
		session.save();
		session.close();

		assertArrayEquals(damaged, Files.readAllBytes(shard), "the damaged file is untouched");
		assertFalse(Files.exists(folder.resolve(SHARD + ".bak")), "and was not even renamed to .bak");
		assertEquals("cases-006.xmi", added.eResource().getURI().lastSegment(),
				"a new case never goes into the damaged shard");
		String root = text(folder.resolve("casebook.xmi"));
		for (int i = CAPACITY; i < 2 * CAPACITY; i++) {
			assertTrue(root.contains(SHARD + "#" + caseId(i)), "the root still refers to " + caseId(i));
		}

		Files.write(shard, good);
		CasebookSession repaired = open(folder, OpenMode.READ_ONLY);
		assertEquals(List.of(), repaired.problems(), "once the file is repaired, everything is back");
		assertEquals(CASES + 1, CasebookLists.resolved(repaired.getCasebook().getCases()).size());
		assertEquals("Gewijzigd boek", repaired.getCasebook().getName());
	}

	@ParameterizedTest
	@EnumSource(Damage.class)
	void damagedRootIsAClearException(Damage damage) throws Exception {
		Path folder = createBook();
		Path root = folder.resolve("casebook.xmi");
		byte[] damaged = damage.apply(Files.readAllBytes(root));
		Files.write(root, damaged);

		CasebookException failure = assertThrows(CasebookException.class, () -> open(folder, OpenMode.READ_WRITE));

		assertEquals(CasebookException.Kind.ROOT_UNREADABLE, failure.getKind());
		assertNotNull(failure.getProblem());
		assertEquals(damage.kind, failure.getProblem().kind(), failure.getMessage());
		assertEquals(Path.of("casebook.xmi"), failure.getProblem().file());
		assertTrue(failure.getMessage().contains("casebook.xmi"), failure.getMessage());
		assertArrayEquals(damaged, Files.readAllBytes(root));
	}

	@org.junit.jupiter.api.Test
	void missingShardIsReported() throws Exception {
		Path folder = createBook();
		Files.delete(folder.resolve(SHARD));

		CasebookSession session = open(folder, OpenMode.READ_WRITE);

		assertEquals(1, session.problems().size(), () -> "problems: " + session.problems());
		assertEquals(CasebookProblem.Kind.MISSING, session.problems().get(0).kind());
		assertTrue(session.problems().get(0).message().contains(SHARD));
		assertEquals(CASES - CAPACITY, CasebookLists.resolved(session.getCasebook().getCases()).size());
		set(session, session.getCasebook(), Literals.CASEBOOK__NAME, "Gewijzigd boek");
		session.save();
		assertFalse(Files.exists(folder.resolve(SHARD)), "a missing file is not recreated empty");
	}

	@org.junit.jupiter.api.Test
	void folderWithoutRootIsNotACasebook() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("iets"));
		Files.writeString(folder.resolve("notities.txt"), "geen casusboek");

		CasebookException failure = assertThrows(CasebookException.class, () -> open(folder, OpenMode.READ_ONLY));

		assertEquals(CasebookException.Kind.NOT_A_CASEBOOK, failure.getKind());
		assertTrue(failure.getMessage().contains(folder.toString()), failure.getMessage());
	}

	private static Case findResolvedCase(CasebookSession session, String id) {
		return CasebookLists.resolved(session.getCasebook().getCases()).stream().filter(c -> id.equals(c.getId()))
				.findFirst().orElseThrow();
	}

	/** What a navigator does: label every case, including the unresolved ones it is given. */
	private static void assertListingDoesNotCrash(CasebookSession session) {
		for (Case c : session.getCasebook().getCases()) {
			IItemLabelProvider labels = (IItemLabelProvider) session.getAdapterFactory().adapt(c,
					IItemLabelProvider.class);
			assertNotNull(labels.getText(c));
		}
	}
}
