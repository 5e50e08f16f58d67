/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.dropins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.casustafel.core.ContributionProblem;

/**
 * Jars in dropins/ that p2 did not install are named: a plug-in whose requirements are missing and
 * a jar that is no plug-in at all; installed plug-ins are not.
 */
class DropinsProblemSourceTest {

	@TempDir
	Path dropins;

	@Test
	void namesTheJarsThatAreNotInstalled() throws IOException {
		Bundle core = FrameworkUtil.getBundle(DropinsProblemSource.class);
		Bundle[] installed = core.getBundleContext().getBundles();
		jar(dropins.resolve("org.example.reclassering_1.2.0.jar"), "org.example.reclassering;singleton:=true", "1.2.0");
		jar(dropins.resolve("readme.jar"), null, null);
		Files.createDirectories(dropins.resolve("lindeveld/plugins"));
		jar(dropins.resolve("lindeveld/plugins/installed.jar"), core.getSymbolicName(), core.getVersion().toString());
		Files.writeString(dropins.resolve("LEESMIJ.txt"), "geen plug-in");

		List<ContributionProblem> problems = DropinsProblemSource.problems(dropins, installed);

		assertEquals(2, problems.size(), problems::toString);
		ContributionProblem missing = problems.get(0);
		assertEquals("org.example.reclassering", missing.contributor(), "named by its symbolic name");
		assertEquals(ContributionProblem.Severity.ERROR, missing.severity());
		assertTrue(missing.message().contains("org.example.reclassering_1.2.0.jar") && missing.message().contains("1.2.0"),
				missing::message);
		ContributionProblem notAPlugin = problems.get(1);
		assertEquals("readme.jar", notAPlugin.contributor(), "a jar without a bundle name is named by its file");
		assertTrue(notAPlugin.message().contains("Bundle-SymbolicName"), notAPlugin::message);
	}

	@Test
	void anEmptyOrMissingFolderHasNoProblems() {
		Bundle[] installed = FrameworkUtil.getBundle(DropinsProblemSource.class).getBundleContext().getBundles();
		assertEquals(List.of(), DropinsProblemSource.problems(dropins, installed));
		assertEquals(List.of(), DropinsProblemSource.problems(dropins.resolve("bestaat-niet"), installed));
	}

	private static void jar(Path file, String symbolicName, String version) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		if (symbolicName != null) {
			manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
			manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
			manifest.getMainAttributes().putValue("Bundle-Version", version);
		}
		try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
			jar.flush();
		}
	}
}
