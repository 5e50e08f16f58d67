/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import nl.casustafel.meeting.core.Minutes;
import nl.casustafel.meeting.core.MinutesExport;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.model.Meeting;

class MinutesTest {

	@TempDir
	Path folder;

	private Fixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new Fixture(folder);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	static String pdfText(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	static String docxText(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					text.append(paragraph.getText()).append('\n');
				} else if (element instanceof XWPFTable table) {
					text.append(table.getText()).append('\n');
				}
			}
		}
		return text.toString();
	}

	private Path export(String format, boolean pseudonymised) throws IOException {
		Meeting m1 = fixture.meeting("meeting-M1");
		MinutesExporter exporter = MinutesExport.exporter(m1, format).orElseThrow();
		Path file = folder.resolve((pseudonymised ? "pseudo-" : "") + "verslag." + exporter.getFileExtension());
		MinutesExport.export(m1, exporter, pseudonymised, Fixture.TODAY, file);
		return file;
	}

	private static void assertFullMinutes(String text) {
		String flat = text.replaceAll("\\s+", " ");
		assertTrue(flat.contains("Verslag"), flat);
		assertTrue(flat.contains("Casusoverleg ZVH Lindeveld, 13 januari 2026"), flat);
		assertTrue(flat.contains("Sanne de Wit"), "chair");
		assertTrue(flat.contains("Brakelstede"), "missing required party");
		assertTrue(flat.contains("LV-01 Robin"), flat);
		assertTrue(flat.contains("Wie zet binnen twee weken een detox-intake in"), "question");
		assertTrue(flat.contains("Interventie"), "decision");
		assertTrue(flat.contains("Detox-intake voor Robin binnen twee weken."), "agreement");
		assertTrue(flat.contains("Meer informatie nodig"), "decision on LV-06");
	}

	private static void assertPseudonymised(String text) {
		String flat = text.replaceAll("\\s+", " ");
		assertTrue(flat.contains("LV-01"), flat);
		assertTrue(flat.contains("Gepseudonimiseerde versie"), flat);
		for (String name : List.of("Robin", "Petra", "Kevin", "Sanne de Wit", "Jeroen Visser", "Ravelijnse")) {
			assertFalse(flat.contains(name), name + " in pseudonymised minutes");
		}
	}

	@Test
	void pdfMinutesHoldAttendanceQuestionsDecisionsAndAgreements() throws IOException {
		assertFullMinutes(pdfText(export(MinutesExporter.PDF, false)));
		assertPseudonymised(pdfText(export(MinutesExporter.PDF, true)));
	}

	@Test
	void docxMinutesHoldAttendanceQuestionsDecisionsAndAgreements() throws IOException {
		assertFullMinutes(docxText(export(MinutesExporter.DOCX, false)));
		assertPseudonymised(docxText(export(MinutesExporter.DOCX, true)));
	}

	@Test
	void minutesOfTheSecondMeetingFlagMoreInformationTwice() {
		Minutes minutes = Minutes.of(fixture.meeting("meeting-M2"), false, Fixture.TODAY);
		assertTrue(minutes.items().stream().anyMatch(i -> i.title().startsWith("LV-06") && !i.flag().isEmpty()));
	}

	@Test
	void aPartnerExporterWithAHigherRankingReplacesTheDefault() throws IOException {
		Meeting m1 = fixture.meeting("meeting-M1");
		assertEquals(List.of("pdf", "docx"), MinutesExport.exporters(m1).stream().map(MinutesExporter::getFormat).toList());
		MinutesExporter partner = new MinutesExporter() {
			@Override
			public String getFormat() {
				return PDF;
			}

			@Override
			public String getLabel() {
				return "Reclassering-PDF";
			}

			@Override
			public String getFileExtension() {
				return "pdf";
			}

			@Override
			public boolean isApplicable(Meeting meeting) {
				return true;
			}

			@Override
			public void export(Minutes minutes, OutputStream out) throws IOException {
				out.write(minutes.title().getBytes(StandardCharsets.UTF_8));
			}
		};
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(Constants.SERVICE_RANKING, Integer.valueOf(10));
		ServiceRegistration<MinutesExporter> registration = FrameworkUtil.getBundle(Minutes.class).getBundleContext()
				.registerService(MinutesExporter.class, partner, properties);
		try {
			assertSame(partner, MinutesExport.exporter(m1, MinutesExporter.PDF).orElseThrow());
			assertEquals("docx", MinutesExport.exporters(m1).get(1).getFormat(), "the DOCX default stays");
		} finally {
			registration.unregister();
		}
		assertFalse(MinutesExport.exporter(m1, MinutesExporter.PDF).orElseThrow() == partner);
	}
}
