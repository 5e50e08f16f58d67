/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.core.demo.SyntheticCasebookGenerator;
import nl.casustafel.core.internal.demo.GenerateCasebookApplication;

/**
 * The headless generate command writes casebook folders that open, and explains wrong arguments.
 */
class GenerateCasebookApplicationTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void writesTheDemoRegion() throws Exception {
		Path folder = temp.resolve("demo");

		assertEquals(0, run("-demo", "-out", folder.toString()), err());

		assertTrue(Files.isRegularFile(folder.resolve(CasebookService.ROOT_FILE_NAME)));
		try (Opened opened = open(folder)) {
			assertTrue(EcoreUtil.equals(DemoRegion.create(), opened.session.getCasebook()));
		}
		assertTrue(out().contains("15 cases"), out());
	}

	@Test
	void writesASyntheticCasebookForASeed() throws Exception {
		Path folder = temp.resolve("synthetic");

		assertEquals(0, run("-cases", "240", "-seed", "7", "-out", folder.toString()), err());

		try (Opened opened = open(folder)) {
			assertEquals(240, opened.session.getCasebook().getCases().size());
			assertTrue(EcoreUtil.equals(new SyntheticCasebookGenerator(7).generate(240), opened.session.getCasebook()));
		}
	}

	@Test
	void refusesAFolderThatIsNotEmpty() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("busy"));
		Files.writeString(folder.resolve("notes.txt"), "niet overschrijven");

		assertEquals(GenerateCasebookApplication.EXIT_FAILED, run("-demo", "-out", folder.toString()));

		assertEquals(List.of(folder.resolve("notes.txt")), Files.list(folder).toList());
		assertTrue(err().contains(folder.toString()), err());
	}

	@Test
	void explainsWrongArguments() {
		assertEquals(GenerateCasebookApplication.EXIT_USAGE, run("-cases", "10"));
		assertTrue(err().contains("-out DIR is missing"), err());
		assertTrue(err().contains("Usage"), err());

		assertEquals(GenerateCasebookApplication.EXIT_USAGE, run("-demo", "-cases", "10", "-out", "x"));
		assertEquals(GenerateCasebookApplication.EXIT_USAGE, run("-cases", "many", "-out", "x"));
		assertEquals(GenerateCasebookApplication.EXIT_USAGE, run("-cases", "10", "-frobnicate", "-out", "x"));
		assertFalse(Files.exists(Path.of("x")), "nothing written for wrong arguments");
		assertEquals(0, run("-help"));
	}

	@Test
	void isRegisteredAsAnEclipseApplication() {
		IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
				GenerateCasebookApplication.APPLICATION_ID);
		assertTrue(extension != null, "application extension " + GenerateCasebookApplication.APPLICATION_ID);
		IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
		assertEquals(GenerateCasebookApplication.class.getName(), run.getAttribute("class"));
		assertFalse(extension.getLabel().startsWith("%"), "the name is localised: " + extension.getLabel());
	}

	private int run(String... args) {
		return GenerateCasebookApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static Opened open(Path folder) throws Exception {
		return new Opened(CasebookServices.newService().open(folder, OpenMode.READ_ONLY));
	}

	private record Opened(CasebookSession session) implements AutoCloseable {
		@Override
		public void close() {
			session.close();
		}
	}
}
