/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

import nl.casustafel.model.Casebook;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.io.ImportProblem;
import nl.casustafel.network.io.ImportResult;
import nl.casustafel.network.io.NetworkGraphMl;
import nl.casustafel.network.io.NetworkCsv;
import nl.casustafel.network.layout.LayoutAlgorithm;
import nl.casustafel.network.layout.LayoutResult;
import nl.casustafel.network.layout.NetworkLayout;
import nl.casustafel.network.layout.NodeSizer;

class GraphMlTest {

	@Test
	void aRegionSurvivesTheRoundTripIntoAnEmptyCasebook() throws IOException {
		Casebook source = Fixtures.region();
		NetworkGraph region = NetworkBuilder.region(source);
		LayoutResult layout = NetworkLayout.layout(region, LayoutAlgorithm.AUTO, NodeSizer.ESTIMATE, Map.of());
		String graphml = write(region, layout);
		assertTrue(graphml.contains("<y:ShapeNode>"), "yEd graphics");
		assertTrue(graphml.contains("attr.name=\"label\""), "Gephi labels");

		Casebook target = Fixtures.empty();
		AdapterFactoryEditingDomain domain = Fixtures.domain(target);
		ImportResult result = NetworkGraphMl.read(domain, target, "region.graphml", graphml);

		assertTrue(result.ok(), () -> result.problems().toString());
		assertEquals(9, result.organisationsCreated());
		assertEquals(10, result.relationsCreated());
		assertEquals(1 + 8, result.skipped(), "the covenant and its 8 party edges are no organisations or relations");
		assertTrue(target.getOrganisations().isEmpty(), "nothing happens before the command runs");
		domain.getCommandStack().execute(result.command());

		assertSameNetwork(source, target);

		domain.getCommandStack().undo();
		assertTrue(target.getOrganisations().isEmpty(), "one undo takes the whole import back");
		assertTrue(target.getRelations().isEmpty());
	}

	@Test
	void importingTheSameFileAgainChangesNothing() throws IOException {
		Casebook casebook = Fixtures.region();
		String graphml = write(NetworkBuilder.region(casebook), null);
		ImportResult result = NetworkGraphMl.read(Fixtures.domain(casebook), casebook, "region.graphml", graphml);
		assertTrue(result.ok(), () -> result.problems().toString());
		assertEquals(0, result.organisationsCreated() + result.organisationsUpdated() + result.relationsCreated()
				+ result.relationsUpdated());
		assertNull(result.command());
	}

	@Test
	void aYedFileWithLabelsOnlyBecomesNewOrganisationsAndOtherRelations() {
		String yed = """
				<?xml version="1.0" encoding="UTF-8"?>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
				  <key id="d0" for="node" yfiles.type="nodegraphics"/>
				  <graph id="G" edgedefault="directed">
				    <node id="n0"><data key="d0"><y:ShapeNode><y:NodeLabel>Buurtteam Oost</y:NodeLabel></y:ShapeNode></data></node>
				    <node id="n1"><data key="d0"><y:ShapeNode><y:NodeLabel>GGZ Testregio</y:NodeLabel></y:ShapeNode></data></node>
				    <edge id="e0" source="n0" target="n1"/>
				  </graph>
				</graphml>
				""";
		Casebook casebook = Fixtures.region();
		AdapterFactoryEditingDomain domain = Fixtures.domain(casebook);
		ImportResult result = NetworkGraphMl.read(domain, casebook, "yed.graphml", yed);
		assertTrue(result.ok(), () -> result.problems().toString());
		assertEquals(1, result.organisationsCreated(), "GGZ Testregio is matched by name");
		assertEquals(1, result.relationsCreated());
		domain.getCommandStack().execute(result.command());
		Organisation buurtteam = Fixtures.organisation(casebook, "n0");
		assertEquals("Buurtteam Oost", buurtteam.getName());
		assertEquals(OrganisationLogic.OTHER, buurtteam.getLogic());
		Relation relation = Fixtures.relation(casebook, "e0");
		assertEquals(RelationKind.OTHER, relation.getKind());
		assertEquals("ggz", relation.getTarget().getId());
	}

	@Test
	void badEdgesAreReportedWithTheirLinesAndNothingIsImported() {
		String graphml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				  <key id="k" for="edge" attr.name="kind" attr.type="string"/>
				  <key id="f" for="edge" attr.name="validFrom" attr.type="string"/>
				  <key id="l" for="node" attr.name="logic" attr.type="string"/>
				  <key id="n" for="node" attr.name="name" attr.type="string"/>
				  <graph edgedefault="directed">
				    <node id="new"><data key="n">Nieuwe partner</data><data key="l">zorg</data></node>
				    <edge id="ok" source="new" target="zvh"><data key="k">verwijzing</data></edge>
				    <edge id="bad1" source="new" target="nobody"><data key="k">REFERRAL</data></edge>
				    <edge id="bad2" source="new" target="zvh"><data key="k">vriendschap</data></edge>
				    <edge id="bad3" source="new" target="zvh"><data key="k">FUNDING</data><data key="f">31-02-2026</data></edge>
				  </graph>
				</graphml>
				""";
		Casebook casebook = Fixtures.region();
		ImportResult result = NetworkGraphMl.read(Fixtures.domain(casebook), casebook, "bad.graphml", graphml);
		assertFalse(result.ok());
		assertNull(result.command(), "all or nothing");
		List<ImportProblem> problems = result.problems();
		assertEquals(3, problems.size(), problems::toString);
		assertEquals(10, problems.get(0).line());
		assertEquals("target", problems.get(0).column());
		assertTrue(problems.get(0).message().contains("nobody"));
		assertEquals(11, problems.get(1).line());
		assertTrue(problems.get(1).message().contains("vriendschap"));
		assertEquals(12, problems.get(2).line());
		assertEquals("validFrom", problems.get(2).column());
		assertEquals(9, casebook.getOrganisations().size());
	}

	@Test
	void brokenXmlIsOneProblemWithItsLine() {
		Casebook casebook = Fixtures.region();
		ImportResult result = NetworkGraphMl.read(Fixtures.domain(casebook), casebook, "broken.graphml",
				"<?xml version=\"1.0\"?>\n<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n");
		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).line() >= 4, result.problems()::toString);
		ImportResult notGraphMl = NetworkGraphMl.read(Fixtures.domain(casebook), casebook, "x.graphml", "<svg/>");
		assertEquals(1, notGraphMl.problems().size());
	}

	static String write(NetworkGraph graph, LayoutResult layout) throws IOException {
		StringWriter out = new StringWriter();
		NetworkGraphMl.write(graph, layout, out);
		return out.toString();
	}

	/** Same organisations and relations, field by field (days as days). */
	static void assertSameNetwork(Casebook expected, Casebook actual) throws IOException {
		StringWriter a = new StringWriter();
		StringWriter b = new StringWriter();
		NetworkCsv.writeOrganisations(expected.getOrganisations(), a);
		NetworkCsv.writeOrganisations(actual.getOrganisations(), b);
		assertEquals(a.toString(), b.toString());
		a = new StringWriter();
		b = new StringWriter();
		NetworkCsv.writeRelations(expected.getRelations(), a);
		NetworkCsv.writeRelations(actual.getRelations(), b);
		assertEquals(a.toString(), b.toString());
		assertNotNull(actual.getRelations().get(0).getSource());
	}
}
