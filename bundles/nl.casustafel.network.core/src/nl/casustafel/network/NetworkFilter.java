/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Date;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.casustafel.model.OrganisationLogic;

/**
 * What the network view shows: which edge types and logics are hidden, the day of the time slider,
 * and the neighbourhood focus. Immutable; the {@code with...} methods return a changed copy.
 * <p>
 * {@link #apply(NetworkGraph)} works in this order:
 * </p>
 * <ol>
 * <li>nodes of a hidden logic go (professionals carry their organisation's logic; persons, informal
 * ties and covenants have none and stay), and so do nodes not valid on the day;</li>
 * <li>edges of a hidden type go, and edges not valid on the day (valid from &le; day &le; valid to, an
 * open end counting as always);</li>
 * <li>with a focus node, only what lies within the given number of hops of it (over the remaining
 * edges, either direction) stays.</li>
 * </ol>
 */
public final class NetworkFilter {

	private static final NetworkFilter ALL = new NetworkFilter(Set.of(), Set.of(), null, null, 1);

	private final Set<String> hiddenTypes;

	private final Set<OrganisationLogic> hiddenLogics;

	private final LocalDate day;

	private final String focusNodeId;

	private final int hops;

	private NetworkFilter(Set<String> hiddenTypes, Set<OrganisationLogic> hiddenLogics, LocalDate day,
			String focusNodeId, int hops) {
		this.hiddenTypes = hiddenTypes;
		this.hiddenLogics = hiddenLogics;
		this.day = day;
		this.focusNodeId = focusNodeId;
		this.hops = hops;
	}

	/** @return a filter that shows everything */
	public static NetworkFilter all() {
		return ALL;
	}

	/** @return the hidden edge type keys, unmodifiable */
	public Set<String> hiddenTypes() {
		return hiddenTypes;
	}

	/** @return the hidden logics, unmodifiable */
	public Set<OrganisationLogic> hiddenLogics() {
		return hiddenLogics;
	}

	/** @return the day shown, or {@code null} for all time */
	public LocalDate day() {
		return day;
	}

	/** @return the id of the focus node, or {@code null} for no focus */
	public String focusNodeId() {
		return focusNodeId;
	}

	/** @return the number of hops around the focus node */
	public int hops() {
		return hops;
	}

	/**
	 * @param type    an edge type key
	 * @param visible whether it is shown
	 * @return the changed filter
	 */
	public NetworkFilter withType(String type, boolean visible) {
		Set<String> types = new HashSet<>(hiddenTypes);
		if (visible) {
			types.remove(type);
		} else {
			types.add(type);
		}
		return new NetworkFilter(Collections.unmodifiableSet(types), hiddenLogics, day, focusNodeId, hops);
	}

	/**
	 * @param logic   a logic
	 * @param visible whether its organisations are shown
	 * @return the changed filter
	 */
	public NetworkFilter withLogic(OrganisationLogic logic, boolean visible) {
		EnumSet<OrganisationLogic> logics = EnumSet.noneOf(OrganisationLogic.class);
		logics.addAll(hiddenLogics);
		if (visible) {
			logics.remove(logic);
		} else {
			logics.add(logic);
		}
		return new NetworkFilter(hiddenTypes, Collections.unmodifiableSet(logics), day, focusNodeId, hops);
	}

	/**
	 * @param newDay the day to show, or {@code null} for all time
	 * @return the changed filter
	 */
	public NetworkFilter withDay(LocalDate newDay) {
		return new NetworkFilter(hiddenTypes, hiddenLogics, newDay, focusNodeId, hops);
	}

	/**
	 * @param nodeId  the id of the node to focus on, or {@code null} for no focus
	 * @param newHops how many hops around it to show (at least 1)
	 * @return the changed filter
	 */
	public NetworkFilter withFocus(String nodeId, int newHops) {
		return new NetworkFilter(hiddenTypes, hiddenLogics, day, nodeId, Math.max(1, newHops));
	}

	/**
	 * @return whether this filter hides anything at all
	 */
	public boolean isAll() {
		return hiddenTypes.isEmpty() && hiddenLogics.isEmpty() && day == null && focusNodeId == null;
	}

	/**
	 * @param graph a graph
	 * @return the part of it this filter shows
	 */
	public NetworkGraph apply(NetworkGraph graph) {
		if (isAll()) {
			return graph;
		}
		NetworkGraph filtered = graph.subgraph(
				node -> (node.logic() == null || !hiddenLogics.contains(node.logic()))
						&& validOn(node.validFrom(), node.validTo()),
				edge -> !hiddenTypes.contains(edge.type()) && validOn(edge.validFrom(), edge.validTo()));
		if (focusNodeId == null) {
			return filtered;
		}
		NetworkNode focus = filtered.node(focusNodeId);
		if (focus == null) {
			return filtered.subgraph(node -> false, edge -> false);
		}
		Map<NetworkNode, Integer> distance = neighbourhood(filtered, focus, hops);
		return filtered.subgraph(distance::containsKey, edge -> true);
	}

	/**
	 * The nodes within a number of hops of a node, with their distance (edges followed in either
	 * direction).
	 *
	 * @param graph a graph
	 * @param start a node of it
	 * @param hops  the maximum distance
	 * @return node to distance (the start node at 0)
	 */
	public static Map<NetworkNode, Integer> neighbourhood(NetworkGraph graph, NetworkNode start, int hops) {
		Map<NetworkNode, Integer> distance = new HashMap<>();
		Deque<NetworkNode> queue = new ArrayDeque<>();
		distance.put(start, Integer.valueOf(0));
		queue.add(start);
		while (!queue.isEmpty()) {
			NetworkNode node = queue.removeFirst();
			int next = distance.get(node).intValue() + 1;
			if (next > hops) {
				continue;
			}
			for (NetworkEdge edge : graph.edgesOf(node)) {
				NetworkNode other = edge.opposite(node);
				if (!distance.containsKey(other)) {
					distance.put(other, Integer.valueOf(next));
					queue.addLast(other);
				}
			}
		}
		return distance;
	}

	private boolean validOn(Date from, Date to) {
		if (day == null) {
			return true;
		}
		return (from == null || !NetworkGraph.toLocalDate(from).isAfter(day))
				&& (to == null || !NetworkGraph.toLocalDate(to).isBefore(day));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NetworkFilter filter && hiddenTypes.equals(filter.hiddenTypes)
				&& hiddenLogics.equals(filter.hiddenLogics) && Objects.equals(day, filter.day)
				&& Objects.equals(focusNodeId, filter.focusNodeId) && hops == filter.hops;
	}

	@Override
	public int hashCode() {
		return Objects.hash(hiddenTypes, hiddenLogics, day, focusNodeId, Integer.valueOf(hops));
	}
}
