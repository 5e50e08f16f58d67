/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named, ordered list of terms: the built-in terms first, then the contributed ones in extension
 * order. Keys are unique. Immutable: when plug-ins come or go, {@link Vocabularies} hands out a new
 * one.
 *
 * @since 0.1
 */
public final class Vocabulary {

	private final String id;

	private final List<VocabularyTerm> terms;

	private final Map<String, VocabularyTerm> byKey;

	/**
	 * @param id    the vocabulary's id
	 * @param terms its terms in order; keys must be unique
	 * @throws IllegalArgumentException when a key occurs twice or a term belongs to another vocabulary
	 */
	public Vocabulary(String id, List<VocabularyTerm> terms) {
		this.id = id;
		Map<String, VocabularyTerm> map = new LinkedHashMap<>();
		for (VocabularyTerm term : terms) {
			if (!id.equals(term.vocabulary())) {
				throw new IllegalArgumentException("term of vocabulary " + term.vocabulary() + " in " + id); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (map.putIfAbsent(term.key(), term) != null) {
				throw new IllegalArgumentException("duplicate key " + term.key() + " in " + id); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		this.terms = List.copyOf(terms);
		this.byKey = Collections.unmodifiableMap(map);
	}

	/** @return the id, e.g. {@value Vocabularies#CASE_PHASE} */
	public String id() {
		return id;
	}

	/** @return the terms in order (built-in first) */
	public List<VocabularyTerm> terms() {
		return terms;
	}

	/** @return the keys in order */
	public List<String> keys() {
		return new ArrayList<>(byKey.keySet());
	}

	/**
	 * @param key a key
	 * @return the term with that key, or {@code null}
	 */
	public VocabularyTerm term(String key) {
		return key == null ? null : byKey.get(key);
	}

	/**
	 * @param key a key
	 * @return whether the vocabulary has a term with that key
	 */
	public boolean contains(String key) {
		return term(key) != null;
	}

	/**
	 * @param key a key
	 * @return its label, or {@code null} when the vocabulary has no such key
	 */
	public String label(String key) {
		VocabularyTerm term = term(key);
		return term == null ? null : term.label();
	}

	/**
	 * @param key a key, e.g. read from a casebook
	 * @return its label; the key itself when the vocabulary does not know it (a plug-in that wrote it
	 *         is no longer installed), never {@code null} for a non-null key
	 */
	public String labelOrKey(String key) {
		String label = label(key);
		return label != null ? label : key;
	}

	@Override
	public String toString() {
		return id + byKey.keySet();
	}
}
