/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblems;
import nl.casustafel.core.RankedServices;
import nl.casustafel.core.spi.ContributionProblemSource;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.edit.NetworkCommands;
import nl.casustafel.network.io.ImportResult;
import nl.casustafel.network.io.NetworkCsv;
import nl.casustafel.network.io.NetworkGraphMl;
import nl.casustafel.network.io.NetworkSvg;
import nl.casustafel.network.layout.LayoutAlgorithm;
import nl.casustafel.network.layout.LayoutResult;
import nl.casustafel.network.layout.NetworkLayout;
import nl.casustafel.network.layout.NodeSizer;
import nl.casustafel.network.style.ContributedRelationType;
import nl.casustafel.network.style.EdgeCategory;
import nl.casustafel.network.style.EdgeType;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.network.style.Legend;

/**
 * Relation types contributed by the test plug-in {@value #PARTNER} (tests/nl.casustafel.tests.partner):
 * two valid ones ({@value #SUPERVISION}, a directed route, and {@value #MONITORING}, dashed
 * cooperation) and ten broken in every way the schema allows. Run with {@code -nl nl_NL}.
 */
class RelationTypesTest {

	private static final String PARTNER = "nl.casustafel.tests.partner";

	private static final String SUPERVISION = "testpartner.supervision";

	private static final String MONITORING = "testpartner.monitoring";

	@Test
	void contributedTypesAreRegisteredWithTheirMeaningAndStyle() {
		EdgeType supervision = EdgeTypes.get(SUPERVISION);
		assertEquals(new EdgeType(SUPERVISION, "Toezicht", EdgeCategory.ROUTE, true, 0x00838F, 3, null), supervision);
		EdgeType monitoring = EdgeTypes.get(MONITORING);
		assertEquals("Elektronische monitoring", monitoring.label());
		assertEquals(EdgeCategory.COOPERATION, monitoring.category());
		assertFalse(monitoring.directed());
		assertEquals(0x558B2F, monitoring.color());
		assertEquals(2, monitoring.width());
		assertArrayEquals(new int[] { 6, 4 }, monitoring.dash());

		List<ContributedRelationType> contributed = EdgeTypes.contributed();
		assertEquals(List.of(SUPERVISION, MONITORING), contributed.stream().map(ContributedRelationType::key).toList());
		assertEquals("De testpartner houdt toezicht op voorwaarden die de andere organisatie uitvoert.",
				contributed.get(0).description());
		assertNull(contributed.get(1).description());
		assertEquals(PARTNER, contributed.get(0).contributor());

		assertTrue(EdgeTypes.isPartnerType(SUPERVISION));
		assertFalse(EdgeTypes.isPartnerType(EdgeTypes.key(RelationKind.REFERRAL)));
		assertFalse(EdgeTypes.isPartnerType(EdgeTypes.REGIE));
		assertFalse(EdgeTypes.isPartnerType("testpartner.unknown"));
		assertFalse(EdgeTypes.isPartnerType(null));
	}

	@Test
	void menusOfferTheRelationKindsThenThePartnerTypes() {
		List<String> keys = EdgeTypes.relationTypes().stream().map(EdgeType::key).toList();
		List<String> expected = new ArrayList<>();
		for (RelationKind kind : RelationKind.VALUES) {
			expected.add(EdgeTypes.key(kind));
		}
		assertEquals(expected, keys.subList(0, RelationKind.VALUES.size()));
		assertTrue(keys.indexOf(SUPERVISION) < keys.indexOf(MONITORING), keys::toString);
		assertFalse(keys.stream().anyMatch(key -> key.startsWith(EdgeTypes.CASE_PREFIX)), "no case-network ties");
		assertEquals(RelationKind.OTHER, EdgeTypes.kindFor(SUPERVISION));
		assertEquals(SUPERVISION, EdgeTypes.subtypeFor(SUPERVISION));
		assertEquals(RelationKind.FUNDING, EdgeTypes.kindFor("FUNDING"));
		assertNull(EdgeTypes.subtypeFor("FUNDING"));
	}

