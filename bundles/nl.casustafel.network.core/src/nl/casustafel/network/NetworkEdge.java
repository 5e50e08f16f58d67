/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

import nl.casustafel.model.TensionDimension;
import nl.casustafel.network.style.EdgeTypes;

/**
 * An edge of a {@link NetworkGraph}: a relation between organisations, a covenant party, or a tie of a
 * case network. Its {@link #type()} is a key of the {@link EdgeTypes} registry. Immutable.
 */
public final class NetworkEdge {

	private final String id;

	private final String type;

	private final NetworkNode source;

	private final NetworkNode target;

	private final String label;

	private final Date validFrom;

	private final Date validTo;

	private final int strength;

	private final TensionDimension tension;

	private final EObject element;

	/**
	 * @param id        the edge's id (the relation's id for relations)
	 * @param type      the type key, see {@link EdgeTypes}
	 * @param source    the source node
	 * @param target    the target node
	 * @param label     a label, may be {@code null}
	 * @param validFrom from when it holds, may be {@code null}
	 * @param validTo   until when it holds, may be {@code null}
	 * @param strength  its strength (0 when unknown)
	 * @param tension   the kind of friction, may be {@code null}
	 * @param element   the model object shown (relation, involvement, ...), may be {@code null}
	 */
	public NetworkEdge(String id, String type, NetworkNode source, NetworkNode target, String label, Date validFrom,
			Date validTo, int strength, TensionDimension tension, EObject element) {
		this.id = id;
		this.type = type;
		this.source = source;
		this.target = target;
		this.label = label;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.strength = strength;
		this.tension = tension;
		this.element = element;
	}

	/** @return the id, unique in its graph */
	public String id() {
		return id;
	}

	/** @return the type key */
	public String type() {
		return type;
	}

	/** @return the source node */
	public NetworkNode source() {
		return source;
	}

	/** @return the target node */
	public NetworkNode target() {
		return target;
	}

	/** @return the label, or {@code null} */
	public String label() {
		return label;
	}

	/** @return from when the edge holds, or {@code null} */
	public Date validFrom() {
		return validFrom;
	}

	/** @return until when the edge holds, or {@code null} */
	public Date validTo() {
		return validTo;
	}

	/** @return the strength, 0 when unknown */
	public int strength() {
		return strength;
	}

	/** @return the kind of friction, or {@code null} */
	public TensionDimension tension() {
		return tension;
	}

	/** @return the model object shown, or {@code null} */
	public EObject element() {
		return element;
	}

	/** @return whether the edge has a direction (from its type) */
	public boolean directed() {
		return EdgeTypes.get(type).directed();
	}

	/**
	 * @param node one end of this edge
	 * @return the other end
	 */
	public NetworkNode opposite(NetworkNode node) {
		return node == source ? target : source;
	}

	@Override
	public String toString() {
		return id + " (" + source.id() + " -" + type + "-> " + target.id() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
