/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import nl.casustafel.core.vocabulary.Vocabularies;
import nl.casustafel.network.style.EdgeCategory;
import nl.casustafel.network.style.EdgeTypes;

/**
 * A plug-in installed into and removed from the running platform (as the workbench's dropins do):
 * its vocabulary term and relation type appear without a restart and disappear with it.
 */
class DynamicContributionsTest {

	private static final String PLUGIN_XML = """
			<?xml version="1.0" encoding="UTF-8"?>
			<?eclipse version="3.4"?>
			<plugin>
			   <extension point="nl.casustafel.core.vocabularies">
			      <term vocabulary="organisationType" key="dynamic-partner" label="Later partner"/>
			   </extension>
			   <extension point="nl.casustafel.network.core.relationTypes">
			      <relationType key="dynamic.mentoring" label="Mentoraat" category="COOPERATION" color="#123456"/>
			   </extension>
			</plugin>
			""";

	@Test
	void aPluginInstalledWhileRunningAddsItsTermsAndTypesAndTakesThemAlongWhenRemoved() throws Exception {
		// read once before, so that the caches are filled
		assertFalse(Vocabularies.get(Vocabularies.ORGANISATION_TYPE).contains("dynamic-partner"));
		assertFalse(EdgeTypes.isPartnerType("dynamic.mentoring"));

		BundleContext context = FrameworkUtil.getBundle(EdgeTypes.class).getBundleContext();
		Bundle plugin = context.installBundle("casustafel-test:dynamic-partner", new ByteArrayInputStream(jar()));
		try {
			plugin.start();
			waitUntil(() -> Vocabularies.get(Vocabularies.ORGANISATION_TYPE).contains("dynamic-partner")
					&& EdgeTypes.isPartnerType("dynamic.mentoring"), "the new plug-in's contributions appear");
			assertEquals("Later partner", Vocabularies.get(Vocabularies.ORGANISATION_TYPE).label("dynamic-partner"));
			assertEquals("nl.casustafel.tests.dynamic",
					Vocabularies.get(Vocabularies.ORGANISATION_TYPE).term("dynamic-partner").contributor());
			assertEquals(EdgeCategory.COOPERATION, EdgeTypes.get("dynamic.mentoring").category());
			assertEquals(0x123456, EdgeTypes.get("dynamic.mentoring").color());
		} finally {
			plugin.uninstall();
		}
		waitUntil(() -> !Vocabularies.get(Vocabularies.ORGANISATION_TYPE).contains("dynamic-partner")
				&& !EdgeTypes.isPartnerType("dynamic.mentoring"), "they go with it");
		assertEquals("Toezicht", EdgeTypes.get("testpartner.supervision").label(), "the other plug-ins' types stay");
		assertEquals("Districtskantoor",
				Vocabularies.get(Vocabularies.ORGANISATION_TYPE).label("testpartner-district-office"));
	}

	private static byte[] jar() throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", "nl.casustafel.tests.dynamic;singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
			out.putNextEntry(new JarEntry("plugin.xml"));
			out.write(PLUGIN_XML.strip().getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("Timed out: " + what);
			}
			Thread.sleep(50);
		}
	}
}