	@Test
	void everyBrokenContributionIsReportedNamingThePluginAndLeftOut() {
		List<ContributionProblem> problems = EdgeTypes.problems().stream()
				.filter(problem -> PARTNER.equals(problem.contributor())).toList();
		assertEquals(10, problems.size(), problems::toString);
		for (String key : List.of("testpartner.friendship", "testpartner.uncategorised", "testpartner.blue",
				"testpartner.wide", "testpartner.dotty", "testpartner.oneway", "case.testpartner")) {
			assertTrue(problems.stream().anyMatch(p -> p.isError() && p.message().contains("'" + key + "'")), key);
			assertFalse(EdgeTypes.isRegistered(key), key);
		}
		assertTrue(problems.stream().anyMatch(p -> p.isError() && p.message().contains("'REFERRAL'")));
		assertEquals("Verwijzing / route", EdgeTypes.get("REFERRAL").label(), "a built-in type is not replaced");
		assertTrue(problems.stream().anyMatch(p -> p.isError() && !p.message().contains("'")), "the one without key");
		List<ContributionProblem> warnings = problems.stream().filter(p -> !p.isError()).toList();
		assertEquals(1, warnings.size(), warnings::toString);
		assertTrue(warnings.get(0).message().contains("'" + SUPERVISION + "'"));
		assertTrue(warnings.get(0).message().contains(PARTNER), "names who registered it first");
		assertEquals(EdgeCategory.ROUTE, EdgeTypes.get(SUPERVISION).category(), "the first contribution stays");
		for (ContributionProblem problem : problems) {
			assertEquals(EdgeTypes.EXTENSION_POINT_ID, problem.extensionPoint());
			assertTrue(problem.describe().startsWith(PARTNER + ": "), problem.describe());
		}
	}

	@Test
	void theProblemsAreListedWithThoseOfEveryOtherExtensionPoint() {
		List<ContributionProblemSource> sources = RankedServices.all(ContributionProblemSource.class).stream()
				.filter(source -> EdgeTypes.EXTENSION_POINT_ID.equals(source.extensionPoint())).toList();
		assertEquals(1, sources.size(), "network.core registers one source for its relation types");
		assertEquals(EdgeTypes.problems(), sources.get(0).problems());
		assertTrue(ContributionProblems.all().containsAll(EdgeTypes.problems()), "Help > Plug-ins lists them");
	}

	@Test
	void aRelationWhoseSubtypeIsAPartnerTypeIsBuiltDrawnAndListedAsThatType() throws IOException {
		Casebook casebook = Fixtures.region();
		Relation supervision = relation(casebook, "r-sup", RelationKind.OTHER, SUPERVISION, "recl", "woon");
		Relation foreign = relation(casebook, "r-foreign", RelationKind.REFERRAL, "testpartner.unknown", "pol", "woon");
		assertEquals(SUPERVISION, EdgeTypes.typeOf(supervision));
		assertEquals("REFERRAL", EdgeTypes.typeOf(foreign), "an unknown subtype leaves the kind's type");

		NetworkGraph region = NetworkBuilder.region(casebook);
		NetworkEdge edge = region.edge("r-sup");
		assertEquals(SUPERVISION, edge.type());
		assertTrue(edge.directed(), "OTHER has no direction, supervision has");
		assertTrue(Legend.of(region).stream()
				.anyMatch(item -> item.edgeType() != null && SUPERVISION.equals(item.edgeType().key())
						&& "Toezicht".equals(item.label())));

		LayoutResult layout = NetworkLayout.layout(region, LayoutAlgorithm.AUTO, NodeSizer.ESTIMATE, Map.of());
		assertTrue(layout.route("r-sup").size() >= 2, "laid out");
		StringWriter svg = new StringWriter();
		NetworkSvg.write(region, layout, new NetworkSvg.Options("Regio", true, false), svg);
		assertTrue(svg.toString().contains("stroke=\"#00838F\" stroke-width=\"3\""), "drawn in the type's style");
		assertTrue(svg.toString().contains("<title>Toezicht</title>"), "titled with the type's label");
		assertTrue(svg.toString().contains(">Toezicht</text>"), "in the legend");

		String graphml = GraphMlTest.write(region, layout);
		assertTrue(graphml.contains("<y:LineStyle color=\"#00838F\" type=\"line\" width=\"3.0\"/>"), "yEd style");
	}

