/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.ForceModelStrategy;
import org.eclipse.elk.alg.force.options.ForceOptions;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.style.EdgeCategory;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.network.style.NodeStyles;

/**
 * Lays out a network graph with ELK (Eclipse Layout Kernel): {@link LayoutAlgorithm#LAYERED} (ELK
 * Layered, left to right, orthogonal edges) for routes and escalation, {@link LayoutAlgorithm#FORCE}
 * (ELK Force) for cooperation networks and large graphs.
 * <p>
 * The result is <b>deterministic</b>: nodes and edges are handed to ELK sorted by id, with a fixed
 * random seed, so the same graph always gets the same picture, whatever the order it was built in.
 * <b>Pinned</b> nodes (dragged by the user) keep their position; the edges at a pinned node are drawn
 * straight. Parallel straight edges between the same two nodes are bent apart so each stays visible.
 * Force layouts treat nodes as points and spread large graphs far apart, so they are shrunk to a
 * readable density and overlapping boxes are pushed apart afterwards. Covenant
 * membership edges are drawn but do not take part in the layout.
 * </p>
 * <p>
 * ELK's algorithms are registered with its meta data service on first use: inside OSGi its
 * ServiceLoader discovery does not cross bundles.
 * </p>
 */
public final class NetworkLayout {

	/** From this many nodes on, {@link LayoutAlgorithm#AUTO} always chooses force. */
	public static final int LARGE_GRAPH = 150;

	private static final int SEED = 1;

	/** From this many nodes on, layered layouts wrap long chains; smaller ones fit a screen anyway. */
	private static final int WRAP_FROM = 12;

	private static final int PARALLEL_EDGE_GAP = 18;

	/** The least free space between two nodes of a force layout. */
	private static final int NODE_GAP = 24;

	/** The most force iterations for one group of a large graph. */
	private static final int GROUP_ITERATIONS = 150;

	/** A force layout may cover this many times the area its nodes need before it is shrunk. */
	private static final double COMPACT_SLACK = 3.5;

	private static boolean registered;

	private NetworkLayout() {
		// static access only
	}

	/**
	 * @param graph     a graph
	 * @param requested the requested algorithm
	 * @return the algorithm {@link #layout} will use: {@code requested}, or for
	 *         {@link LayoutAlgorithm#AUTO} layered when routes are at least as many as cooperation
	 *         edges and the graph has fewer than {@link #LARGE_GRAPH} nodes, else force
	 */
	public static LayoutAlgorithm resolve(NetworkGraph graph, LayoutAlgorithm requested) {
		if (requested != LayoutAlgorithm.AUTO) {
			return requested;
		}
		if (graph.nodes().size() >= LARGE_GRAPH) {
			return LayoutAlgorithm.FORCE;
		}
		int routes = 0;
		int cooperation = 0;
		for (NetworkEdge edge : graph.edges()) {
			EdgeCategory category = EdgeTypes.get(edge.type()).category();
			if (category == EdgeCategory.ROUTE) {
				routes++;
			} else if (category == EdgeCategory.COOPERATION) {
				cooperation++;
			}
		}
		return routes > 0 && routes >= cooperation ? LayoutAlgorithm.LAYERED : LayoutAlgorithm.FORCE;
	}

