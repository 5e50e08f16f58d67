/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags of learning points. Tags are free text, stored normalised (trimmed, lower case, inner spaces
 * collapsed) so that "Motivatie" and "motivatie " count as one. The suggested tags are the themes
 * learning teams commonly return to.
 *
 * @since 0.1
 */
public final class LearningTags {

	private static final List<String> SUGGESTED_NL = List.of("motivatie", "professionele dilemma's", //$NON-NLS-1$ //$NON-NLS-2$
			"doelgroepen", "basisvoorwaarden", "lvb", "informatiedeling", "detentiefasering", "samenwerking"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final List<String> SUGGESTED_EN = List.of("motivation", "professional dilemmas", //$NON-NLS-1$ //$NON-NLS-2$
			"offender groups", "basic conditions", "mild intellectual disability", "information sharing", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"detention phasing", "cooperation"); //$NON-NLS-1$ //$NON-NLS-2$

	private LearningTags() {
		// static access only
	}

	/**
	 * @return the suggested tags in the user's language
	 */
	public static List<String> suggested() {
		return "nl".equals(Language.current()) ? SUGGESTED_NL : SUGGESTED_EN; //$NON-NLS-1$
	}

	/**
	 * @param tag a tag as typed
	 * @return the tag trimmed, in lower case, inner white space collapsed; {@code ""} for
	 *         {@code null}
	 */
	public static String normalise(String tag) {
		return tag == null ? "" : tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * @param tags tags as typed
	 * @return the non-empty normalised tags, without duplicates, in order
	 */
	public static List<String> normalise(Collection<String> tags) {
		Set<String> result = new LinkedHashSet<>();
		if (tags != null) {
			for (String tag : tags) {
				String normalised = normalise(tag);
				if (!normalised.isEmpty()) {
					result.add(normalised);
				}
			}
		}
		return new ArrayList<>(result);
	}

	/**
	 * @param text tags separated by commas or semicolons, as typed in one field
	 * @return the normalised tags
	 */
	public static List<String> parse(String text) {
		return text == null ? List.of() : normalise(List.of(text.split("[,;]"))); //$NON-NLS-1$
	}
}