	@Test
	void partnerTypesSurviveTheGraphMlAndCsvRoundTripExactly() throws IOException {
		Casebook source = Fixtures.region();
		relation(source, "r-sup", RelationKind.OTHER, SUPERVISION, "recl", "woon");
		relation(source, "r-mon", RelationKind.OTHER, MONITORING, "recl", "vz");
		relation(source, "r-odd", RelationKind.HANDOVER, MONITORING, "om", "vz");
		relation(source, "r-free", RelationKind.OTHER, "ketenafspraak", "gem", "woon");

		Casebook viaGraphMl = Fixtures.empty();
		AdapterFactoryEditingDomain domain = Fixtures.domain(viaGraphMl);
		ImportResult graphml = NetworkGraphMl.read(domain, viaGraphMl, "region.graphml",
				GraphMlTest.write(NetworkBuilder.region(source), null));
		assertTrue(graphml.ok(), () -> graphml.problems().toString());
		domain.getCommandStack().execute(graphml.command());
		GraphMlTest.assertSameNetwork(source, viaGraphMl);
		Relation imported = Fixtures.relation(viaGraphMl, "r-sup");
		assertEquals(RelationKind.OTHER, imported.getKind());
		assertEquals(SUPERVISION, imported.getSubtype());
		assertEquals(RelationKind.HANDOVER, Fixtures.relation(viaGraphMl, "r-odd").getKind(), "the stored kind is kept");

		StringWriter organisations = new StringWriter();
		StringWriter relations = new StringWriter();
		NetworkCsv.writeOrganisations(source.getOrganisations(), organisations);
		NetworkCsv.writeRelations(source.getRelations(), relations);
		Casebook viaCsv = Fixtures.empty();
		AdapterFactoryEditingDomain csvDomain = Fixtures.domain(viaCsv);
		ImportResult csv = NetworkCsv.read(csvDomain, viaCsv,
				Map.of("organisaties.csv", organisations.toString(), "relaties.csv", relations.toString()));
		assertTrue(csv.ok(), () -> csv.problems().toString());
		csvDomain.getCommandStack().execute(csv.command());
		GraphMlTest.assertSameNetwork(source, viaCsv);
	}

	@Test
	void anImportMayNameAPartnerTypeAsTheKind() {
		Casebook casebook = Fixtures.region();
		AdapterFactoryEditingDomain domain = Fixtures.domain(casebook);
		ImportResult csv = NetworkCsv.read(domain, casebook, Map.of("relaties.csv", """
				id;kind;source;target;label
				r-new;testpartner.supervision;recl;woon;bijzondere voorwaarden
				r1;testpartner.monitoring;pol;zvh;
				"""));
		assertTrue(csv.ok(), () -> csv.problems().toString());
		domain.getCommandStack().execute(csv.command());
		Relation created = Fixtures.relation(casebook, "r-new");
		assertEquals(RelationKind.OTHER, created.getKind());
		assertEquals(SUPERVISION, created.getSubtype());
		Relation updated = Fixtures.relation(casebook, "r1");
		assertEquals(RelationKind.OTHER, updated.getKind());
		assertEquals(MONITORING, updated.getSubtype());
		domain.getCommandStack().undo();
		assertEquals(RelationKind.REFERRAL, updated.getKind(), "one undo takes the import back");
		assertNull(updated.getSubtype());

		String yed = """
				<?xml version="1.0" encoding="UTF-8"?>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				  <key id="k" for="edge" attr.name="kind" attr.type="string"/>
				  <graph id="G" edgedefault="directed">
				    <node id="recl"/><node id="woon"/>
				    <edge id="e-sup" source="recl" target="woon"><data key="k">testpartner.supervision</data></edge>
				    <edge id="e-tie" source="recl" target="woon"><data key="k">case.involvement</data></edge>
				  </graph>
				</graphml>
				""";
		ImportResult graphml = NetworkGraphMl.read(domain, casebook, "partner.graphml", yed);
		assertTrue(graphml.ok(), () -> graphml.problems().toString());
		assertEquals(1, graphml.relationsCreated());
		assertEquals(1, graphml.skipped(), "a case-network tie is still no relation");
		domain.getCommandStack().execute(graphml.command());
		assertEquals(SUPERVISION, EdgeTypes.typeOf(Fixtures.relation(casebook, "e-sup")));

		ImportResult unknown = NetworkCsv.read(domain, casebook, Map.of("relaties.csv", """
				kind;source;target
				testpartner.friendship;recl;woon
				"""));
		assertFalse(unknown.ok(), "a type that was left out is no kind");
	}

