/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.model.Casebook;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.model.TensionDimension;
import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.io.ImportProblem;
import nl.casustafel.network.io.ImportResult;
import nl.casustafel.network.io.NetworkCsv;

class CsvTest {

	@Test
	void exportedFilesReadBackIntoAnEmptyCasebook(@TempDir Path folder) throws IOException {
		Casebook source = Fixtures.region();
		Path organisations = folder.resolve("organisaties.csv");
		Path relations = folder.resolve("relaties.csv");
		NetworkCsv.export(NetworkBuilder.region(source), organisations, relations);
		String head = Files.readString(relations);
		assertTrue(head.startsWith("\uFEFFid;kind;source;target;"), head);
		assertTrue(head.contains("\r\n"), "CRLF for spreadsheet programs");

		Casebook target = Fixtures.empty();
		AdapterFactoryEditingDomain domain = Fixtures.domain(target);
		ImportResult result = NetworkCsv.read(domain, target, List.of(relations, organisations));
		assertTrue(result.ok(), () -> result.problems().toString());
		assertEquals(9, result.organisationsCreated());
		assertEquals(10, result.relationsCreated());
		domain.getCommandStack().execute(result.command());
		GraphMlTest.assertSameNetwork(source, target);
	}

	@Test
	void aSpreadsheetWithDutchHeadersCommasAndWindowsEncodingIsRead(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("relaties.csv");
		Files.write(file, ("Soort,Bron,Doel,Omschrijving,Geldig van,Spanning,Extra kolom\r\n"
				+ "verwijzing,Politie,ZVH,\"Aanmelding, via \"\"PGA\"\"\",1-3-2026,geen,x\r\n"
				+ "spanning,GGZ Testregio,Woningcorporatie,Caf\u00e9 gesloten,,cultuur,\r\n").getBytes(Charset.forName("windows-1252")));
		Casebook casebook = Fixtures.region();
		AdapterFactoryEditingDomain domain = Fixtures.domain(casebook);
		ImportResult result = NetworkCsv.read(domain, casebook, List.of(file));
		assertTrue(result.ok(), () -> result.problems().toString());
		assertEquals(2, result.relationsCreated());
		domain.getCommandStack().execute(result.command());

		Relation referral = Fixtures.relation(casebook, "rel-referral-pol-zvh");
		assertEquals(RelationKind.REFERRAL, referral.getKind());
		assertEquals("Aanmelding, via \"PGA\"", referral.getLabel());
		assertEquals(Fixtures.date(2026, 3, 1), referral.getValidFrom());
		Relation tension = Fixtures.relation(casebook, "rel-tension-ggz-woon");
		assertEquals(TensionDimension.CULTURE, tension.getTension());
		assertEquals("Caf\u00e9 gesloten", tension.getLabel());
	}

	@Test
	void badRowsAreAllReportedAndNothingIsImported() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("organisaties.csv", """
				id;naam;logica
				org-buurtteam;Buurtteam Oost;gemeente
				org-x;;zorg
				org-y;Partner Y;religie
				org-buurtteam;Dubbel;zorg
				""");
		files.put("relaties.csv", """
				id;soort;bron;doel;geldig van;geldig tot;sterkte
				rel-1;verwijzing;org-buurtteam;zvh;2026-01-01;;3
				rel-2;verwijzing;org-buurtteam;onbekend;;;
				rel-3;vriendschap;org-buurtteam;zvh;;;
				rel-4;FUNDING;gem;vz;2026-13-01;;
				rel-5;FUNDING;gem;vz;2026-02-01;2026-01-01;
				rel-6;FUNDING;gem;gem;;;
				rel-7;FUNDING;gem;vz;;;veel
				rel-1;FUNDING;gem;vz;;;
				rel-8;FUNDING;gem;vz;;;;;;;;;;;;;
				""");
		Casebook casebook = Fixtures.region();
		ImportResult result = NetworkCsv.read(Fixtures.domain(casebook), casebook, files);
		assertFalse(result.ok());
		assertNull(result.command(), "with one bad row nothing is imported");
		List<String> report = result.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList();
		assertEquals(List.of("organisaties.csv:3:naam", "organisaties.csv:4:logica", "organisaties.csv:5:id",
				"relaties.csv:3:doel", "relaties.csv:4:soort", "relaties.csv:5:geldig van", "relaties.csv:6:geldig tot",
				"relaties.csv:7:doel", "relaties.csv:8:sterkte", "relaties.csv:9:id", "relaties.csv:10:null"), report);
		ImportProblem unknown = result.problems().get(3);
		assertTrue(unknown.message().contains("onbekend"), unknown::message);
		assertEquals(9, casebook.getOrganisations().size());
		assertEquals(10, casebook.getRelations().size());
	}

	@Test
	void existingOrganisationsAndRelationsAreUpdatedInTheColumnsTheFileHas() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("org.csv", "id;logic\r\nwoon;CARE\r\n");
		files.put("rel.csv", "id;kind;source;target;label\r\nr1;COOPERATION;pol;zvh;\r\n");
		Casebook casebook = Fixtures.region();
		AdapterFactoryEditingDomain domain = Fixtures.domain(casebook);
		ImportResult result = NetworkCsv.read(domain, casebook, files);
		assertTrue(result.ok(), () -> result.problems().toString());
		assertEquals(1, result.organisationsUpdated());
		assertEquals(1, result.relationsUpdated());
		domain.getCommandStack().execute(result.command());
		Organisation woon = Fixtures.organisation(casebook, "woon");
		assertEquals(OrganisationLogic.CARE, woon.getLogic());
		assertEquals("Woningcorporatie Testregio", woon.getName(), "no name column: the name stays");
		Relation r1 = Fixtures.relation(casebook, "r1");
		assertEquals(RelationKind.COOPERATION, r1.getKind());
		assertNull(r1.getLabel(), "an empty cell in a column the file has clears the value");
		domain.getCommandStack().undo();
		assertEquals(OrganisationLogic.OTHER, woon.getLogic());
		assertEquals(RelationKind.REFERRAL, r1.getKind());
	}

	@Test
	void aQuoteThatIsNeverClosedIsReported() {
		Casebook casebook = Fixtures.region();
		ImportResult result = NetworkCsv.read(Fixtures.domain(casebook), casebook,
				Map.of("rel.csv", "kind;source;target\nREFERRAL;\"pol;zvh\n"));
		assertEquals(1, result.problems().size());
		assertEquals(2, result.problems().get(0).line());
	}

	@Test
	void organisationsWrittenWithQuotesWhereNeeded() throws IOException {
		Organisation organisation = nl.casustafel.model.CasebookFactory.eINSTANCE.createOrganisation();
		organisation.setId("o");
		organisation.setName("Team; \"Oost\"");
		StringWriter out = new StringWriter();
		NetworkCsv.writeOrganisations(List.of(organisation), out);
		assertTrue(out.toString().contains("o;\"Team; \"\"Oost\"\"\";"), out.toString());
	}
}
