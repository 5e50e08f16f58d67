/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;

import nl.casustafel.core.vocabulary.Vocabulary;

/**
 * Text features whose values are keys of a vocabulary (phase, role, event kind, organisation type,
 * entry route, gap type): users see and choose the labels, the model stores the stable keys. Keys not
 * in the vocabulary are shown as they are. The vocabularies, with the terms plug-ins contribute, are
 * those of {@link nl.casustafel.core.vocabulary.Vocabularies}.
 */
public final class Vocabularies {

	private Vocabularies() {
		// static helpers only
	}

	/**
	 * @param feature a feature
	 * @return whether its values are vocabulary keys
	 */
	public static boolean hasVocabulary(EStructuralFeature feature) {
		return nl.casustafel.core.vocabulary.Vocabularies.idOf(feature) != null;
	}

	/**
	 * @param feature a feature
	 * @param value   a value of it
	 * @return the value's label, or {@code null} when the feature has no vocabulary or the value is
	 *         not a key of it
	 */
	public static String label(EStructuralFeature feature, Object value) {
		return nl.casustafel.core.vocabulary.Vocabularies.label(feature, value);
	}

	/**
	 * @param feature a feature with a vocabulary
	 * @param current the current value, kept as a choice even when it is not in the vocabulary
	 * @return the keys to choose from, in the vocabulary's order (built-in terms, then contributed ones)
	 */
	public static List<String> keys(EStructuralFeature feature, Object current) {
		Vocabulary vocabulary = nl.casustafel.core.vocabulary.Vocabularies.of(feature);
		List<String> keys = vocabulary == null ? new ArrayList<>() : vocabulary.keys();
		if (current instanceof String key && !key.isEmpty() && !keys.contains(key)) {
			keys.add(key);
		}
		return keys;
	}
}
