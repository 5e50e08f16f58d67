/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the probation example (messages.properties: English; messages_nl.properties: Dutch).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.examples.probation.internal.messages"; //$NON-NLS-1$

	public static String exporter_label;
	public static String exporter_column_meeting;
	public static String exporter_column_date;
	public static String exporter_column_item;
	public static String exporter_column_case;
	public static String exporter_column_agreement;
	public static String exporter_column_owner;
	public static String exporter_column_due;
	public static String exporter_column_status;
	public static String status_supervision;
	public static String status_supervisionUndated;
	public static String status_involved;
	public static String status_none;
	public static String agreements_counts;
	public static String view_title;
	public static String view_supervision;
	public static String view_status;
	public static String view_judicialFrame;
	public static String view_judicialFrameMissing;
	public static String view_involvements;
	public static String view_involvement;
	public static String view_knowsPerson;
	public static String view_noInvolvement;
	public static String view_agreements;
	public static String view_column_agreement;
	public static String view_column_owner;
	public static String view_column_due;
	public static String view_column_status;
	public static String view_overdue;
	public static String view_events;
	public static String view_column_date;
	public static String view_column_kind;
	public static String view_column_title;
	public static String view_noEvents;
	public static String section_status;
	public static String section_agreements;
	public static String section_lastTalk;
	public static String section_noTalk;
	public static String section_breaches;
	public static String section_recordTalk;
	public static String section_recordTalkTooltip;
	public static String section_talkTitle;
	public static String section_talkDescription;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
