/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A network of organisations and people, built from a casebook by {@link NetworkBuilder} or read from
 * a file: nodes and edges in a stable order (nodes and edges keep the order they were added in).
 * Immutable; filtering returns a new graph.
 */
public final class NetworkGraph {

	private final String scope;

	private final Map<String, NetworkNode> nodes;

	private final Map<String, NetworkEdge> edges;

	private Map<NetworkNode, List<NetworkEdge>> incidence;

	private NetworkGraph(String scope, Map<String, NetworkNode> nodes, Map<String, NetworkEdge> edges) {
		this.scope = scope;
		this.nodes = Collections.unmodifiableMap(nodes);
		this.edges = Collections.unmodifiableMap(edges);
	}

	/**
	 * @param scope the scope key, see {@link NetworkBuilder#REGION_SCOPE} and
	 *              {@link NetworkBuilder#caseScope(nl.casustafel.model.Case)}
	 * @return a builder of a new graph
	 */
	public static Builder builder(String scope) {
		return new Builder(scope);
	}

	/** @return the scope key this graph was built for */
	public String scope() {
		return scope;
	}

	/** @return the nodes, in order */
	public Collection<NetworkNode> nodes() {
		return nodes.values();
	}

	/** @return the edges, in order */
	public Collection<NetworkEdge> edges() {
		return edges.values();
	}

	/**
	 * @param id a node id
	 * @return the node, or {@code null}
	 */
	public NetworkNode node(String id) {
		return nodes.get(id);
	}

	/**
	 * @param id an edge id
	 * @return the edge, or {@code null}
	 */
	public NetworkEdge edge(String id) {
		return edges.get(id);
	}

	/**
	 * @param node a node of this graph
	 * @return the edges that start or end at it, in order
	 */
	public synchronized List<NetworkEdge> edgesOf(NetworkNode node) {
		if (incidence == null) {
			Map<NetworkNode, List<NetworkEdge>> map = new HashMap<>();
			for (NetworkEdge edge : edges.values()) {
				map.computeIfAbsent(edge.source(), key -> new ArrayList<>()).add(edge);
				if (edge.target() != edge.source()) {
					map.computeIfAbsent(edge.target(), key -> new ArrayList<>()).add(edge);
				}
			}
			incidence = map;
		}
		List<NetworkEdge> result = incidence.get(node);
		return result == null ? List.of() : Collections.unmodifiableList(result);
	}

	/**
	 * @return whether the graph has no nodes
	 */
	public boolean isEmpty() {
		return nodes.isEmpty();
	}

	/**
	 * The part of this graph that passes both tests; an edge is kept only when both its ends are.
	 *
	 * @param nodeTest which nodes to keep
	 * @param edgeTest which edges to keep
	 * @return a new graph
	 */
	public NetworkGraph subgraph(Predicate<NetworkNode> nodeTest, Predicate<NetworkEdge> edgeTest) {
		Map<String, NetworkNode> keptNodes = new LinkedHashMap<>();
		for (NetworkNode node : nodes.values()) {
			if (nodeTest.test(node)) {
				keptNodes.put(node.id(), node);
			}
		}
		Map<String, NetworkEdge> keptEdges = new LinkedHashMap<>();
		for (NetworkEdge edge : edges.values()) {
			if (keptNodes.get(edge.source().id()) == edge.source() && keptNodes.get(edge.target().id()) == edge.target()
					&& edgeTest.test(edge)) {
				keptEdges.put(edge.id(), edge);
			}
		}
		return new NetworkGraph(scope, keptNodes, keptEdges);
	}

	/**
	 * The period the graph's dates cover, for a time slider: from the earliest valid-from to the
	 * latest valid-to (or valid-from, when no edge ends later), of nodes and edges.
	 *
	 * @return the first and last day, or {@code null} when nothing in the graph is dated
	 */
	public LocalDate[] timeSpan() {
		LocalDate first = null;
		LocalDate last = null;
		List<Date> dates = new ArrayList<>();
		for (NetworkNode node : nodes.values()) {
			dates.add(node.validFrom());
			dates.add(node.validTo());
		}
		for (NetworkEdge edge : edges.values()) {
			dates.add(edge.validFrom());
			dates.add(edge.validTo());
		}
		for (Date date : dates) {
			if (date == null) {
				continue;
			}
			LocalDate day = toLocalDate(date);
			first = first == null || day.isBefore(first) ? day : first;
			last = last == null || day.isAfter(last) ? day : last;
		}
		return first == null ? null : new LocalDate[] { first, last };
	}

	/**
	 * @param date a date (the model stores days as dates at midnight, local time)
	 * @return the day
	 */
	public static LocalDate toLocalDate(Date date) {
		return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

	@Override
	public String toString() {
		return "NetworkGraph[" + scope + ", " + nodes.size() + " nodes, " + edges.size() + " edges]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/**
	 * Collects the nodes and edges of a new graph.
	 */
	public static final class Builder {

		private final String scope;

		private final Map<String, NetworkNode> nodes = new LinkedHashMap<>();

		private final Map<String, NetworkEdge> edges = new LinkedHashMap<>();

		private Builder(String scope) {
			this.scope = scope;
		}

		/**
		 * Adds a node; a node with the same id is replaced (edges added later refer to the new one).
		 *
		 * @param node the node
		 * @return the node
		 */
		public NetworkNode add(NetworkNode node) {
			nodes.put(node.id(), node);
			return node;
		}

		/**
		 * @param id a node id
		 * @return the node added with that id, or {@code null}
		 */
		public NetworkNode node(String id) {
			return nodes.get(id);
		}

		/**
		 * Adds an edge between nodes already added; an edge with the same id is replaced.
		 *
		 * @param edge the edge
		 * @return the edge
		 * @throws IllegalArgumentException when an end is not a node of this builder
		 */
		public NetworkEdge add(NetworkEdge edge) {
			if (nodes.get(edge.source().id()) != edge.source() || nodes.get(edge.target().id()) != edge.target()) {
				throw new IllegalArgumentException("edge ends must be nodes of the graph: " + edge); //$NON-NLS-1$
			}
			edges.put(edge.id(), edge);
			return edge;
		}

		/**
		 * @param id an edge id
		 * @return whether an edge with that id was added
		 */
		public boolean hasEdge(String id) {
			return edges.containsKey(id);
		}

		/**
		 * @return the graph; edges whose ends were replaced after they were added are re-attached to
		 *         the current nodes
		 */
		public NetworkGraph build() {
			Map<String, NetworkEdge> attached = new LinkedHashMap<>();
			for (NetworkEdge edge : edges.values()) {
				NetworkNode source = nodes.get(edge.source().id());
				NetworkNode target = nodes.get(edge.target().id());
				if (source != edge.source() || target != edge.target()) {
					edge = new NetworkEdge(edge.id(), edge.type(), source, target, edge.label(), edge.validFrom(),
							edge.validTo(), edge.strength(), edge.tension(), edge.element());
				}
				attached.put(edge.id(), edge);
			}
			return new NetworkGraph(scope, new LinkedHashMap<>(nodes), attached);
		}
	}
}