	/**
	 * @param graph     the graph
	 * @param algorithm the algorithm ({@link LayoutAlgorithm#AUTO} chooses, see {@link #resolve})
	 * @param sizer     the node sizes
	 * @param pinned    node id to the top-left corner the user pinned it at; may be empty
	 * @return where everything goes
	 */
	public static LayoutResult layout(NetworkGraph graph, LayoutAlgorithm algorithm, NodeSizer sizer,
			Map<String, Point> pinned) {
		LayoutAlgorithm used = resolve(graph, algorithm);
		List<NetworkNode> nodes = new ArrayList<>(graph.nodes());
		nodes.sort(Comparator.comparing(NetworkNode::id));
		List<NetworkEdge> edges = new ArrayList<>(graph.edges());
		edges.sort(Comparator.comparing(NetworkEdge::id));

		boolean clustered = used == LayoutAlgorithm.FORCE && nodes.size() >= LARGE_GRAPH;
		Map<NetworkNode, ElkNode> elkNodes = new HashMap<>();
		Map<NetworkEdge, ElkEdge> elkEdges = new HashMap<>();
		Map<String, Box> placed = clustered ? clusteredForce(nodes, edges, sizer)
				: elkLayout(used, nodes, edges, sizer, elkNodes, elkEdges);
		if (used == LayoutAlgorithm.FORCE) {
			Overlaps.compact(placed, NODE_GAP, COMPACT_SLACK);
			Overlaps.remove(placed, NODE_GAP);
		}
		Map<String, Box> boxes = new LinkedHashMap<>();
		for (NetworkNode node : graph.nodes()) {
			Box box = placed.get(node.id());
			Point pin = pinned.get(node.id());
			boxes.put(node.id(), pin == null ? box : box.at(pin.x(), pin.y()));
		}

		Map<String, List<Point>> routes = new LinkedHashMap<>();
		Map<String, List<NetworkEdge>> straightByPair = new LinkedHashMap<>();
		for (NetworkEdge edge : graph.edges()) {
			if (edge.source() == edge.target()) {
				continue;
			}
			ElkEdge elkEdge = elkEdges.get(edge);
			boolean routed = elkEdge != null && used == LayoutAlgorithm.LAYERED && !pinned.containsKey(edge.source().id())
					&& !pinned.containsKey(edge.target().id()) && !elkEdge.getSections().isEmpty();
			if (routed) {
				ElkEdgeSection section = elkEdge.getSections().get(0);
				List<Point> route = new ArrayList<>();
				route.add(point(section.getStartX(), section.getStartY()));
				for (ElkBendPoint bend : section.getBendPoints()) {
					route.add(point(bend.getX(), bend.getY()));
				}
				route.add(point(section.getEndX(), section.getEndY()));
				routes.put(edge.id(), route);
			} else {
				String a = edge.source().id();
				String b = edge.target().id();
				String pair = a.compareTo(b) < 0 ? a + '\n' + b : b + '\n' + a;
				straightByPair.computeIfAbsent(pair, key -> new ArrayList<>()).add(edge);
			}
		}
		for (List<NetworkEdge> parallel : straightByPair.values()) {
			parallel.sort(Comparator.comparing(NetworkEdge::id));
			for (int i = 0; i < parallel.size(); i++) {
				NetworkEdge edge = parallel.get(i);
				// offsets 0, +1, -1, +2, -2 ... gaps, centred when the count is even
				double offset = parallel.size() == 1 ? 0
						: (i - (parallel.size() - 1) / 2.0) * PARALLEL_EDGE_GAP;
				routes.put(edge.id(), straightRoute(edge, boxes, offset));
			}
		}
		return new LayoutResult(used, boxes, routes);
	}

