/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network;

import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import nl.casustafel.model.OrganisationLogic;

/**
 * A node of a {@link NetworkGraph}: an organisation, covenant, person, professional or informal
 * tie. Immutable.
 */
public final class NetworkNode {

	private final String id;

	private final NodeKind kind;

	private final String label;

	private final String detail;

	private final OrganisationLogic logic;

	private final EObject element;

	private final Date validFrom;

	private final Date validTo;

	private final Set<NodeFlag> flags;

	/**
	 * @param id        the node's id: the id of the model object it shows
	 * @param kind      what it stands for
	 * @param label     the main label (short name, pseudonym, name)
	 * @param detail    a second line (full name, function), may be {@code null}
	 * @param logic     the steering logic (organisations, and professionals through their organisation),
	 *                  may be {@code null}
	 * @param element   the model object shown, may be {@code null} (imported or synthetic nodes)
	 * @param validFrom from when it exists, may be {@code null} (always)
	 * @param validTo   until when it exists, may be {@code null} (still)
	 * @param flags     badges
	 */
	public NetworkNode(String id, NodeKind kind, String label, String detail, OrganisationLogic logic, EObject element,
			Date validFrom, Date validTo, Set<NodeFlag> flags) {
		this.id = id;
		this.kind = kind;
		this.label = label == null ? "" : label; //$NON-NLS-1$
		this.detail = detail;
		this.logic = logic;
		this.element = element;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.flags = flags == null || flags.isEmpty() ? Collections.emptySet()
				: Collections.unmodifiableSet(EnumSet.copyOf(flags));
	}

	/** @return the id, unique in its graph */
	public String id() {
		return id;
	}

	/** @return what the node stands for */
	public NodeKind kind() {
		return kind;
	}

	/** @return the main label, never {@code null} */
	public String label() {
		return label;
	}

	/** @return the second line, or {@code null} */
	public String detail() {
		return detail;
	}

	/** @return the steering logic, or {@code null} */
	public OrganisationLogic logic() {
		return logic;
	}

	/** @return the model object shown, or {@code null} */
	public EObject element() {
		return element;
	}

	/** @return from when the node exists, or {@code null} */
	public Date validFrom() {
		return validFrom;
	}

	/** @return until when the node exists, or {@code null} */
	public Date validTo() {
		return validTo;
	}

	/** @return the badges, unmodifiable */
	public Set<NodeFlag> flags() {
		return flags;
	}

	/**
	 * @param flag a flag
	 * @return whether the node has it
	 */
	public boolean has(NodeFlag flag) {
		return flags.contains(flag);
	}

	/**
	 * @param added flags to add
	 * @return a copy of this node with more flags
	 */
	public NetworkNode withFlags(Set<NodeFlag> added) {
		EnumSet<NodeFlag> all = flags.isEmpty() ? EnumSet.noneOf(NodeFlag.class) : EnumSet.copyOf(flags);
		all.addAll(added);
		return new NetworkNode(id, kind, label, detail, logic, element, validFrom, validTo, all);
	}

	@Override
	public String toString() {
		return id;
	}
}
