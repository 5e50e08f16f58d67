/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.vocabulary;

import org.eclipse.osgi.util.NLS;

/**
 * Texts about vocabulary contributions ({@code messages.properties}, Dutch in
 * {@code messages_nl.properties}).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.core.internal.vocabulary.messages"; //$NON-NLS-1$

	public static String term_unknownElement;
	public static String term_missingVocabulary;
	public static String term_unknownVocabulary;
	public static String term_missingKey;
	public static String term_missingLabel;
	public static String term_builtInKey;
	public static String term_duplicateKey;
	public static String term_unreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
