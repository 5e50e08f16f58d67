/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the shared EMF user-interface helpers: messages.properties (English fallback) and
 * messages_nl.properties (Dutch).
 */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.ui.emf.messages"; //$NON-NLS-1$

	public static String boolean_true;
	public static String boolean_false;
	public static String choice_none;
	public static String date_invalid;
	public static String number_invalid;
	public static String value_invalid;
	public static String command_set;
	public static String command_add;
	public static String command_remove;
	public static String dialog_edit_title;
	public static String dialog_list_message;
	public static String dialog_references_message;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
