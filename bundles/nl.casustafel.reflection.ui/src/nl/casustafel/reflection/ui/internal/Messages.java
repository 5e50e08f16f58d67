/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing texts of the Reflection view ({@code messages.properties}, Dutch in
 * {@code messages_nl.properties}).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.reflection.ui.internal.messages"; //$NON-NLS-1$

	public static String view_noTarget;
	public static String view_noCasebook;
	public static String view_noSets;
	public static String view_readOnly;
	public static String view_problems;
	public static String filter_set;
	public static String filter_theme;
	public static String filter_level;
	public static String filter_tag;
	public static String filter_allThemes;
	public static String filter_allLevels;
	public static String filter_allTags;
	public static String filter_count;
	public static String column_discussed;
	public static String column_question;
	public static String column_level;
	public static String column_answer;
	public static String level_short_personal;
	public static String level_short_team;
	public static String level_short_organisation;
	public static String detail_noQuestion;
	public static String detail_answer;
	public static String detail_save;
	public static String detail_saveTooltip;
	public static String detail_discussed;
	public static String detail_project;
	public static String detail_answeredBy;
	public static String detail_discussedOn;
	public static String detail_tags;
	public static String coverage_title;
	public static String coverage_tooltip;
	public static String action_project;
	public static String action_projectTooltip;
	public static String action_discussed;
	public static String action_journal;
	public static String action_journalTooltip;
	public static String action_import;
	public static String action_export;
	public static String action_problems;
	public static String import_title;
	public static String import_done;
	public static String import_failed;
	public static String export_title;
	public static String export_done;
	public static String export_failed;
	public static String problems_title;
	public static String problems_message;
	public static String problems_none;
	public static String target_case;
	public static String target_agendaItem;
	public static String target_meeting;
	public static String target_learningSession;
	public static String target_journal;
	public static String projector_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
