/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.layout;

/**
 * How the nodes of a network are placed.
 */
public enum LayoutAlgorithm {

	/**
	 * {@link #LAYERED} when most edges are routes (referral, funding, mandate, escalation...) and the
	 * graph is small enough to read as a flow; {@link #FORCE} otherwise.
	 */
	AUTO,

	/** ELK Layered, left to right, orthogonal edges: shows routes and escalation paths as a flow. */
	LAYERED,

	/** ELK Force: related partners close together; for cooperation networks and large graphs. */
	FORCE
}
