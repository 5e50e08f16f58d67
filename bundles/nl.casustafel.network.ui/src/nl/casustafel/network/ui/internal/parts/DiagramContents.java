/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import java.util.HashSet;
import java.util.Set;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Case;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.layout.LayoutResult;
import nl.casustafel.network.ui.internal.figures.Theme;

/**
 * What the diagram shows: the filtered graph and its layout, with what the edit parts need to turn
 * gestures into commands (session, scope, case) and the view's current mode. A new instance replaces
 * the viewer's contents whenever the casebook, the scope or a filter changes.
 */
public final class DiagramContents {

	/** Callbacks from the diagram to the view. */
	public interface Host {

		/**
		 * A node was double-clicked.
		 *
		 * @param nodeId the node's id
		 */
		void open(String nodeId);

		/**
		 * @return the type of relation (a key of {@code EdgeTypes.relationTypes()}) that dragging from
		 *         node to node creates, or {@code null} when dragging moves nodes
		 */
		String drawingType();
	}

	private final NetworkGraph graph;

	private final LayoutResult layout;

	private final Set<String> pinned;

	private final Set<String> highlighted = new HashSet<>();

	private final CasebookSession session;

	private final Case aCase;

	private final boolean edgeLabels;

	private final Theme theme;

	private final Host host;

	private final String message;

	/**
	 * @param graph      the graph shown
	 * @param layout     its layout
	 * @param pinned     the ids of pinned nodes
	 * @param session    the session, or {@code null}
	 * @param aCase      the case of a case network, or {@code null}
	 * @param edgeLabels whether edges carry their labels
	 * @param theme      fonts and colours
	 * @param host       the view
	 * @param message    shown instead of an empty diagram, or {@code null}
	 */
	public DiagramContents(NetworkGraph graph, LayoutResult layout, Set<String> pinned, CasebookSession session,
			Case aCase, boolean edgeLabels, Theme theme, Host host, String message) {
		this.graph = graph;
		this.layout = layout;
		this.pinned = Set.copyOf(pinned);
		this.session = session;
		this.aCase = aCase;
		this.edgeLabels = edgeLabels;
		this.theme = theme;
		this.host = host;
		this.message = message;
	}

	/** @return the graph shown */
	public NetworkGraph graph() {
		return graph;
	}

	/** @return its layout */
	public LayoutResult layout() {
		return layout;
	}

	/** @return the ids of pinned nodes */
	public Set<String> pinned() {
		return pinned;
	}

	/** @return the ids of highlighted nodes (search hits, analysis answers); modifiable */
	public Set<String> highlighted() {
		return highlighted;
	}

	/** @return the session, or {@code null} */
	public CasebookSession session() {
		return session;
	}

	/** @return the scope key of the graph */
	public String scope() {
		return graph.scope();
	}

	/** @return the case of a case network, or {@code null} */
	public Case caseShown() {
		return aCase;
	}

	/** @return whether edges carry their labels */
	public boolean edgeLabels() {
		return edgeLabels;
	}

	/** @return fonts and colours */
	public Theme theme() {
		return theme;
	}

	/** @return the view */
	public Host host() {
		return host;
	}

	/** @return the message shown instead of an empty diagram, or {@code null} */
	public String message() {
		return message;
	}

	/** @return whether the session can be edited */
	public boolean editable() {
		return session != null && !session.isClosed() && !session.isReadOnly();
	}
}
