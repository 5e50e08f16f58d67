/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing texts of the core bundle ({@code messages.properties}, Dutch in
 * {@code messages_nl.properties}). Placeholders: see the properties file.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.core.internal.messages"; //$NON-NLS-1$

	public static String problem_missing;
	public static String problem_empty;
	public static String problem_truncated;
	public static String problem_corrupt;
	public static String problem_notXml;
	public static String problem_foreign;
	public static String problem_newerVersion;
	public static String problem_unsupportedVersion;
	public static String problem_unreadable;
	public static String problem_missingObjects;
	public static String problem_orphanedObjects;
	public static String problem_shardConsequence;

	public static String exception_locked;
	public static String exception_lockedUnknownHolder;
	public static String exception_lockedHere;
	public static String exception_notACasebook;
	public static String exception_rootUnreadable;
	public static String exception_rootNotACasebook;
	public static String exception_notEmpty;
	public static String exception_saveFailed;
	public static String exception_diskFull;
	public static String exception_readOnlySession;
	public static String exception_folderReadOnly;
	public static String exception_closed;
	public static String exception_ioError;

	public static String lock_unknown;
	public static String rankedServices_applicableFailed;
	public static String dropins_notAPlugin;
	public static String dropins_notInstalled;
	public static String problemSource_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
		// static access only
	}
}
