/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.casustafel.meeting.core.Dates;
import nl.casustafel.model.Case;
import nl.casustafel.model.Household;
import nl.casustafel.model.Person;
import nl.casustafel.model.ProtectedIdentity;
import nl.casustafel.model.Subject;

/**
 * Removes identifying words from free text (reasons, questions, decision notes): a last line of
 * defence for the projector and the pseudonymised minutes, in case somebody typed a name, BSN,
 * address or birth date into a text field.
 */
public final class Scrubber {

	/** What replaces a removed word. */
	public static final String MASK = "\u2022\u2022\u2022"; //$NON-NLS-1$

	private static final Pattern BSN_LIKE = Pattern.compile("\\b\\d{9}\\b|\\b\\d{4}[ .]\\d{2}[ .]\\d{3}\\b"); //$NON-NLS-1$

	private final Map<String, String> replacements;

	private Scrubber(Map<String, String> replacements) {
		this.replacements = replacements;
	}

	/**
	 * @param aCase        the case whose identity must not appear
	 * @param pseudonymToo whether the pseudonym must go as well (pseudonymised minutes)
	 * @param replacement  what replaces the pseudonym
	 * @return a scrubber
	 */
	public static Scrubber forCase(Case aCase, boolean pseudonymToo, String replacement) {
		Map<String, String> words = new HashMap<>();
		if (aCase != null && aCase.getSubject() != null) {
			addSubject(aCase.getSubject(), pseudonymToo, replacement, words);
			if (aCase.getSubject() instanceof Household household) {
				for (Person member : household.getMembers()) {
					addSubject(member, pseudonymToo, replacement, words);
				}
			}
		}
		List<String> sorted = new ArrayList<>(words.keySet());
		sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		Map<String, String> ordered = new LinkedHashMap<>();
		for (String word : sorted) {
			ordered.put(word, words.get(word));
		}
		return new Scrubber(ordered);
	}

	private static void addSubject(Subject subject, boolean pseudonymToo, String replacement, Map<String, String> words) {
		String pseudonym = subject.getPseudonym() == null ? "" : subject.getPseudonym().strip(); //$NON-NLS-1$
		ProtectedIdentity identity = subject.getIdentity();
		if (identity != null) {
			String fullName = identity.getFullName();
			if (fullName != null && !fullName.isBlank()) {
				put(fullName.strip(), MASK, words);
				for (String part : fullName.strip().split("\\s+")) { //$NON-NLS-1$
					if (part.length() >= 3 && !part.equalsIgnoreCase(pseudonym)) {
						put(part, MASK, words);
					}
				}
			}
			put(identity.getBsn(), MASK, words);
			put(identity.getPhone(), MASK, words);
			if (identity.getAddress() != null) {
				put(identity.getAddress(), MASK, words);
				for (String part : identity.getAddress().split(",")) { //$NON-NLS-1$
					put(part, MASK, words);
				}
			}
			if (identity.getBirthDate() != null) {
				put(Dates.formatShort(identity.getBirthDate()), MASK, words);
				put(Dates.formatLong(identity.getBirthDate()), MASK, words);
			}
		}
		if (pseudonymToo && !pseudonym.isEmpty()) {
			words.put(pseudonym, replacement);
		}
	}

	private static void put(String text, String replacement, Map<String, String> words) {
		if (text != null && text.strip().length() >= 3) {
			words.putIfAbsent(text.strip(), replacement);
		}
	}

	/**
	 * @param text free text, may be {@code null}
	 * @return the text without identifying words and BSN-like numbers
	 */
	public String scrub(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String result = BSN_LIKE.matcher(text).replaceAll(MASK);
		for (Map.Entry<String, String> entry : replacements.entrySet()) {
			Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(entry.getKey()) + "(?![\\p{L}\\p{N}])", //$NON-NLS-1$ //$NON-NLS-2$
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(entry.getValue()));
		}
		return result;
	}
}
