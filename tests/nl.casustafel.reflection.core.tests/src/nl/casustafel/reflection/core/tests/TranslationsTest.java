/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Every user-facing text of the reflection bundles exists in English and in Dutch.
 */
class TranslationsTest {

	@Test
	void everyTextHasADutchTranslation() throws IOException {
		for (String[] file : List.of(
				new String[] { "nl.casustafel.reflection.core", "nl/casustafel/reflection/core/internal/messages" },
				new String[] { "nl.casustafel.reflection.core", "OSGI-INF/l10n/bundle" },
				new String[] { "nl.casustafel.reflection.model", "plugin" },
				new String[] { "nl.casustafel.reflection.model.edit", "plugin" })) {
			Properties english = load(file[0], file[1] + ".properties");
			Properties dutch = load(file[0], file[1] + "_nl.properties");

			assertEquals(english.keySet(), dutch.keySet(), file[0] + "/" + file[1] + ": the same keys in English and Dutch");
			assertTrue(english.size() > 1);
		}
	}

	private static Properties load(String bundleId, String path) throws IOException {
		Bundle bundle = Platform.getBundle(bundleId);
		assertNotNull(bundle, bundleId);
		URL url = bundle.getEntry(path);
		assertNotNull(url, bundleId + "/" + path);
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