	/** Lays the graph out with one ELK run; fills the maps of ELK nodes and edges. */
	private static Map<String, Box> elkLayout(LayoutAlgorithm used, List<NetworkNode> nodes, List<NetworkEdge> edges,
			NodeSizer sizer, Map<NetworkNode, ElkNode> elkNodes, Map<NetworkEdge, ElkEdge> elkEdges) {
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, used, nodes.size());
		for (NetworkNode node : nodes) {
			ElkNode elkNode = ElkGraphUtil.createNode(root);
			Box size = sizer.size(node);
			elkNode.setDimensions(size.width(), size.height());
			elkNodes.put(node, elkNode);
		}
		for (NetworkEdge edge : edges) {
			// Covenant membership ties almost every partner to one hub: laid out, it would pull the
			// whole picture around the covenant. It is drawn, but the layout ignores it.
			if (edge.source() != edge.target() && EdgeTypes.get(edge.type()).category() != EdgeCategory.FORMAL) {
				elkEdges.put(edge, ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.source()), elkNodes.get(edge.target())));
			}
		}
		if (!nodes.isEmpty()) {
			ensureRegistered();
			new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		}
		Map<String, Box> placed = new LinkedHashMap<>();
		for (NetworkNode node : nodes) {
			ElkNode elkNode = elkNodes.get(node);
			placed.put(node.id(), new Box((int) Math.round(elkNode.getX()), (int) Math.round(elkNode.getY()),
					(int) Math.round(elkNode.getWidth()), (int) Math.round(elkNode.getHeight())));
		}
		return placed;
	}

	/**
	 * Force layout of a large graph in two levels, both with ELK Force: the graph is split into
	 * densely tied groups ({@link Communities}), each group is laid out inside a compound node, and the
	 * groups are placed among each other along the ties between them. The cost of a force layout grows
	 * with the square of the number of nodes, so small groups are much faster than one large graph, and
	 * the groups show as clusters.
	 */
	private static Map<String, Box> clusteredForce(List<NetworkNode> nodes, List<NetworkEdge> edges, NodeSizer sizer) {
		Map<NetworkNode, Integer> index = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			index.put(nodes.get(i), Integer.valueOf(i));
		}
		List<List<Integer>> neighbours = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			neighbours.add(new ArrayList<>());
		}
		List<NetworkEdge> laidOut = new ArrayList<>();
		for (NetworkEdge edge : edges) {
			if (edge.source() != edge.target() && EdgeTypes.get(edge.type()).category() != EdgeCategory.FORMAL) {
				Integer a = index.get(edge.source());
				Integer b = index.get(edge.target());
				neighbours.get(a.intValue()).add(b);
				neighbours.get(b.intValue()).add(a);
				laidOut.add(edge);
			}
		}
		List<List<Integer>> groups = Communities.detect(nodes.size(), neighbours);
		int[] groupOf = new int[nodes.size()];
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, LayoutAlgorithm.FORCE, groups.size());
		List<ElkNode> groupNodes = new ArrayList<>();
		ElkNode[] elkNodes = new ElkNode[nodes.size()];
		for (int g = 0; g < groups.size(); g++) {
			ElkNode group = ElkGraphUtil.createNode(root);
			configure(group, LayoutAlgorithm.FORCE, groups.get(g).size());
			group.setProperty(ForceOptions.ITERATIONS, Integer.valueOf(Math.min(GROUP_ITERATIONS, forceIterations(groups.get(g).size()))));
			group.setProperty(CoreOptions.PADDING, new ElkPadding(NODE_GAP));
			groupNodes.add(group);
			for (Integer member : groups.get(g)) {
				groupOf[member.intValue()] = g;
				ElkNode elkNode = ElkGraphUtil.createNode(group);
				Box size = sizer.size(nodes.get(member.intValue()));
				elkNode.setDimensions(size.width(), size.height());
				elkNodes[member.intValue()] = elkNode;
			}
		}
		Set<Long> groupTies = new HashSet<>();
		for (NetworkEdge edge : laidOut) {
			int a = index.get(edge.source()).intValue();
			int b = index.get(edge.target()).intValue();
			if (groupOf[a] == groupOf[b]) {
				ElkGraphUtil.createSimpleEdge(elkNodes[a], elkNodes[b]);
			} else {
				int low = Math.min(groupOf[a], groupOf[b]);
				int high = Math.max(groupOf[a], groupOf[b]);
				if (groupTies.add(Long.valueOf((long) low << 32 | high))) {
					ElkGraphUtil.createSimpleEdge(groupNodes.get(low), groupNodes.get(high));
				}
			}
		}
		ensureRegistered();
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		Map<String, Box> placed = new LinkedHashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			ElkNode elkNode = elkNodes[i];
			ElkNode group = groupNodes.get(groupOf[i]);
			placed.put(nodes.get(i).id(), new Box((int) Math.round(group.getX() + elkNode.getX()),
					(int) Math.round(group.getY() + elkNode.getY()), (int) Math.round(elkNode.getWidth()),
					(int) Math.round(elkNode.getHeight())));
		}
		return placed;
	}

	private static List<Point> straightRoute(NetworkEdge edge, Map<String, Box> boxes, double offset) {
		Box source = boxes.get(edge.source().id());
		Box target = boxes.get(edge.target().id());
		Point from = source.centre();
		Point to = target.centre();
		List<Point> route = new ArrayList<>();
		if (offset == 0) {
			route.add(Geometry.boundaryPoint(NodeStyles.of(edge.source()).shape(), source, to));
			route.add(Geometry.boundaryPoint(NodeStyles.of(edge.target()).shape(), target, from));
			return route;
		}
		// Bend through a point beside the midpoint; the offset's sign is taken in the direction from
		// the smaller id to the larger, so edges in opposite directions do not land on each other.
		boolean forward = edge.source().id().compareTo(edge.target().id()) < 0;
		double dx = (forward ? 1 : -1) * (to.x() - from.x());
		double dy = (forward ? 1 : -1) * (to.y() - from.y());
		double length = Math.max(1, Math.hypot(dx, dy));
		Point middle = new Point((int) Math.round((from.x() + to.x()) / 2.0 - dy / length * offset),
				(int) Math.round((from.y() + to.y()) / 2.0 + dx / length * offset));
		route.add(Geometry.boundaryPoint(NodeStyles.of(edge.source()).shape(), source, middle));
		route.add(middle);
		route.add(Geometry.boundaryPoint(NodeStyles.of(edge.target()).shape(), target, middle));
		return route;
	}

	private static void configure(ElkNode root, LayoutAlgorithm algorithm, int nodeCount) {
		root.setProperty(CoreOptions.RANDOM_SEED, Integer.valueOf(SEED));
		root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
		if (algorithm == LayoutAlgorithm.LAYERED) {
			root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
			root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
			root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
			root.setProperty(LayeredOptions.SPACING_NODE_NODE, Double.valueOf(36));
			root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, Double.valueOf(70));
			root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, Double.valueOf(24));
			root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, Double.valueOf(14));
			root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, Double.valueOf(14));
			root.setProperty(LayeredOptions.SPACING_EDGE_NODE, Double.valueOf(20));
			root.setProperty(CoreOptions.ASPECT_RATIO, Double.valueOf(1.6));
			if (nodeCount >= WRAP_FROM && nodeCount < LARGE_GRAPH) {
				// Long chains of routes would make a wide, flat picture: wrap them into a screen's shape.
				root.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
			} else if (nodeCount >= LARGE_GRAPH) {
				// Network simplex layering and the thorough crossing minimisation do not scale.
				root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
				root.setProperty(LayeredOptions.THOROUGHNESS, Integer.valueOf(1));
				root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
			}
		} else {
			root.setProperty(CoreOptions.ALGORITHM, ForceOptions.ALGORITHM_ID);
			root.setProperty(ForceOptions.MODEL, ForceModelStrategy.FRUCHTERMAN_REINGOLD);
			root.setProperty(ForceOptions.SPACING_NODE_NODE, Double.valueOf(20));
			root.setProperty(ForceOptions.ITERATIONS, Integer.valueOf(forceIterations(nodeCount)));
			root.setProperty(CoreOptions.ASPECT_RATIO, Double.valueOf(1.6));
		}
	}

	/**
	 * @param nodeCount the number of nodes
	 * @return the force iterations: 1000 for small graphs (compact and settled), fewer for large ones
	 *         (each costs time quadratic in the number of nodes)
	 */
	static int forceIterations(int nodeCount) {
		if (nodeCount <= 100) {
			return 1000;
		}
		return Math.max(40, 1000 * 100 / nodeCount * 100 / nodeCount);
	}

	private static Point point(double x, double y) {
		return new Point((int) Math.round(x), (int) Math.round(y));
	}

	private static synchronized void ensureRegistered() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
					new ForceMetaDataProvider());
			registered = true;
		}
	}
}
