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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
