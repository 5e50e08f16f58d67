/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing texts of the reflection core ({@code messages.properties}, Dutch in
 * {@code messages_nl.properties}).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.reflection.core.internal.messages"; //$NON-NLS-1$

	public static String problem_withPosition;
	public static String problem_withoutPosition;

	public static String read_notWellFormed;
	public static String read_failed;
	public static String read_notAQuestionSet;
	public static String read_unknownFeature;
	public static String read_illegalValue;
	public static String read_unknownFormat;
	public static String read_unknownClass;
	public static String read_fileNotFound;
	public static String read_missingFileAttribute;
	public static String read_unexpected;

	public static String validate_what_set;
	public static String validate_what_setTitle;
	public static String validate_what_theme;
	public static String validate_what_themeTitle;
	public static String validate_what_question;
	public static String validate_missingId;
	public static String validate_badId;
	public static String validate_duplicateId;
	public static String validate_missingText;
	public static String validate_missingDutch;
	public static String validate_missingEnglish;
	public static String validate_noThemes;
	public static String validate_noQuestions;
	public static String validate_badTag;

	public static String registry_duplicateSet;
	public static String registry_importFolderUnreadable;

	public static String import_invalid;
	public static String import_unreadable;
	public static String import_idTaken;
	public static String import_copyFailed;
	public static String import_deleteFailed;
	public static String export_noSuchSet;
	public static String export_failed;

	public static String command_answer;
	public static String command_markDiscussed;
	public static String command_markNotDiscussed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
