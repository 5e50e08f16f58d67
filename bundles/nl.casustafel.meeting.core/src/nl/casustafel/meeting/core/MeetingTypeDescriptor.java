/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.util.List;
import java.util.Objects;

/**
 * A meeting type contributed through the extension point {@value MeetingCore#MEETING_TYPES_EXTENSION_POINT}.
 *
 * @param key                    stable key, stored as {@code MeetingType.key}
 * @param name                   localised name
 * @param description            localised one-sentence description, may be empty
 * @param defaultDurationMinutes default meeting duration
 * @param defaultTimeboxMinutes  default timebox per case item
 * @param maxCasesPerHour        load warning threshold
 * @param requiredPartyTypes     organisation types that must attend
 * @param contributor            symbolic name of the contributing bundle
 * @since 0.1
 */
public record MeetingTypeDescriptor(String key, String name, String description, int defaultDurationMinutes,
		int defaultTimeboxMinutes, int maxCasesPerHour, List<String> requiredPartyTypes, String contributor) {

	/** Default of {@link #maxCasesPerHour()} when a contribution leaves it out. */
	public static final int DEFAULT_MAX_CASES_PER_HOUR = 6;

	/**
	 * Validates and copies the values.
	 */
	public MeetingTypeDescriptor {
		Objects.requireNonNull(key, "key"); //$NON-NLS-1$
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		description = description == null ? "" : description; //$NON-NLS-1$
		if (defaultDurationMinutes <= 0 || defaultTimeboxMinutes <= 0 || maxCasesPerHour <= 0) {
			throw new IllegalArgumentException("durations and maxCasesPerHour must be positive: " + key); //$NON-NLS-1$
		}
		requiredPartyTypes = List.copyOf(requiredPartyTypes);
	}
}
