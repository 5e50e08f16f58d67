/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.casustafel.model.Casebook;
import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NodeFlag;
import nl.casustafel.network.NodeKind;
import nl.casustafel.network.style.EdgeTypes;

class NetworkBuilderTest {

	private final Casebook casebook = Fixtures.region();

	@Test
	void regionHasEveryOrganisationTheCovenantAndEveryRelation() {
		NetworkGraph region = NetworkBuilder.region(casebook);

		assertEquals(NetworkBuilder.REGION_SCOPE, region.scope());
		assertEquals(10, region.nodes().size(), "9 organisations and 1 covenant");
		assertEquals(NodeKind.COVENANT, region.node("cov-1").kind());
		assertEquals(10 + 8, region.edges().size(), "10 relations and 8 covenant parties");
		NetworkEdge tension = region.edge("r7");
		assertEquals("TENSION", tension.type());
		assertEquals("vz", tension.source().id());
		assertFalse(tension.directed());
		assertTrue(region.edge("r1").directed());
		assertEquals("ZVH", region.node("zvh").label());
		assertEquals("Zorg- en Veiligheidshuis Testregio", region.node("zvh").detail());
	}

	@Test
	void caseNetworkShowsRegieKnowersTiesAbsentPartiesAndRelationsAmongThem() {
		NetworkGraph network = NetworkBuilder.forCase(Fixtures.caseT01(casebook));

		assertEquals("case:case-T-01", network.scope());
		assertEquals(Set.of("subject-T-01", "p-vera", "vz", "p-piet", "pol", "gem", "tie-1", "tie-2", "woon", "ggz"),
				ids(network));
		NetworkNode centre = network.node("subject-T-01");
		assertTrue(centre.has(NodeFlag.CENTRE));
		assertEquals("Alex", centre.label());
		assertEquals(Set.of(NodeFlag.REGIE, NodeFlag.KNOWS_PERSON), network.node("p-vera").flags());
		assertEquals(Set.of(), network.node("p-piet").flags());
		assertEquals(Set.of(NodeFlag.KNOWS_PERSON), network.node("gem").flags());
		assertTrue(network.node("tie-1").has(NodeFlag.KNOWS_PERSON));
		assertFalse(network.node("tie-2").has(NodeFlag.KNOWS_PERSON));
		assertTrue(network.node("woon").has(NodeFlag.MISSING_PARTY));
		assertTrue(network.node("ggz").has(NodeFlag.MISSING_PARTY));

		assertEquals(12, network.edges().size());
		assertEquals(EdgeTypes.REGIE, network.edge("case-T-01/regie").type());
		assertEquals("p-vera", network.edge("case-T-01/regie").source().id());
		assertNotNull(network.edge("inv-2"));
		assertEquals("enforcement", network.edge("inv-2").label());
		assertEquals(EdgeTypes.SHOULD_ATTEND, network.edge("case-T-01/absent/woon").type());
		assertEquals(Set.of("r3", "r7", "r10"), network.edges().stream()
				.filter(edge -> edge.id().startsWith("r")).map(NetworkEdge::id).collect(Collectors.toSet()),
				"relations among the organisations shown; r1 (pol -> zvh) needs zvh, which is not in the case");
		// Edges of replaced nodes (flags added later) point at the final nodes.
		for (NetworkEdge edge : network.edges()) {
			assertTrue(network.node(edge.source().id()) == edge.source(), edge.toString());
			assertTrue(network.node(edge.target().id()) == edge.target(), edge.toString());
		}
	}

	@Test
	void roleLabelsComeFromTheGivenFunction() {
		NetworkGraph network = NetworkBuilder.forCase(Fixtures.caseT01(casebook), role -> "[" + role + "]");
		assertEquals("[enforcement]", network.edge("inv-2").label());
	}

	static Set<String> ids(NetworkGraph graph) {
		return graph.nodes().stream().map(NetworkNode::id).collect(Collectors.toCollection(TreeSet::new));
	}
}
