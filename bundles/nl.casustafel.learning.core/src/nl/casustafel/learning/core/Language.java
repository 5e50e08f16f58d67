/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.util.Locale;

import org.eclipse.core.runtime.Platform;

import nl.casustafel.learning.model.LocalizedText;

/**
 * The user's language for texts of learning methods: Dutch when Casustafel runs in Dutch
 * ({@code -nl nl}), English otherwise.
 *
 * @since 0.1
 */
public final class Language {

	private Language() {
		// static access only
	}

	/**
	 * @return {@code "nl"} or another ISO 639 code, from the running platform's locale (else the
	 *         JVM's default locale)
	 */
	public static String current() {
		String nl = null;
		try {
			nl = Platform.isRunning() ? Platform.getNL() : null;
		} catch (RuntimeException | LinkageError e) {
			nl = null;
		}
		if (nl == null || nl.isBlank()) {
			return Locale.getDefault().getLanguage();
		}
		int separator = nl.indexOf('_');
		return (separator < 0 ? nl : nl.substring(0, separator)).toLowerCase(Locale.ROOT);
	}

	/**
	 * @return the locale matching {@link #current()}, for formatting dates
	 */
	public static Locale locale() {
		return "nl".equals(current()) ? Locale.of("nl", "NL") : Locale.ENGLISH; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * @param text a text of a learning method, may be {@code null}
	 * @return the text in the user's language; {@code ""} for {@code null}
	 */
	public static String text(LocalizedText text) {
		return text == null ? "" : text.forLanguage(current()); //$NON-NLS-1$
	}
}
