/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.style;

import java.util.Objects;

/**
 * A relation type contributed by a plug-in through {@value EdgeTypes#EXTENSION_POINT_ID}.
 *
 * @param type        the edge type registered in {@link EdgeTypes}
 * @param description a sentence explaining the type in the user's language, or {@code null}
 * @param contributor the symbolic name of the contributing plug-in
 * @since 0.1
 */
public record ContributedRelationType(EdgeType type, String description, String contributor) {

	/**
	 * Checks that type and contributor are set.
	 */
	public ContributedRelationType {
		Objects.requireNonNull(type);
		Objects.requireNonNull(contributor);
	}

	/** @return the type's key, stored as a relation's subtype */
	public String key() {
		return type.key();
	}
}
