/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

/**
 * Identifiers of the meeting core: bundle, extension point, preference node.
 *
 * @since 0.1
 */
public final class MeetingCore {

	/** Symbolic name of this bundle. */
	public static final String PLUGIN_ID = "nl.casustafel.meeting.core"; //$NON-NLS-1$

	/** The extension point for meeting types (schema {@code schema/meetingTypes.exsd}). */
	public static final String MEETING_TYPES_EXTENSION_POINT = PLUGIN_ID + ".meetingTypes"; //$NON-NLS-1$

	private MeetingCore() {
	}
}
