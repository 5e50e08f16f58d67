/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

import java.util.Locale;

import org.eclipse.core.runtime.Platform;

import nl.casustafel.reflection.model.LocalizedText;

/**
 * Texts of question sets in the user's language: Dutch for Dutch users, English for everyone
 * else (see {@link LocalizedText#text(String)}).
 *
 * @since 0.1
 */
public final class ReflectionTexts {

	private ReflectionTexts() {
		// static access only
	}

	/**
	 * @return the user's language: the platform's {@code -nl} setting when running, otherwise the
	 *         default locale's language
	 */
	public static String language() {
		String nl = Platform.isRunning() ? Platform.getNL() : null;
		return nl != null && !nl.isBlank() ? nl : Locale.getDefault().getLanguage();
	}

	/**
	 * @param text a text, may be {@code null}
	 * @return the text in the user's language; never {@code null}
	 */
	public static String text(LocalizedText text) {
		return text == null ? "" : text.text(language()); //$NON-NLS-1$
	}
}
