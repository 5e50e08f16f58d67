/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import java.util.Locale;

/**
 * Choosing between the Dutch and English variants of a {@link LocalizedText}; called by the
 * generated {@link LocalizedText#forLanguage(String)}.
 */
public final class LocalizedTexts {

	private static final String DUTCH = "nl"; //$NON-NLS-1$

	private LocalizedTexts() {
		// static helpers only
	}

	/**
	 * @param nl       the Dutch text, may be {@code null} or blank
	 * @param en       the English text, may be {@code null} or blank
	 * @param language an ISO 639 language code; {@code null} means the default locale's language
	 * @return Dutch for {@code nl}, English for any other language, the other variant when the
	 *         wanted one is missing; {@code ""} when both are missing
	 */
	public static String pick(String nl, String en, String language) {
		String wanted = language == null ? Locale.getDefault().getLanguage() : language;
		String first = DUTCH.equals(wanted) ? nl : en;
		String second = DUTCH.equals(wanted) ? en : nl;
		if (first != null && !first.isBlank()) {
			return first;
		}
		return second == null ? "" : second; //$NON-NLS-1$
	}

	/**
	 * @param text a localized text, may be {@code null}
	 * @return the text in the default locale's language, {@code ""} for {@code null}
	 */
	public static String of(LocalizedText text) {
		return text == null ? "" : text.forLanguage(Locale.getDefault().getLanguage()); //$NON-NLS-1$
	}

	/**
	 * Creates a text in both languages.
	 *
	 * @param nl the Dutch text
	 * @param en the English text
	 * @return a new text, not contained anywhere
	 */
	public static LocalizedText create(String nl, String en) {
		LocalizedText text = LearningFactory.eINSTANCE.createLocalizedText();
		text.setNl(nl);
		text.setEn(en);
		return text;
	}
}
