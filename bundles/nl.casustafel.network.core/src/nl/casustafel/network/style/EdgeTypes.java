/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.casustafel.model.RelationKind;
import nl.casustafel.network.internal.Messages;

/**
 * The registry of edge types: the one place that says what every kind of relation means and how it
 * looks. The network view, its legend, the SVG export and the analysis all read it.
 * <p>
 * Built in: one type per {@link RelationKind} (key: the literal, e.g. {@code REFERRAL}) and the ties of
 * a case network ({@code case.*}). A partner plug-in can {@link #register(EdgeType) register} its own
 * type or restyle a built-in one before the view opens; keys the registry does not know are shown in
 * the style of {@link RelationKind#OTHER}. Thread-safe.
 * </p>
 */
public final class EdgeTypes {

	/** A professional or organisation involved in a case, towards the person. */
	public static final String INVOLVEMENT = "case.involvement"; //$NON-NLS-1$

	/** The case director (<i>casusregisseur</i>), towards the person. */
	public static final String REGIE = "case.regie"; //$NON-NLS-1$

	/** A professional and the organisation whose hat they wear. */
	public static final String MEMBERSHIP = "case.membership"; //$NON-NLS-1$

	/** Someone of the person's own network (family, neighbour). */
	public static final String INFORMAL = "case.informal"; //$NON-NLS-1$

	/** An obligatory party that did not attend a meeting about the case. */
	public static final String SHOULD_ATTEND = "case.shouldAttend"; //$NON-NLS-1$

	private static final Map<String, EdgeType> TYPES = new LinkedHashMap<>();

	static {
		builtIn(RelationKind.REFERRAL, Messages.edgeType_referral, EdgeCategory.ROUTE, true, 0x1565C0, 2, null);
		builtIn(RelationKind.INFORMATION_SHARING, Messages.edgeType_informationSharing, EdgeCategory.ROUTE, true,
				0x00897B, 2, new int[] { 10, 5 });
		builtIn(RelationKind.FUNDING, Messages.edgeType_funding, EdgeCategory.ROUTE, true, 0x2E7D32, 4, null);
		builtIn(RelationKind.MANDATE, Messages.edgeType_mandate, EdgeCategory.ROUTE, true, 0x6A1B9A, 2, null);
		builtIn(RelationKind.ESCALATION, Messages.edgeType_escalation, EdgeCategory.ROUTE, true, 0x5D4037, 3,
				new int[] { 14, 4, 4, 4 });
		builtIn(RelationKind.HANDOVER, Messages.edgeType_handover, EdgeCategory.ROUTE, true, 0xEF6C00, 3, null);
		builtIn(RelationKind.COOPERATION, Messages.edgeType_cooperation, EdgeCategory.COOPERATION, false, 0x37474F, 2,
				null);
		builtIn(RelationKind.COVENANT, Messages.edgeType_covenant, EdgeCategory.FORMAL, false, 0x9E9E9E, 2,
				new int[] { 3, 5 });
		builtIn(RelationKind.TENSION, Messages.edgeType_tension, EdgeCategory.FRICTION, false, 0xD50000, 4,
				new int[] { 12, 4, 3, 4 });
		builtIn(RelationKind.MISSING, Messages.edgeType_missing, EdgeCategory.ABSENCE, true, 0xC2185B, 3,
				new int[] { 6, 6 });
		builtIn(RelationKind.OTHER, Messages.edgeType_other, EdgeCategory.COOPERATION, false, 0x616161, 1, null);
		register(new EdgeType(REGIE, Messages.edgeType_regie, EdgeCategory.COOPERATION, true, 0x283593, 5, null));
		register(new EdgeType(INVOLVEMENT, Messages.edgeType_involvement, EdgeCategory.COOPERATION, true, 0x455A64, 2,
				null));
		register(new EdgeType(INFORMAL, Messages.edgeType_informal, EdgeCategory.COOPERATION, false, 0x8D6E63, 2,
				new int[] { 8, 4 }));
		register(new EdgeType(MEMBERSHIP, Messages.edgeType_membership, EdgeCategory.COOPERATION, false, 0x9E9E9E, 2,
				new int[] { 2, 4 }));
		register(new EdgeType(SHOULD_ATTEND, Messages.edgeType_shouldAttend, EdgeCategory.ABSENCE, true, 0xC2185B, 3,
				new int[] { 6, 6 }));
	}

	private EdgeTypes() {
		// static access only
	}

	private static void builtIn(RelationKind kind, String label, EdgeCategory category, boolean directed, int color,
			int width, int[] dash) {
		register(new EdgeType(key(kind), label, category, directed, color, width, dash));
	}

	/**
	 * @param kind a relation kind
	 * @return its type key (the literal)
	 */
	public static String key(RelationKind kind) {
		return (kind == null ? RelationKind.OTHER : kind).getLiteral();
	}

	/**
	 * @param key a type key
	 * @return the relation kind with that literal, or {@code null} when the key is not a relation kind
	 */
	public static RelationKind relationKind(String key) {
		return key == null ? null : RelationKind.get(key);
	}

	/**
	 * Registers a type, or replaces the one with the same key (to restyle a built-in type). Views
	 * opened afterwards use it.
	 *
	 * @param type the type
	 */
	public static synchronized void register(EdgeType type) {
		TYPES.put(type.key(), type);
	}

	/**
	 * @param key a type key
	 * @return the registered type, or one in the style of {@link RelationKind#OTHER} labelled with the key
	 */
	public static synchronized EdgeType get(String key) {
		EdgeType type = key == null ? null : TYPES.get(key);
		if (type != null) {
			return type;
		}
		EdgeType other = TYPES.get(key(RelationKind.OTHER));
		return new EdgeType(key == null ? other.key() : key, key == null ? other.label() : key, other.category(),
				other.directed(), other.color(), other.width(), other.dash());
	}

	/**
	 * @return whether a type with this key is registered
	 * @param key a type key
	 */
	public static synchronized boolean isRegistered(String key) {
		return TYPES.containsKey(key);
	}

	/**
	 * @return every registered type, in registration order (relation kinds first)
	 */
	public static synchronized List<EdgeType> all() {
		return new ArrayList<>(TYPES.values());
	}
}
