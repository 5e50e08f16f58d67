/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.MinutesExport;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementType;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.tests.support.DemoCasebook;

/**
 * The probation unit's CSV exporter is offered as a new format for meetings that concern
 * probation, writes exactly the agreements probation owns, and leaves Casustafel's PDF and DOCX
 * exporters in place for every meeting.
 */
class MinutesExporterContributionTest {

	private static final String HEADER = "Overleg;Datum;Agendapunt;Casus;Afspraak;Wie;Uiterlijk;Status";

	@TempDir
	Path temp;

	private DemoCasebook book;

	@BeforeEach
	void openDemo() throws Exception {
		book = DemoCasebook.create(temp);
	}

	@AfterEach
	void closeDemo() {
		book.close();
	}

	@Test
	void theExporterIsOfferedBesideTheDefaultsForAMeetingWithProbation() {
		List<MinutesExporter> exporters = MinutesExport.exporters(Find.meeting(book, DemoRegion.MEETING_M1));
		assertEquals(Set.of(MinutesExporter.PDF, MinutesExporter.DOCX, ExampleIds.EXPORTER_FORMAT),
				Set.copyOf(exporters.stream().map(MinutesExporter::getFormat).toList()));
		MinutesExporter ours = MinutesExport.exporter(Find.meeting(book, DemoRegion.MEETING_M1), ExampleIds.EXPORTER_FORMAT)
				.orElseThrow();
		assertEquals(ExampleIds.BUNDLE, FrameworkUtil.getBundle(ours.getClass()).getSymbolicName());
		assertEquals("Afspraken reclassering (CSV)", ours.getLabel());
		assertEquals("csv", ours.getFileExtension());
		for (String format : List.of(MinutesExporter.PDF, MinutesExporter.DOCX)) {
			MinutesExporter standard = MinutesExport.exporter(Find.meeting(book, DemoRegion.MEETING_M1), format).orElseThrow();
			assertNotEquals(ExampleIds.BUNDLE, FrameworkUtil.getBundle(standard.getClass()).getSymbolicName(), format);
		}
	}

	@Test
	void aMeetingWithoutProbationKeepsOnlyTheDefaults() {
		// M3, the focusoverleg on LV-01: no probation at the table, no agreement for probation.
		List<MinutesExporter> exporters = MinutesExport.exporters(Find.meeting(book, DemoRegion.MEETING_M3));
		assertEquals(Set.of(MinutesExporter.PDF, MinutesExporter.DOCX),
				Set.copyOf(exporters.stream().map(MinutesExporter::getFormat).toList()));
	}

	@Test
	void theCsvHoldsExactlyTheAgreementsProbationOwns() throws IOException {
		Meeting m1 = Find.meeting(book, DemoRegion.MEETING_M1);
		List<List<String>> rows = export(m1, false);
		assertEquals(HEADER, String.join(";", rows.get(0)));
		List<String> expected = probationAgreements(m1);
		assertFalse(expected.isEmpty(), "the demo's M1 has an agreement for probation");
		assertEquals(expected, rows.subList(1, rows.size()).stream().map(r -> r.get(4)).toList());
		List<String> risk = rows.get(1);
		assertEquals("Reclassering brengt de risico's richting de ex-partner in kaart.", risk.get(4));
		assertEquals("Mark de Boer (Reclassering)", risk.get(5));
		assertTrue(risk.get(3).startsWith("LV-06"), risk.toString());
	}

	@Test
	void thePseudonymisedCsvNamesOrganisationsAndCaseNumbersOnly() throws IOException {
		List<List<String>> rows = export(Find.meeting(book, DemoRegion.MEETING_M2), true);
		assertTrue(rows.size() > 1, "M2 has an agreement for probation");
		for (List<String> row : rows.subList(1, rows.size())) {
			assertEquals("Reclassering", row.get(5), row.toString());
			assertFalse(row.get(3).isBlank(), row.toString());
		}
		String all = rows.toString();
		for (String name : List.of("Eva Koster", "Mark de Boer", "Sem", "Kevin")) {
			assertFalse(all.contains(name), name + " in " + all);
		}
	}

	@Test
	void fieldsWithSeparatorsOrQuotesAreQuotedAndAnUndoTakesTheRowAway() throws IOException {
		Meeting m1 = Find.meeting(book, DemoRegion.MEETING_M1);
		AgendaItem item = m1.getItems().stream().filter(i -> i.getCase() != null && "LV-06".equals(i.getCase().getCaseNumber()))
				.findFirst().orElseThrow();
		Organisation reclassering = Find.organisation(book, "org-reclassering");
		String description = "Driegesprek plannen; \"voorwaarden\" samen doorlopen";
		Command capture = Agreements.captureCommand(book.session().getEditingDomain(), item, description, null, reclassering,
				DemoRegion.REFERENCE_DATE.plusDays(14), AgreementType.CLIENT_CONTACT, DemoRegion.REFERENCE_DATE);
		book.session().getEditingDomain().getCommandStack().execute(capture);
		Path file = temp.resolve("m1.csv");
		MinutesExport.export(m1, exporter(m1), false, DemoRegion.REFERENCE_DATE, file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains(";\"Driegesprek plannen; \"\"voorwaarden\"\" samen doorlopen\";Reclassering;"), text);
		assertTrue(probationAgreements(m1).contains(description));

		book.session().getEditingDomain().getCommandStack().undo();
		MinutesExport.export(m1, exporter(m1), false, DemoRegion.REFERENCE_DATE, file);
		assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("Driegesprek plannen"));
	}

	@Test
	void withoutAnActiveCasebookEveryAgreementIsWritten() throws IOException {
		Meeting m1 = Find.meeting(book, DemoRegion.MEETING_M1);
		int all = 0;
		for (AgendaItem item : m1.getItems()) {
			all += Agreements.dealtWith(item).size();
		}
		DemoCasebook.service().setActiveSession(null);
		try {
			assertEquals(all, export(m1, false).size() - 1);
		} finally {
			DemoCasebook.service().setActiveSession(book.session());
		}
	}

	private static List<String> probationAgreements(Meeting meeting) {
		List<String> result = new ArrayList<>();
		for (AgendaItem item : meeting.getItems()) {
			for (Agreement agreement : Agreements.dealtWith(item)) {
				Organisation organisation = Agreements.organisationOf(agreement);
				if (organisation != null && "probation".equals(organisation.getType())) {
					result.add(agreement.getDescription());
				}
			}
		}
		return result;
	}

	private static MinutesExporter exporter(Meeting meeting) {
		return MinutesExport.exporter(meeting, ExampleIds.EXPORTER_FORMAT).orElseThrow();
	}

	private List<List<String>> export(Meeting meeting, boolean pseudonymised) throws IOException {
		Path file = temp.resolve(meeting.getId() + (pseudonymised ? "-pseudonymised" : "") + ".csv");
		MinutesExport.export(meeting, exporter(meeting), pseudonymised, DemoRegion.REFERENCE_DATE, file);
		byte[] bytes = Files.readAllBytes(file);
		assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark");
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertTrue(text.endsWith("\r\n"), "CRLF line ends");
		List<List<String>> rows = new ArrayList<>();
		for (String line : text.split("\r\n")) {
			rows.add(split(line));
		}
		return rows;
	}

	/** Splits one CSV line of the exporter's format (no line breaks inside fields in the demo). */
	private static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ';') {
				fields.add(field.toString());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}
