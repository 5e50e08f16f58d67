/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.edit;

import java.util.Set;

import nl.casustafel.model.Organisation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.NetworkSearch;

/**
 * Readable, unique ids for organisations and relations created in the network view or by an import,
 * in the style of the rest of the casebook ({@code org-ggz-lindeveld}, {@code rel-referral-ggd-zvh}).
 */
public final class NetworkIds {

	private NetworkIds() {
		// static access only
	}

	/**
	 * @param text a name
	 * @return lower-case letters and digits joined by hyphens, without accents (at most 40 characters);
	 *         {@code x} when nothing is left
	 */
	public static String slug(String text) {
		String slug = NetworkSearch.normalise(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return slug.isEmpty() ? "x" : slug; //$NON-NLS-1$
	}

	/**
	 * @param base an id
	 * @param used ids in use
	 * @return {@code base}, or {@code base-2}, {@code base-3}, ... whichever is not in use
	 */
	public static String unique(String base, Set<String> used) {
		if (!used.contains(base)) {
			return base;
		}
		for (int i = 2;; i++) {
			String candidate = base + "-" + i; //$NON-NLS-1$
			if (!used.contains(candidate)) {
				return candidate;
			}
		}
	}

	/**
	 * @param kind   the relation's kind
	 * @param source its source
	 * @param target its target
	 * @param used   ids in use
	 * @return an unused id such as {@code rel-referral-ggd-zvh}
	 */
	public static String relationId(RelationKind kind, Organisation source, Organisation target, Set<String> used) {
		return relationId((kind == null ? RelationKind.OTHER : kind).getLiteral(), source, target, used);
	}

	/**
	 * @param type   the relation's type key (a kind's literal or a partner's type)
	 * @param source its source
	 * @param target its target
	 * @param used   ids in use
	 * @return an unused id such as {@code rel-probation-supervision-reclassering-zvh}
	 */
	public static String relationId(String type, Organisation source, Organisation target, Set<String> used) {
		return unique("rel-" + slug(type) + "-" + end(source) + "-" + end(target), used); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String end(Organisation organisation) {
		String id = organisation.getId() != null ? organisation.getId() : organisation.getName();
		return slug(id != null && id.startsWith("org-") ? id.substring(4) : id); //$NON-NLS-1$
	}
}
