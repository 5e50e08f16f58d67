/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NodeKind;
import nl.casustafel.network.style.EdgeTypes;

/**
 * Answers the guide's questions about the shape of a network (GUIDE.md 7): who are the brokers, and
 * which partners are isolated. Both look at <em>working ties</em> only (edge types whose
 * {@link nl.casustafel.network.style.EdgeCategory#isWorkingTie() category} is a route or
 * cooperation): signing the same covenant, a tension or an absence does not move a case. Covenant
 * nodes take no part.
 */
public final class NetworkAnalysis {

	private NetworkAnalysis() {
		// static access only
	}

	/**
	 * A node through which many shortest paths between others run.
	 *
	 * @param node  the node
	 * @param score its betweenness centrality, normalised to 0..1
	 */
	public record Broker(NetworkNode node, double score) {
	}

	/**
	 * Betweenness centrality (Brandes' algorithm) over the working ties, as an undirected, unweighted
	 * graph, normalised by the number of pairs of other nodes, so 1 means every shortest path between
	 * any two other nodes runs through the node.
	 *
	 * @param graph a graph
	 * @return node to score, for every node except covenants, in the graph's order
	 */
	public static Map<NetworkNode, Double> betweenness(NetworkGraph graph) {
		List<NetworkNode> nodes = new ArrayList<>();
		Map<NetworkNode, Integer> index = new HashMap<>();
		for (NetworkNode node : graph.nodes()) {
			if (node.kind() != NodeKind.COVENANT) {
				index.put(node, Integer.valueOf(nodes.size()));
				nodes.add(node);
			}
		}
		int n = nodes.size();
		List<List<Integer>> neighbours = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			neighbours.add(new ArrayList<>());
		}
		for (NetworkEdge edge : graph.edges()) {
			Integer a = index.get(edge.source());
			Integer b = index.get(edge.target());
			if (a == null || b == null || a.equals(b) || !EdgeTypes.get(edge.type()).category().isWorkingTie()) {
				continue;
			}
			if (!neighbours.get(a.intValue()).contains(b)) {
				neighbours.get(a.intValue()).add(b);
				neighbours.get(b.intValue()).add(a);
			}
		}

		double[] centrality = new double[n];
		int[] distance = new int[n];
		double[] paths = new double[n];
		double[] dependency = new double[n];
		List<List<Integer>> predecessors = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			predecessors.add(new ArrayList<>());
		}
		Deque<Integer> stack = new ArrayDeque<>();
		Deque<Integer> queue = new ArrayDeque<>();
		for (int s = 0; s < n; s++) {
			for (int i = 0; i < n; i++) {
				distance[i] = -1;
				paths[i] = 0;
				dependency[i] = 0;
				predecessors.get(i).clear();
			}
			distance[s] = 0;
			paths[s] = 1;
			queue.add(Integer.valueOf(s));
			while (!queue.isEmpty()) {
				int v = queue.removeFirst().intValue();
				stack.push(Integer.valueOf(v));
				for (Integer wBox : neighbours.get(v)) {
					int w = wBox.intValue();
					if (distance[w] < 0) {
						distance[w] = distance[v] + 1;
						queue.addLast(wBox);
					}
					if (distance[w] == distance[v] + 1) {
						paths[w] += paths[v];
						predecessors.get(w).add(Integer.valueOf(v));
					}
				}
			}
			while (!stack.isEmpty()) {
				int w = stack.pop().intValue();
				for (Integer v : predecessors.get(w)) {
					dependency[v.intValue()] += paths[v.intValue()] / paths[w] * (1 + dependency[w]);
				}
				if (w != s) {
					centrality[w] += dependency[w];
				}
			}
		}
		// Undirected: every pair was counted from both ends.
		double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
		Map<NetworkNode, Double> result = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			result.put(nodes.get(i), Double.valueOf(centrality[i] / 2 / pairs));
		}
		return result;
	}

	/**
	 * @param graph a graph
	 * @param limit the maximum number of brokers
	 * @return the nodes with the highest betweenness above zero, highest first (ties by label)
	 */
	public static List<Broker> brokers(NetworkGraph graph, int limit) {
		List<Broker> result = new ArrayList<>();
		betweenness(graph).forEach((node, score) -> {
			if (score.doubleValue() > 1e-12) {
				result.add(new Broker(node, score.doubleValue()));
			}
		});
		result.sort(Comparator.comparingDouble((Broker broker) -> -broker.score())
				.thenComparing(broker -> broker.node().label()).thenComparing(broker -> broker.node().id()));
		return result.size() > limit ? new ArrayList<>(result.subList(0, limit)) : result;
	}

	/**
	 * @param graph a graph
	 * @return the organisations without any working tie (they may still sign a covenant, be in tension
	 *         with someone or be missing), in the graph's order
	 */
	public static List<NetworkNode> isolatedPartners(NetworkGraph graph) {
		List<NetworkNode> result = new ArrayList<>();
		for (NetworkNode node : graph.nodes()) {
			if (node.kind() != NodeKind.ORGANISATION) {
				continue;
			}
			boolean working = false;
			for (NetworkEdge edge : graph.edgesOf(node)) {
				if (EdgeTypes.get(edge.type()).category().isWorkingTie() && edge.opposite(node).kind() != NodeKind.COVENANT) {
					working = true;
					break;
				}
			}
			if (!working) {
				result.add(node);
			}
		}
		return result;
	}
}
