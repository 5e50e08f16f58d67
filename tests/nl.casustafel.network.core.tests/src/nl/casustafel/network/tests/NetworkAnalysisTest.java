/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkFilter;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NodeKind;
import nl.casustafel.network.analysis.NetworkAnalysis;
import nl.casustafel.network.analysis.NetworkAnalysis.Broker;

class NetworkAnalysisTest {

	private static final double EPSILON = 1e-9;

	@Test
	void pathMiddleNodesCarryTheShortestPaths() {
		// a - b - c - d - e: b lies on 3 of the 6 pairs of others, c on 4, d on 3.
		Map<String, Double> scores = scores(graph("a-b", "b-c", "c-d", "d-e"));
		assertEquals(0, scores.get("a"), EPSILON);
		assertEquals(3 / 6.0, scores.get("b"), EPSILON);
		assertEquals(4 / 6.0, scores.get("c"), EPSILON);
		assertEquals(3 / 6.0, scores.get("d"), EPSILON);
	}

	@Test
	void theCentreOfAStarIsOnEveryPath() {
		Map<String, Double> scores = scores(graph("hub-a", "hub-b", "hub-c", "hub-d"));
		assertEquals(1.0, scores.get("hub"), EPSILON);
		assertEquals(0.0, scores.get("a"), EPSILON);
	}

	@Test
	void theBridgeOfABowTieIsTheBroker() {
		// Two triangles a-b-c and d-e-f, joined through x (c - x - d).
		NetworkGraph bowTie = graph("a-b", "b-c", "a-c", "d-e", "e-f", "d-f", "c-x", "x-d");
		List<Broker> brokers = NetworkAnalysis.brokers(bowTie, 3);
		// 7 nodes: 6 * 5 / 2 = 15 pairs of others. x joins {a, b, c} to {d, e, f}: 9 pairs; c joins
		// {a, b} to {x, d, e, f}: 8 pairs; so does d.
		assertEquals(List.of("x", "c", "d"), brokers.stream().map(b -> b.node().id()).toList());
		assertEquals(9 / 15.0, brokers.get(0).score(), EPSILON);
		assertEquals(8 / 15.0, brokers.get(1).score(), EPSILON);
		assertEquals(8 / 15.0, brokers.get(2).score(), EPSILON);
	}

	@Test
	void splitShortestPathsCountHalf() {
		// A square a-b-c-d-a: a and c are joined through b and through d.
		Map<String, Double> scores = scores(graph("a-b", "b-c", "c-d", "d-a"));
		assertEquals(0.5 / 3, scores.get("b"), EPSILON);
	}

	@Test
	void regionBrokersUseWorkingTiesOnly() {
		NetworkGraph region = NetworkBuilder.region(Fixtures.region());
		List<Broker> brokers = NetworkAnalysis.brokers(region, 10);
		// 9 organisations (the covenant takes no part): 8 * 7 / 2 = 28 pairs of others.
		// zvh: pol to the 4 others, stuur to ggz, gem and vz, and half of ggz - gem.
		assertEquals(List.of("zvh", "ggz", "gem", "vz"), brokers.stream().map(b -> b.node().id()).toList(),
				"ties by label: GGZ before Gemeente");
		assertEquals(7.5 / 28, brokers.get(0).score(), EPSILON);
		assertEquals(1.5 / 28, brokers.get(1).score(), EPSILON);
		assertEquals(1.5 / 28, brokers.get(2).score(), EPSILON);
		assertEquals(0.5 / 28, brokers.get(3).score(), EPSILON);
		assertEquals(List.of("zvh"), NetworkAnalysis.brokers(region, 1).stream().map(b -> b.node().id()).toList());
	}

	@Test
	void brokersFollowTheFilters() {
		NetworkGraph region = NetworkBuilder.region(Fixtures.region());
		// On 1 Dec 2025 zvh - gem (r9) has ended and vz -> ggz (r10) has not begun: gem - vz hangs off
		// on its own, so zvh is the only broker left: pol, ggz, stuur around it (3 pairs of 28).
		NetworkGraph december = NetworkFilter.all().withDay(LocalDate.of(2025, 12, 1)).apply(region);
		List<Broker> brokers = NetworkAnalysis.brokers(december, 10);
		assertEquals(List.of("zvh"), brokers.stream().map(b -> b.node().id()).toList());
		assertEquals(3 / 28.0, brokers.get(0).score(), EPSILON);
	}

	@Test
	void isolatedPartnersHaveNoWorkingTie() {
		NetworkGraph region = NetworkBuilder.region(Fixtures.region());
		assertEquals(List.of("woon"), ids(NetworkAnalysis.isolatedPartners(region)),
				"woon only signs the covenant and is missing at the table");
		NetworkGraph december = NetworkFilter.all().withDay(LocalDate.of(2025, 12, 1)).apply(region);
		assertEquals(List.of("woon"), ids(NetworkAnalysis.isolatedPartners(december)));
		NetworkGraph noFunding = NetworkFilter.all().withDay(LocalDate.of(2025, 12, 1)).withType("FUNDING", false)
				.apply(region);
		assertEquals(List.of("gem", "vz", "woon"), ids(NetworkAnalysis.isolatedPartners(noFunding)),
				"tension alone (vz - ggz) is no working tie");
	}

	private static List<String> ids(List<NetworkNode> nodes) {
		return nodes.stream().map(NetworkNode::id).toList();
	}

	private static Map<String, Double> scores(NetworkGraph graph) {
		Map<String, Double> result = new java.util.HashMap<>();
		NetworkAnalysis.betweenness(graph).forEach((node, score) -> result.put(node.id(), score));
		return result;
	}

	/** @param edges "a-b" pairs: cooperation edges between organisations named by their ids */
	static NetworkGraph graph(String... edges) {
		NetworkGraph.Builder builder = NetworkGraph.builder("test");
		for (String edge : edges) {
			String[] ends = edge.split("-");
			NetworkNode a = node(builder, ends[0]);
			NetworkNode b = node(builder, ends[1]);
			builder.add(new NetworkEdge(edge, RelationKind.COOPERATION.getLiteral(), a, b, null, null, null, 0, null, null));
		}
		return builder.build();
	}

	private static NetworkNode node(NetworkGraph.Builder builder, String id) {
		NetworkNode node = builder.node(id);
		return node != null ? node
				: builder.add(new NetworkNode(id, NodeKind.ORGANISATION, id, null, OrganisationLogic.OTHER, null, null, null,
						null));
	}
}
