/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.internal.validation.Messages;

/**
 * Every validation message exists in English (the fallback) and in Dutch (the users' language),
 * and names the object.
 */
class ValidationMessagesTest {

	@Test
	void everyMessageIsTranslated() throws Exception {
		Set<String> fields = new TreeSet<>();
		for (Field field : Messages.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				fields.add(field.getName());
				assertNotNull(field.get(null), field.getName());
			}
		}
		Properties english = load("messages.properties");
		Properties dutch = load("messages_nl.properties");
		assertEquals(fields, new TreeSet<>(english.stringPropertyNames()));
		assertEquals(fields, new TreeSet<>(dutch.stringPropertyNames()));
		for (String key : fields) {
			assertNotEquals(english.getProperty(key), dutch.getProperty(key), "Dutch translation of " + key);
			if (!key.startsWith("Label_")) {
				assertTrue(NLS.bind(dutch.getProperty(key), "X-LABEL").contains("X-LABEL"), "Dutch " + key + " names the object");
				assertTrue(NLS.bind(english.getProperty(key), "X-LABEL").contains("X-LABEL"), "English " + key + " names the object");
			}
		}
		assertTrue(dutch.getProperty("AgendaItem_QuestionMissing").contains("vraag"));
		assertTrue(dutch.getProperty("Validity_ToBeforeFrom").contains("v\u00f3\u00f3r"), "accents survive the encoding");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			properties.load(in);
		}
		return properties;
	}
}
