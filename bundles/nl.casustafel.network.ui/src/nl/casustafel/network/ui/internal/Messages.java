/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal;

import java.util.Date;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.ui.emf.DateFormats;

/**
 * The texts of the network view. Dutch in {@code messages_nl.properties}, English fallback in
 * {@code messages.properties}.
 */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.network.ui.internal.messages"; //$NON-NLS-1$

	public static String analysis_absentAt;

	public static String analysis_brokerScore;

	public static String analysis_brokers;

	public static String analysis_domain;

	public static String analysis_isolated;

	public static String analysis_knows;

	public static String analysis_missingDomains;

	public static String analysis_missingParties;

	public static String analysis_missingPartners;

	public static String analysis_more;

	public static String analysis_noMissingDomains;

	public static String analysis_noRegie;

	public static String analysis_nobodyKnows;

	public static String analysis_none;

	public static String analysis_person;

	public static String analysis_regie;

	public static String analysis_tensions;

	public static String analysis_tie;

	public static String draw_button;

	public static String draw_buttonOn;

	public static String draw_off;

	public static String draw_tip;

	public static String export_csv;

	public static String export_csvDone;

	public static String export_csvDoneTitle;

	public static String export_failed;

	public static String export_graphml;

	public static String export_menu;

	public static String export_png;

	public static String export_svg;

	public static String export_tip;

	public static String file_case;

	public static String file_organisations;

	public static String file_region;

	public static String file_relations;

	public static String filter_allTime;

	public static String filter_allTimeShown;

	public static String filter_focus;

	public static String filter_focusClear;

	public static String filter_focusOn;

	public static String filter_focusSelection;

	public static String filter_hopsTip;

	public static String filter_search;

	public static String filter_searchHint;

	public static String filter_time;

	public static String import_button;

	public static String import_columnColumn;

	public static String import_columnFile;

	public static String import_columnLine;

	public static String import_columnProblem;

	public static String import_confirm;

	public static String import_nothing;

	public static String import_oneGraphMl;

	public static String import_problemsMessage;

	public static String import_problemsTitle;

	public static String import_readOnly;

	public static String import_skipped;

	public static String import_tip;

	public static String import_title;

	public static String labels_tip;

	public static String labels_toggle;

	public static String layout_auto;

	public static String layout_button;

	public static String layout_force;

	public static String layout_layered;

	public static String layout_tip;

	public static String menu_delete;

	public static String menu_focus;

	public static String menu_kind;

	public static String menu_openCase;

	public static String menu_unpin;

	public static String panel_analysis;

	public static String panel_legend;

	public static String panel_legendTitle;

	public static String panel_toggleTip;

	public static String period_between;

	public static String period_from;

	public static String period_until;

	public static String print_button;

	public static String print_tip;

	public static String scope_case;

	public static String scope_caseTip;

	public static String scope_region;

	public static String scope_regionTip;

	public static String title_case;

	public static String title_none;

	public static String title_onDay;

	public static String title_region;

	public static String unpin_all;

	public static String unpin_allTip;

	public static String view_chooseCase;

	public static String view_emptyAfterFilter;

	public static String view_noCasebook;

	public static String zoom_actual;

	public static String zoom_actualTip;

	public static String zoom_fit;

	public static String zoom_fitTip;

	public static String zoom_in;

	public static String zoom_inTip;

	public static String zoom_out;

	public static String zoom_outTip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * @param from first day, or {@code null}
	 * @param to   last day, or {@code null}
	 * @return "from ... to ...", or {@code null} when both are open
	 */
	public static String period(Date from, Date to) {
		if (from == null && to == null) {
			return null;
		}
		if (to == null) {
			return NLS.bind(period_from, DateFormats.format(from));
		}
		if (from == null) {
			return NLS.bind(period_until, DateFormats.format(to));
		}
		return NLS.bind(period_between, DateFormats.format(from), DateFormats.format(to));
	}
}
