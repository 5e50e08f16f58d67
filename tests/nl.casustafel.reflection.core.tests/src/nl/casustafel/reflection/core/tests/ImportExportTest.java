/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.reflection.core.QuestionSetException;
import nl.casustafel.reflection.core.QuestionSetOrigin;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.core.ReflectionPreferences;
import nl.casustafel.reflection.core.RegisteredQuestionSet;

/**
 * An organisation without developers exports a set, adapts the file and imports it; broken or
 * clashing files are refused with the reason and position.
 */
class ImportExportTest {

	@TempDir
	Path temp;

	private QuestionSetRegistry registry;

	private IEclipsePreferences preferences;

	@BeforeEach
	void useTemporaryImportFolder() throws Exception {
		preferences = InstanceScope.INSTANCE.getNode(ReflectionPreferences.QUALIFIER);
		preferences.put(ReflectionPreferences.IMPORT_FOLDER, temp.resolve("imported").toString());
		registry = Fixtures.registry();
		registry.reload();
	}

	@AfterEach
	void restoreImportFolder() {
		preferences.remove(ReflectionPreferences.IMPORT_FOLDER);
		registry.reload();
	}

	@Test
	void exportAdaptAndImportASet() throws Exception {
		Path exported = temp.resolve("export/chair.xmi");
		registry.exportSet(BuiltInSetsTest.CHAIR_PROMPTS, exported);
		String content = Files.readString(exported, StandardCharsets.UTF_8);
		assertTrue(content.contains("reflection:QuestionSet"), content);
		Path adapted = temp.resolve("ours.xmi");
		Files.writeString(adapted, content.replace("id=\"nl.casustafel.reflection.chairPrompts\"",
				"id=\"nl.example.zvh.chairPrompts\"").replace("Wie, wat, wanneer", "Wie doet wat, en wanneer"),
				StandardCharsets.UTF_8);

		RegisteredQuestionSet imported = registry.importSet(adapted);

		assertEquals("nl.example.zvh.chairPrompts", imported.id());
		assertEquals(QuestionSetOrigin.IMPORTED, imported.origin());
		assertTrue(Files.exists(temp.resolve("imported/nl.example.zvh.chairPrompts.xmi")), "kept in the import folder");
		assertTrue(registry.findQuestion("nl.example.zvh.chairPrompts", "cp-10").getText().getNl()
				.startsWith("Wie doet wat, en wanneer"));

		registry.reload();
		assertNotNull(registry.getSet("nl.example.zvh.chairPrompts"), "found again after a restart");
		assertTrue(registry.removeImported("nl.example.zvh.chairPrompts"));
		assertNull(registry.getSet("nl.example.zvh.chairPrompts"));
		assertFalse(registry.removeImported(BuiltInSetsTest.CHAIR_PROMPTS), "built-in sets cannot be removed");
	}

	@Test
	void importingTheSameIdAgainUpdatesTheSet() throws Exception {
		Path first = write("v1.xmi", "Eerste versie");
		Path second = write("v2.xmi", "Tweede versie");

		registry.importSet(first);
		registry.importSet(second);

		assertEquals("Tweede versie", registry.findQuestion("nl.example.mine", "q1").getText().getNl());
		assertEquals(1, registry.getSets().stream().filter(set -> set.id().equals("nl.example.mine")).count());
	}

	@Test
	void anInvalidFileIsRefusedWithItsProblems() throws Exception {
		Path broken = temp.resolve("broken.xmi");
		Files.writeString(broken, """
				<?xml version="1.0" encoding="UTF-8"?>
				<reflection:QuestionSet xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:reflection="http://casustafel.nl/model/reflection/1.0" id="nl.example.broken">
				  <title nl="Kapot" en="Broken"/>
				  <themes id="t">
				    <title nl="T" en="T"/>
				    <questions id="q" level="somewhere">
				      <text nl="?" en="?"/>
				    </questions>
				  </themes>
				</reflection:QuestionSet>
				""", StandardCharsets.UTF_8);

		QuestionSetException failure = assertThrows(QuestionSetException.class, () -> registry.importSet(broken));

		assertEquals(1, failure.getProblems().size(), failure.getProblems().toString());
		assertEquals(7, failure.getProblems().get(0).line());
		assertTrue(failure.getProblems().get(0).message().contains("somewhere"));
		assertNull(registry.getSet("nl.example.broken"));
	}

	@Test
	void aFileCannotTakeTheIdOfABuiltInSet() throws Exception {
		Path exported = temp.resolve("themes.xmi");
		registry.exportSet(BuiltInSetsTest.THEMES, exported);

		assertThrows(QuestionSetException.class, () -> registry.importSet(exported));
		assertEquals(QuestionSetOrigin.BUILT_IN, registry.getSet(BuiltInSetsTest.THEMES).origin());
	}

	@Test
	void aBrokenFileInTheImportFolderIsReportedAndIsolated() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("imported"));
		Files.writeString(folder.resolve("half.xmi"), "<?xml version=\"1.0\"?>\n<reflection:QuestionSet", StandardCharsets.UTF_8);
		Files.copy(write("good.xmi", "Goed"), folder.resolve("good.xmi"));

		registry.reload();

		assertNotNull(registry.getSet("nl.example.mine"));
		assertTrue(registry.getProblems().stream().anyMatch(problem -> problem.contributor().equals(RegisteredQuestionSet.IMPORT)
				&& problem.location().endsWith("half.xmi") && problem.isError()), registry.getProblems().toString());
	}

	private Path write(String name, String questionText) throws Exception {
		Path file = temp.resolve(name);
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<reflection:QuestionSet xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:reflection="http://casustafel.nl/model/reflection/1.0" id="nl.example.mine">
				  <title nl="Van ons" en="Ours"/>
				  <themes id="t">
				    <title nl="T" en="T"/>
				    <questions id="q1" level="team">
				      <text nl="%s" en="Question"/>
				    </questions>
				  </themes>
				</reflection:QuestionSet>
				""".formatted(questionText), StandardCharsets.UTF_8);
		return file;
	}
}
