/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.style;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NodeFlag;
import nl.casustafel.network.NodeKind;

/**
 * What a legend of a graph lists, in order: the logics of its organisations, the other kinds of
 * nodes, the badges, and the edge types (in registry order). The view's legend, the PNG export and
 * the SVG export all show this list.
 */
public final class Legend {

	/**
	 * One line of a legend: exactly one of {@code logic}, {@code kind}, {@code badge} and
	 * {@code edgeType} is set.
	 *
	 * @param label    the text
	 * @param logic    the organisation logic shown, or {@code null}
	 * @param kind     the node kind shown (not organisation), or {@code null}
	 * @param badge    the badge shown, or {@code null}
	 * @param edgeType the edge type shown, or {@code null}
	 */
	public record Item(String label, OrganisationLogic logic, NodeKind kind, NodeFlag badge, EdgeType edgeType) {

		/** @return the node style of a logic or kind line, or {@code null} */
		public NodeStyle nodeStyle() {
			if (logic != null) {
				return NodeStyles.of(logic);
			}
			return kind != null ? NodeStyles.of(kind) : null;
		}
	}

	/** The badges, in the order they appear on nodes and in legends. */
	public static final List<NodeFlag> BADGES = List.of(NodeFlag.REGIE, NodeFlag.KNOWS_PERSON, NodeFlag.MISSING_PARTY);

	private Legend() {
		// static access only
	}

	/**
	 * @param graph a graph
	 * @return the legend lines for what it holds
	 */
	public static List<Item> of(NetworkGraph graph) {
		Set<OrganisationLogic> logics = new LinkedHashSet<>();
		Set<NodeKind> kinds = new LinkedHashSet<>();
		Set<String> types = new LinkedHashSet<>();
		Set<NodeFlag> flags = new LinkedHashSet<>();
		for (NetworkNode node : graph.nodes()) {
			if (node.kind() == NodeKind.ORGANISATION) {
				logics.add(node.logic() == null ? OrganisationLogic.OTHER : node.logic());
			} else {
				kinds.add(node.kind());
			}
			flags.addAll(node.flags());
		}
		for (NetworkEdge edge : graph.edges()) {
			types.add(edge.type());
		}
		List<Item> items = new ArrayList<>();
		for (OrganisationLogic logic : NodeStyles.logics()) {
			if (logics.contains(logic)) {
				items.add(new Item(NodeStyles.label(logic), logic, null, null, null));
			}
		}
		for (NodeKind kind : NodeKind.values()) {
			if (kinds.contains(kind)) {
				items.add(new Item(NodeStyles.label(kind), null, kind, null, null));
			}
		}
		for (NodeFlag flag : BADGES) {
			if (flags.contains(flag)) {
				items.add(new Item(NodeStyles.label(flag), null, null, flag, null));
			}
		}
		for (EdgeType type : EdgeTypes.all()) {
			if (types.remove(type.key())) {
				items.add(new Item(type.label(), null, null, null, type));
			}
		}
		for (String unknown : types) {
			EdgeType type = EdgeTypes.get(unknown);
			items.add(new Item(type.label(), null, null, null, type));
		}
		return items;
	}
}
