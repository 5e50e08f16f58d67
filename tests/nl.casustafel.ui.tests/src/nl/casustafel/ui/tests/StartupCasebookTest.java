/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookException;
import nl.casustafel.ui.internal.casebook.StartupCasebook;

/**
 * Which casebook Casustafel opens when it starts.
 */
class StartupCasebookTest {

	@TempDir
	Path temp;

	@Test
	void casebookArgumentWins() {
		StartupCasebook startup = StartupCasebook.decide(new String[] { "-casebook", "/data/zvh", "-demo", "/tmp/d" },
				"/elsewhere", null, true, null);

		assertEquals(Path.of("/data/zvh"), startup.folder());
		assertFalse(startup.demo());
	}

	@Test
	void casebookPropertyWhenNoArgument() {
		StartupCasebook startup = StartupCasebook.decide(new String[0], "/data/noord", null, true, null);

		assertEquals(Path.of("/data/noord"), startup.folder());
		assertFalse(startup.demo());
	}

	@Test
	void lastCasebookWhenItStillExistsAndThePreferenceSaysSo() throws CasebookException {
		Path last = Casebooks.writeDemo(temp.resolve("last"));

		assertEquals(new StartupCasebook(last, false), StartupCasebook.decide(new String[0], null, null, true, last));
		assertTrue(StartupCasebook.decide(new String[0], null, null, false, last).demo(), "preference off");
		assertTrue(StartupCasebook.decide(new String[0], null, null, true, temp.resolve("gone")).demo(), "gone");
	}

	@Test
	void demoInTheHomeFolderUnlessAFolderIsGiven() {
		assertEquals(new StartupCasebook(StartupCasebook.defaultDemoFolder(), true),
				StartupCasebook.decide(new String[0], null, null, false, null));
		assertEquals(new StartupCasebook(Path.of("/tmp/demo-test"), true),
				StartupCasebook.decide(new String[] { "-demo", "/tmp/demo-test" }, null, null, true, null));
		assertEquals(new StartupCasebook(Path.of("/tmp/demo-prop"), true),
				StartupCasebook.decide(new String[0], null, "/tmp/demo-prop", true, null));
		assertTrue(StartupCasebook.defaultDemoFolder().endsWith(Path.of(".casustafel", "demo-lindeveld")));
	}
}
