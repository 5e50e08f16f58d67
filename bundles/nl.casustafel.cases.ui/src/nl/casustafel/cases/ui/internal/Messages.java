/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the case-work views and editor: messages.properties (English fallback) and
 * messages_nl.properties (Dutch).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.cases.ui.internal.messages"; //$NON-NLS-1$

	public static String navigator_search_hint;
	public static String navigator_search_tooltip;
	public static String navigator_filter_status_all;
	public static String navigator_filter_status_tooltip;
	public static String navigator_filter_municipality_all;
	public static String navigator_filter_municipality_tooltip;
	public static String navigator_filter_partner_all;
	public static String navigator_filter_partner_tooltip;
	public static String navigator_column_openAgreements;
	public static String navigator_count_noCasebook;
	public static String navigator_count_all;
	public static String navigator_count_filtered;
	public static String navigator_open_failed;
	public static String directory_search_hint;
	public static String directory_column_name;
	public static String directory_column_kind;
	public static String directory_column_place;
	public static String directory_column_substitute;
	public static String directory_group_none;
	public static String directory_status;
	public static String editor_wrongInput;
	public static String editor_caseNotFound;
	public static String editor_saveFailed;
	public static String editor_problems_summary;
	public static String editor_choice_none;
	public static String editor_page_overview;
	public static String editor_section_case;
	public static String editor_section_case_description;
	public static String editor_section_question;
	public static String editor_section_question_description;
	public static String editor_linkedCases_change;
	public static String editor_page_lifeDomains;
	public static String editor_section_lifeDomains;
	public static String editor_section_lifeDomains_description;
	public static String editor_page_involvements;
	public static String editor_section_involvements;
	public static String editor_section_involvements_description;
	public static String editor_page_agreements;
	public static String editor_section_agreements;
	public static String editor_section_agreements_description;
	public static String editor_agreement_overdue;
	public static String editor_page_timeline;
	public static String editor_section_timeline;
	public static String editor_section_timeline_description;
	public static String editor_list_add;
	public static String editor_list_remove;
	public static String caseView_noCase;
	public static String caseView_phase_create;
	public static String caseView_phase_show;
	public static String caseView_failed;
	public static String section_declarationIncomplete;
	public static String section_phase_create;
	public static String section_phase_show;
	public static String section_phase_dispose;
	public static String section_notASection;
	public static String section_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
