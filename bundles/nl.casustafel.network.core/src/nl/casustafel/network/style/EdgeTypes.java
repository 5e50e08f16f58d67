/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.style;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblem.Severity;
import nl.casustafel.core.Contributions;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.internal.Messages;
import nl.casustafel.network.internal.RelationTypeReader;

/**
 * The registry of edge types: the one place that says what every kind of relation means and how it
 * looks. The network view, its legend, the SVG export and the analysis all read it.
 * <p>
 * Built in: one type per {@link RelationKind} (key: the literal, e.g. {@code REFERRAL}) and the ties of
 * a case network ({@code case.*}). Partner plug-ins add relation types declaratively through the
 * extension point {@value #EXTENSION_POINT_ID}; they are read lazily, once, on the first access after
 * the extension registry is available, and again after plug-ins were installed or removed. Malformed
 * contributions are left out and listed in {@link #problems()} with the plug-in's id. Code can also
 * {@link #register(EdgeType) register} a type or restyle a built-in one before the view opens. Keys
 * the registry does not know are shown in the style of {@link RelationKind#OTHER}.
 * </p>
 * <p>
 * A {@link Relation} whose {@link Relation#getSubtype() subtype} is the key of a partner type (one
 * that is neither a relation kind nor a case-network tie) has that type: see {@link #typeOf(Relation)}.
 * Such relations are stored with kind {@code OTHER} and the key as subtype
 * ({@link #kindFor(String)}, {@link #subtypeFor(String)}). Thread-safe.
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

	/** The extension point through which plug-ins contribute relation types. */
	public static final String EXTENSION_POINT_ID = "nl.casustafel.network.core.relationTypes"; //$NON-NLS-1$

	/** Keys starting with this are reserved for the ties of a case network. */
	public static final String CASE_PREFIX = "case."; //$NON-NLS-1$

	private static final Map<String, EdgeType> TYPES = new LinkedHashMap<>();

	/** The keys registered by this class itself: relation kinds and case-network ties. */
	private static final Set<String> BUILT_IN = new HashSet<>();

	/** The types read from the extension registry, by key, in extension order. */
	private static final Map<String, ContributedRelationType> CONTRIBUTED = new LinkedHashMap<>();

	private static List<ContributionProblem> problems = List.of();

	/** Whether the contributions are in {@link #TYPES}; dropped when plug-ins come or go. */
	private static volatile boolean contributionsRead;

	private static boolean following;

	/** Counts the refreshes: contributions read before the last one are not registered. */
	private static long generation;

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
		BUILT_IN.addAll(TYPES.keySet());
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
	public static EdgeType get(String key) {
		readContributions();
		return lookUp(key);
	}

	private static synchronized EdgeType lookUp(String key) {
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
	public static boolean isRegistered(String key) {
		readContributions();
		synchronized (EdgeTypes.class) {
			return TYPES.containsKey(key);
		}
	}

	/**
	 * @return every registered type, in registration order (relation kinds first)
	 */
	public static List<EdgeType> all() {
		readContributions();
		synchronized (EdgeTypes.class) {
			return new ArrayList<>(TYPES.values());
		}
	}

	/**
	 * @param key a type key
	 * @return whether a relation whose subtype is this key has this type: the key is registered and
	 *         is neither a relation kind nor a tie of a case network (a partner's type)
	 */
	public static boolean isPartnerType(String key) {
		readContributions();
		synchronized (EdgeTypes.class) {
			return key != null && TYPES.containsKey(key) && !BUILT_IN.contains(key);
		}
	}

	/**
	 * @return the types a relation can have, for menus: one per {@link RelationKind} (in the order of
	 *         {@link RelationKind#VALUES}), then the partner types in registration order (contributed
	 *         ones in extension order)
	 */
	public static List<EdgeType> relationTypes() {
		readContributions();
		synchronized (EdgeTypes.class) {
			List<EdgeType> result = new ArrayList<>();
			for (RelationKind kind : RelationKind.VALUES) {
				result.add(TYPES.get(key(kind)));
			}
			for (EdgeType type : TYPES.values()) {
				if (!BUILT_IN.contains(type.key())) {
					result.add(type);
				}
			}
			return result;
		}
	}

	/**
	 * @param relation a relation
	 * @return its type key: its subtype when that is a {@link #isPartnerType(String) partner type},
	 *         else its kind's literal
	 */
	public static String typeOf(Relation relation) {
		String subtype = relation.getSubtype();
		return isPartnerType(subtype) ? subtype : key(relation.getKind());
	}

	/**
	 * @param typeKey a type key from {@link #relationTypes()}
	 * @return the kind a new relation of this type gets: the kind itself, {@code OTHER} for a partner type
	 */
	public static RelationKind kindFor(String typeKey) {
		RelationKind kind = relationKind(typeKey);
		return kind != null ? kind : RelationKind.OTHER;
	}

	/**
	 * @param typeKey a type key from {@link #relationTypes()}
	 * @return the subtype a new relation of this type gets: the key of a partner type, else {@code null}
	 */
	public static String subtypeFor(String typeKey) {
		return relationKind(typeKey) == null && isPartnerType(typeKey) ? typeKey : null;
	}

	/**
	 * @return the relation types contributed through {@value #EXTENSION_POINT_ID} and registered, in
	 *         extension order
	 */
	public static List<ContributedRelationType> contributed() {
		readContributions();
		synchronized (EdgeTypes.class) {
			return new ArrayList<>(CONTRIBUTED.values());
		}
	}

	/**
	 * @return the problems found in the contributions (left out or ignored types), each naming its
	 *         plug-in; empty when all is well
	 */
	public static List<ContributionProblem> problems() {
		readContributions();
		synchronized (EdgeTypes.class) {
			return problems;
		}
	}

	/**
	 * Forgets the contributed types; they are read again on the next access. Called when plug-ins are
	 * installed or removed.
	 */
	public static synchronized void refresh() {
		generation++;
		for (String key : CONTRIBUTED.keySet()) {
			TYPES.remove(key);
		}
		CONTRIBUTED.clear();
		problems = List.of();
		contributionsRead = false;
	}

	/**
	 * Registers the contributions once the extension registry is there (never outside OSGi). The
	 * registry is read outside the lock; the registration is atomic.
	 */
	private static void readContributions() {
		if (contributionsRead) {
			return;
		}
		IExtensionRegistry registry = Contributions.registry();
		if (registry == null) {
			return;
		}
		long readAt;
		synchronized (EdgeTypes.class) {
			readAt = generation;
		}
		RelationTypeReader.Result result = RelationTypeReader.read(registry);
		List<ContributionProblem> found = new ArrayList<>(result.problems());
		synchronized (EdgeTypes.class) {
			if (contributionsRead || readAt != generation) {
				// registered meanwhile, or plug-ins changed while reading: the next access reads again
				return;
			}
			if (!following) {
				Contributions.follow(registry, EXTENSION_POINT_ID, EdgeTypes::refresh);
				following = true;
			}
			for (ContributedRelationType contribution : result.types()) {
				String key = contribution.key();
				String message = null;
				Severity severity = Severity.ERROR;
				if (key.startsWith(CASE_PREFIX)) {
					message = NLS.bind(Messages.relationType_reservedKey, key);
				} else if (BUILT_IN.contains(key) || relationKind(key) != null) {
					message = NLS.bind(Messages.relationType_builtInKey, key);
				} else if (TYPES.containsKey(key)) {
					ContributedRelationType first = CONTRIBUTED.get(key);
					message = NLS.bind(Messages.relationType_duplicateKey, key,
							first == null ? "EdgeTypes.register" : first.contributor()); //$NON-NLS-1$
					severity = Severity.WARNING;
				}
				if (message != null) {
					found.add(RelationTypeReader.problem(severity, contribution.contributor(), message));
				} else {
					TYPES.put(key, contribution.type());
					CONTRIBUTED.put(key, contribution);
				}
			}
			problems = List.copyOf(found);
			contributionsRead = true;
		}
		for (ContributionProblem problem : found) {
			Contributions.log(EdgeTypes.class, problem);
		}
	}
}
