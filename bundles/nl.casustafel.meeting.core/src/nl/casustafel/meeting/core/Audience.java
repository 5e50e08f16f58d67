/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

/**
 * Who will see case data; the masking profile decides per audience.
 *
 * @since 0.1
 */
public enum Audience {
	/** The shared screen of a meeting: everybody in the room. */
	PROJECTOR,
	/** The chair's own console on the laptop. */
	CHAIR,
	/** The minutes for the participants of the meeting. */
	MINUTES,
	/** The pseudonymised minutes for wider distribution (steering group, learning, policy). */
	PSEUDONYMISED_MINUTES
}
