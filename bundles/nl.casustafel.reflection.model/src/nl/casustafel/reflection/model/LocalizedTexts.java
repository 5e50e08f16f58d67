/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.model;

/**
 * The language rule of {@link LocalizedText}, called from its generated {@code text(String)}
 * operation: Dutch for Dutch users, English for everyone else, and the other language when the
 * wanted one is empty.
 *
 * @since 0.1
 */
public final class LocalizedTexts {

	/** The language code of Dutch. */
	public static final String DUTCH = "nl"; //$NON-NLS-1$

	/** The language code of English. */
	public static final String ENGLISH = "en"; //$NON-NLS-1$

	private LocalizedTexts() {
		// static access only
	}

	/**
	 * @param text     the text, may be {@code null}
	 * @param language a language code or locale string ({@code "nl"}, {@code "nl_BE"}, {@code "en"},
	 *                 ...); {@code null} means English
	 * @return Dutch when the language is Dutch and the Dutch text is not empty, otherwise English
	 *         when it is not empty, otherwise Dutch; never {@code null}
	 */
	public static String text(LocalizedText text, String language) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String first = isDutch(language) ? text.getNl() : text.getEn();
		String second = isDutch(language) ? text.getEn() : text.getNl();
		if (!isBlank(first)) {
			return first;
		}
		return isBlank(second) ? "" : second; //$NON-NLS-1$
	}

	/**
	 * @param language a language code or locale string, may be {@code null}
	 * @return whether it denotes Dutch ({@code nl}, {@code nl_NL}, {@code nl-BE}, ...)
	 */
	public static boolean isDutch(String language) {
		return language != null && (language.equalsIgnoreCase(DUTCH) || language.regionMatches(true, 0, DUTCH + '_', 0, 3)
				|| language.regionMatches(true, 0, DUTCH + '-', 0, 3));
	}

	/**
	 * Creates a text.
	 *
	 * @param dutch   the Dutch text
	 * @param english the English text
	 * @return a new, uncontained text
	 */
	public static LocalizedText of(String dutch, String english) {
		LocalizedText text = ReflectionFactory.eINSTANCE.createLocalizedText();
		text.setNl(dutch);
		text.setEn(english);
		return text;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
