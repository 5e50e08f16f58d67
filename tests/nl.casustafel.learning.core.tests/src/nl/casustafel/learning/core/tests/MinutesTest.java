/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.learning.core.LearningMinutes;
import nl.casustafel.learning.core.demo.LearningDemo;
import nl.casustafel.learning.core.spi.MinutesExporter;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.model.Casebook;

/**
 * The minutes of the demo session of 3 March: as mail-ready text and as a PDF (read back with
 * PDFBox), with the learning points, actions, advice, theory and how the steps went.
 */
class MinutesTest {

	private final LearningSession march = marchSession();

	@Test
	void pdfMinutesHoldTheLearningPointsAndTheCourse() throws Exception {
		MinutesExporter exporter = LearningMinutes.exporter(march);
		assertEquals("pdf", exporter.fileExtension());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		exporter.export(march, bytes);

		String text;
		try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
			assertEquals("Verslag: Casusleerbijeenkomst team PI De Lindehorst", pdf.getDocumentInformation().getTitle());
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}

		assertTrue(text.contains("Verslag: Casusleerbijeenkomst team PI De Lindehorst"), text);
		assertTrue(text.contains("dinsdag 3 maart 2026"), text);
		assertTrue(text.contains("Vorm hybride"), text);
		assertTrue(text.contains("Voorzitter Anouk Peters"), text);
		assertTrue(text.contains("Inbrenger Eva Koster"), text);
		assertTrue(text.contains("Fatma Yilmaz (gast)"), text);
		assertTrue(text.contains("Youssef Amrani (online)"), text);
		assertTrue(text.contains("Leerpunten (4)"), text);
		assertTrue(text.contains("Een terugval in gebruik is eerder regel dan uitzondering"), text);
		assertTrue(text.contains("[motivatie, detentiefasering]"), text);
		assertTrue(text.contains("Voorgenomen acties"), text);
		assertTrue(text.contains("De nazorgco\u00F6rdinator van de gemeente vandaag informeren over het uitstel."), text);
		assertTrue(text.contains("Adviezen (6, waarvan 4 gekoppeld aan theorie)"), text);
		assertTrue(text.contains("[theorie: Motiverende gespreksvoering]"), text);
		assertTrue(text.contains("3 Analyseren: 20 van 15 minuten; 5 min uitgelopen"), text);
		assertTrue(text.contains("Gestelde vragen: 14"), text);
		assertTrue(text.contains("Casustafel \u2014 pagina 1"), text);
		assertFalse(text.contains("Hoe lang zit hij nu vast"), "the questions themselves stay out of the minutes");
	}

	@Test
	void mailTextAndMailtoAreReady() {
		String mail = LearningMinutes.mailText(march);
		String subject = LearningMinutes.mailSubject(march);

		assertEquals("Leerpunten: Casusleerbijeenkomst team PI De Lindehorst, 3 maart 2026", subject);
		assertTrue(mail.startsWith("Verslag: Casusleerbijeenkomst team PI De Lindehorst\n\nDatum: dinsdag 3 maart 2026\n"), mail);
		assertTrue(mail.contains("\nLeerpunten (4)\n1. Een terugval in gebruik"), mail);
		assertTrue(mail.contains("\n4. Betrek de nazorgco\u00F6rdinator"), mail);
		assertTrue(mail.contains("- Vraag open naar wat hij zelf wil bereiken") || mail.contains("- Mark de Boer: Vraag open"), mail);
		assertTrue(mail.contains("\nGeparkeerd (voor een ander overleg)\n- Uitslagen van urinecontroles"), mail);

		String mailto = LearningMinutes.mailto(march).toString();
		assertTrue(mailto.startsWith("mailto:anouk.peters@"), mailto);
		assertTrue(mailto.contains("eva.koster@"), mailto);
		assertEquals(subject, URLDecoder.decode(mailto.replaceAll(".*subject=([^&]*).*", "$1"), StandardCharsets.UTF_8));
	}

	private static LearningSession marchSession() {
		Casebook casebook = DemoRegion.create();
		LearningDemo.addTo(casebook); // a no-op when the demo contributor already added it
		return Fixtures.demoSession(casebook, LearningDemo.SESSION_MARCH);
	}
}
