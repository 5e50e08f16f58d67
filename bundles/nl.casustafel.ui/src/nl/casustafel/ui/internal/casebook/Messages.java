/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the casebook commands, dialogs and preferences: messages.properties (English fallback)
 * and messages_nl.properties (Dutch). Placeholders: see messages.properties.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.ui.internal.casebook.messages"; //$NON-NLS-1$

	public static String title_casebook;
	public static String title_readOnly;
	public static String undo_label;
	public static String undo_labelWithCommand;
	public static String redo_label;
	public static String redo_labelWithCommand;
	public static String recent_item;
	public static String recent_none;
	public static String saveChanges_title;
	public static String saveChanges_message;
	public static String saveChanges_save;
	public static String saveChanges_discard;
	public static String locked_title;
	public static String locked_holder;
	public static String locked_holderSince;
	public static String locked_sinceFormat;
	public static String locked_explanation;
	public static String locked_openReadOnly;
	public static String readOnlyFolder_title;
	public static String readOnly_explanation;
	public static String revert_title;
	public static String revert_message;
	public static String revert_confirm;
	public static String resetPerspective_title;
	public static String resetPerspective_message;
	public static String resetPerspective_confirm;
	public static String error_open_title;
	public static String error_new_title;
	public static String error_save_title;
	public static String error_revert_title;
	public static String error_demo_title;
	public static String error_folderMissing;
	public static String error_notACasebook;
	public static String error_unexpected;
	public static String error_noService;
	public static String progress_opening;
	public static String progress_creating;
	public static String progress_creatingDemo;
	public static String problems_title;
	public static String problems_message;
	public static String problems_column_file;
	public static String problems_column_problem;
	public static String button_cancel;
	public static String open_title;
	public static String open_message;
	public static String new_title;
	public static String new_message;
	public static String new_name;
	public static String new_folder;
	public static String new_browse;
	public static String new_browseMessage;
	public static String new_create;
	public static String new_error_noName;
	public static String new_error_noFolder;
	public static String new_error_notAFolder;
	public static String new_error_notEmpty;
	public static String preferences_description;
	public static String preferences_group_casebooks;
	public static String preferences_group_agenda;
	public static String preferences_defaultFolder;
	public static String preferences_error_folder;
	public static String preferences_browse;
	public static String preferences_openLast;
	public static String preferences_recentCount;
	public static String preferences_casesPerHour;
	public static String preferences_timebox;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
