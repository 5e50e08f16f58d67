/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkFilter;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.layout.Box;
import nl.casustafel.network.layout.LayoutAlgorithm;
import nl.casustafel.network.layout.LayoutResult;
import nl.casustafel.network.layout.NetworkLayout;
import nl.casustafel.network.layout.NodeSizer;
import nl.casustafel.network.layout.Point;

class NetworkLayoutTest {

	private final NetworkGraph region = NetworkBuilder.region(Fixtures.region());

	@ParameterizedTest
	@EnumSource(value = LayoutAlgorithm.class, names = { "LAYERED", "FORCE" })
	void theSameGraphAlwaysGetsTheSameLayout(LayoutAlgorithm algorithm) {
		LayoutResult first = NetworkLayout.layout(region, algorithm, NodeSizer.ESTIMATE, Map.of());
		LayoutResult second = NetworkLayout.layout(region, algorithm, NodeSizer.ESTIMATE, Map.of());
		assertEquals(first.nodes(), second.nodes());
		assertEquals(first.routes(), second.routes());

		LayoutResult shuffled = NetworkLayout.layout(shuffled(region, 7), algorithm, NodeSizer.ESTIMATE, Map.of());
		assertEquals(first.nodes(), shuffled.nodes(), "the order the graph was built in does not matter");
		assertEquals(first.routes(), shuffled.routes());
	}

	@ParameterizedTest
	@EnumSource(value = LayoutAlgorithm.class, names = { "LAYERED", "FORCE" })
	void everyNodeAndEdgeIsPlacedWithoutOverlap(LayoutAlgorithm algorithm) {
		LayoutResult layout = NetworkLayout.layout(region, algorithm, NodeSizer.ESTIMATE, Map.of());
		assertEquals(algorithm, layout.algorithm());
		assertEquals(region.nodes().size(), layout.nodes().size());
		assertEquals(region.edges().size(), layout.routes().size());
		List<Box> boxes = new ArrayList<>(layout.nodes().values());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(overlap(boxes.get(i), boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
			}
		}
		for (NetworkEdge edge : region.edges()) {
			List<Point> route = layout.route(edge.id());
			assertTrue(route.size() >= 2, edge.id());
		}
	}

	@Test
	void routesAndRegionalNetworksAreLayeredCooperationIsForce() {
		assertEquals(LayoutAlgorithm.LAYERED, NetworkLayout.resolve(region, LayoutAlgorithm.AUTO),
				"9 route relations against 1 cooperation");
		NetworkGraph caseNetwork = NetworkBuilder.forCase(Fixtures.caseT01(Fixtures.region()));
		assertEquals(LayoutAlgorithm.FORCE, NetworkLayout.resolve(caseNetwork, LayoutAlgorithm.AUTO));
		assertEquals(LayoutAlgorithm.FORCE, NetworkLayout.resolve(region, LayoutAlgorithm.FORCE));
	}

	@Test
	void pinnedNodesStayWhereTheUserPutThemAndTheirEdgesRunStraight() {
		Map<String, Point> pinned = Map.of("zvh", new Point(1000, -400));
		LayoutResult layout = NetworkLayout.layout(region, LayoutAlgorithm.LAYERED, NodeSizer.ESTIMATE, pinned);
		Box zvh = layout.node("zvh");
		assertEquals(1000, zvh.x());
		assertEquals(-400, zvh.y());
		assertEquals(2, layout.route("r1").size(), "pol -> zvh is straight now");
		Point end = layout.route("r1").get(1);
		assertTrue(end.x() >= zvh.x() - 1 && end.x() <= zvh.right() + 1 && end.y() >= zvh.y() - 1
				&& end.y() <= zvh.bottom() + 1, "the edge ends on zvh's outline: " + end);
		LayoutResult free = NetworkLayout.layout(region, LayoutAlgorithm.LAYERED, NodeSizer.ESTIMATE, Map.of());
		assertEquals(free.node("om"), layout.node("om"), "the others are laid out as without the pin");
	}

	@Test
	void parallelStraightEdgesAreBentApart() {
		// vz - ggz: tension r7 and handover r10.
		LayoutResult layout = NetworkLayout.layout(region, LayoutAlgorithm.FORCE, NodeSizer.ESTIMATE, Map.of());
		List<Point> tension = layout.route("r7");
		List<Point> handover = layout.route("r10");
		assertEquals(3, tension.size());
		assertEquals(3, handover.size());
		assertNotEquals(tension.get(1), handover.get(1));
	}

	@Test
	void largeGraphsAreLaidOutInGroupsDeterministicallyAndWithoutOverlap() {
		NetworkGraph large = large(240, 900, 11);
		assertEquals(LayoutAlgorithm.FORCE, NetworkLayout.resolve(large, LayoutAlgorithm.AUTO));
		LayoutResult first = NetworkLayout.layout(large, LayoutAlgorithm.AUTO, NodeSizer.ESTIMATE, Map.of());
		LayoutResult second = NetworkLayout.layout(shuffled(large, 3), LayoutAlgorithm.AUTO, NodeSizer.ESTIMATE, Map.of());
		assertEquals(first.nodes(), second.nodes());
		List<Box> boxes = new ArrayList<>(first.nodes().values());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(overlap(boxes.get(i), boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
			}
		}
		Box bounds = first.bounds();
		double needed = boxes.stream().mapToDouble(b -> (b.width() + 24.0) * (b.height() + 24.0)).sum();
		assertTrue((double) bounds.width() * bounds.height() < needed * 8, "compact enough to read: " + bounds);
	}

	/** Organisations in groups of 20, most ties within a group, seeded. */
	private static NetworkGraph large(int nodes, int edges, long seed) {
		Random random = new Random(seed);
		NetworkGraph.Builder builder = NetworkGraph.builder("large");
		List<NetworkNode> all = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			all.add(builder.add(new NetworkNode(String.format("n%04d", i), nl.casustafel.network.NodeKind.ORGANISATION,
					"Partner " + i, null, nl.casustafel.model.OrganisationLogic.CARE, null, null, null, null)));
		}
		for (int i = 0; i < edges; i++) {
			int a = random.nextInt(nodes);
			int b = random.nextDouble() < 0.85 ? Math.min(nodes - 1, a / 20 * 20 + random.nextInt(20)) : random.nextInt(nodes);
			if (a != b) {
				builder.add(new NetworkEdge(String.format("e%05d", i), "COOPERATION", all.get(a), all.get(b), null, null,
						null, 0, null, null));
			}
		}
		return builder.build();
	}

	@Test
	void anEmptyGraphHasAnEmptyLayout() {
		NetworkGraph empty = NetworkFilter.all().withFocus("nobody", 1).apply(region);
		LayoutResult layout = NetworkLayout.layout(empty, LayoutAlgorithm.AUTO, NodeSizer.ESTIMATE, Map.of());
		assertTrue(layout.nodes().isEmpty());
		assertEquals(new Box(0, 0, 0, 0), layout.bounds());
	}

	private static boolean overlap(Box a, Box b) {
		return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
	}

	private static NetworkGraph shuffled(NetworkGraph graph, long seed) {
		List<NetworkNode> nodes = new ArrayList<>(graph.nodes());
		List<NetworkEdge> edges = new ArrayList<>(graph.edges());
		Collections.shuffle(nodes, new Random(seed));
		Collections.shuffle(edges, new Random(seed));
		NetworkGraph.Builder builder = NetworkGraph.builder(graph.scope());
		nodes.forEach(builder::add);
		edges.forEach(builder::add);
		return builder.build();
	}
}
