/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import nl.casustafel.reflection.ui.ReflectionUi;
import nl.casustafel.reflection.ui.internal.Messages;

/**
 * Every text of the Reflection view exists in English and Dutch, and the Dutch one is used.
 */
class TranslationsTest {

	@Test
	void everyTextHasADutchTranslation() throws IOException {
		Properties english = load("nl/casustafel/reflection/ui/internal/messages.properties");
		Properties dutch = load("nl/casustafel/reflection/ui/internal/messages_nl.properties");

		assertEquals(english.keySet(), dutch.keySet());
		for (Field field : Messages.class.getFields()) {
			assertTrue(english.containsKey(field.getName()), "text for " + field.getName());
		}
		assertEquals(english.size(), Messages.class.getFields().length, "no unused texts");
		assertEquals(load("OSGI-INF/l10n/bundle.properties").keySet(), load("OSGI-INF/l10n/bundle_nl.properties").keySet());
	}

	@Test
	void theViewSpeaksDutch() {
		assertEquals("Mijn logboek", Messages.action_journal);
	}

	private static Properties load(String path) throws IOException {
		Bundle bundle = Platform.getBundle(ReflectionUi.PLUGIN_ID);
		URL url = bundle.getEntry(path);
		assertNotNull(url, path);
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
