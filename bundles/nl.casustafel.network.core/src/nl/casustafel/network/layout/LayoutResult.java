/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.layout;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Where a layout put the nodes and how it routed the edges, in diagram coordinates. Immutable.
 */
public final class LayoutResult {

	private final LayoutAlgorithm algorithm;

	private final Map<String, Box> nodes;

	private final Map<String, List<Point>> routes;

	private final Box bounds;

	/**
	 * @param algorithm the algorithm used (never {@link LayoutAlgorithm#AUTO})
	 * @param nodes     node id to box
	 * @param routes    edge id to route: start point on the source's outline, bend points, end point on
	 *                  the target's outline
	 */
	public LayoutResult(LayoutAlgorithm algorithm, Map<String, Box> nodes, Map<String, List<Point>> routes) {
		this.algorithm = algorithm;
		this.nodes = Collections.unmodifiableMap(nodes);
		this.routes = Collections.unmodifiableMap(routes);
		Box all = null;
		for (Box box : nodes.values()) {
			all = all == null ? box : all.union(box);
		}
		for (List<Point> route : routes.values()) {
			for (Point point : route) {
				all = all == null ? new Box(point.x(), point.y(), 0, 0) : all.union(point);
			}
		}
		this.bounds = all == null ? new Box(0, 0, 0, 0) : all;
	}

	/** @return the algorithm used */
	public LayoutAlgorithm algorithm() {
		return algorithm;
	}

	/** @return node id to box, unmodifiable */
	public Map<String, Box> nodes() {
		return nodes;
	}

	/** @return edge id to route, unmodifiable */
	public Map<String, List<Point>> routes() {
		return routes;
	}

	/**
	 * @param nodeId a node id
	 * @return its box, or {@code null}
	 */
	public Box node(String nodeId) {
		return nodes.get(nodeId);
	}

	/**
	 * @param edgeId an edge id
	 * @return its route (at least start and end), or {@code null}
	 */
	public List<Point> route(String edgeId) {
		return routes.get(edgeId);
	}

	/** @return the smallest box holding every node and route */
	public Box bounds() {
		return bounds;
	}
}
