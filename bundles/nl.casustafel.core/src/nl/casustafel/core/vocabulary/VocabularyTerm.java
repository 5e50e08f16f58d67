/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.vocabulary;

import java.util.Objects;

/**
 * One term of a vocabulary: the key the model stores and the label users see. Immutable.
 *
 * @param vocabulary  the id of its vocabulary, e.g. {@value Vocabularies#ORGANISATION_TYPE}
 * @param key         the stable key stored in casebooks, e.g. {@code probation}
 * @param label       the label in the user's language (Dutch, else English)
 * @param description a sentence explaining the term in the user's language, or {@code null}
 * @param contributor the symbolic name of the plug-in that contributed it;
 *                    {@value Vocabularies#BUILT_IN} for Casustafel's own terms
 * @since 0.1
 */
public record VocabularyTerm(String vocabulary, String key, String label, String description, String contributor) {

	/**
	 * Checks that vocabulary, key, label and contributor are set.
	 */
	public VocabularyTerm {
		Objects.requireNonNull(vocabulary);
		Objects.requireNonNull(key);
		Objects.requireNonNull(label);
		Objects.requireNonNull(contributor);
	}

	/**
	 * @return whether it is one of Casustafel's own terms
	 */
	public boolean isBuiltIn() {
		return Vocabularies.BUILT_IN.equals(contributor);
	}
}