	@Test
	void drawingAPartnerTypeIsOneUndoableCommand() {
		Casebook casebook = Fixtures.region();
		AdapterFactoryEditingDomain domain = Fixtures.domain(casebook);
		CommandStack stack = domain.getCommandStack();
		Organisation recl = Fixtures.organisation(casebook, "recl");
		Organisation woon = Fixtures.organisation(casebook, "woon");
		Command create = NetworkCommands.createRelation(domain, casebook, SUPERVISION, recl, woon, null);
		stack.execute(create);
		Relation relation = Fixtures.relation(casebook, "rel-testpartner-supervision-recl-woon");
		assertEquals(RelationKind.OTHER, relation.getKind());
		assertEquals(SUPERVISION, relation.getSubtype());
		assertSame(relation, create.getAffectedObjects().iterator().next());
		assertTrue(stack.getUndoCommand().getLabel().contains("Toezicht"), stack.getUndoCommand().getLabel());
		stack.undo();
		assertNull(Fixtures.relation(casebook, relation.getId()));
		stack.redo();

		stack.execute(NetworkCommands.setType(domain, relation, "TENSION"));
		assertEquals(RelationKind.TENSION, relation.getKind());
		assertNull(relation.getSubtype(), "the partner type's key goes with it");
		stack.undo();
		assertEquals(SUPERVISION, EdgeTypes.typeOf(relation), "one undo restores kind and subtype");
		stack.execute(NetworkCommands.setType(domain, relation, MONITORING));
		assertEquals(MONITORING, relation.getSubtype());
		assertFalse(NetworkCommands.setType(domain, relation, MONITORING).canExecute(), "nothing to change");

		Relation free = relation(casebook, "r-free", RelationKind.OTHER, "ketenafspraak", "gem", "woon");
		stack.execute(NetworkCommands.setType(domain, free, "COOPERATION"));
		assertEquals("ketenafspraak", free.getSubtype(), "a subtype of the user's own is kept");
	}

	@Test
	void readingAgainRegistersTheSameTypesAndReportsTheSameProblems() {
		List<EdgeType> types = EdgeTypes.relationTypes();
		int problems = EdgeTypes.problems().size();
		EdgeTypes.refresh();
		assertEquals(types, EdgeTypes.relationTypes());
		assertEquals(problems, EdgeTypes.problems().size());
	}

	private static Relation relation(Casebook casebook, String id, RelationKind kind, String subtype, String source,
			String target) {
		Relation relation = CasebookFactory.eINSTANCE.createRelation();
		relation.setId(id);
		relation.setKind(kind);
		relation.setSubtype(subtype);
		relation.setSource(Fixtures.organisation(casebook, source));
		relation.setTarget(Fixtures.organisation(casebook, target));
		casebook.getRelations().add(relation);
		return relation;
	}
}
