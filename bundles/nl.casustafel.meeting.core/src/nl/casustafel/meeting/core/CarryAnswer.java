/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

/**
 * The answer to "still valid?" for an agreement that is carried into a new meeting of its series
 * (see {@link AgendaPlanner#nextMeetingCommand}). Other forums cut across standing agreements, so
 * the chair confirms each one, or settles it, before it takes time on the agenda.
 *
 * @since 0.1
 */
public enum CarryAnswer {

	/** Still valid: the agreement stays open, is carried and its validity is confirmed today. */
	STILL_VALID,

	/** Done meanwhile: the agreement is closed as done today and not carried. */
	DONE,

	/**
	 * No longer valid: the agreement is closed with the not-done reason "no longer valid" and not
	 * carried.
	 */
	NO_LONGER_VALID;

	/** @return whether the agreement stays open and goes onto the new agenda */
	public boolean carries() {
		return this == STILL_VALID;
	}
}
