/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import nl.casustafel.model.AgendaItem;

/**
 * Something the chair or process director should know about an agenda before or during the
 * meeting.
 *
 * @param kind    what kind of warning
 * @param error   whether it is a validation error (the agenda is incomplete) rather than advice
 * @param item    the agenda item it concerns, or {@code null} for the whole meeting
 * @param message the localised message
 * @since 0.1
 */
public record AgendaWarning(Kind kind, boolean error, AgendaItem item, String message) {

	/** Kinds of warnings. */
	public enum Kind {
		/** The timeboxes add up to more than the meeting's duration. */
		OVER_TIME,
		/** More case items than the meeting type allows per hour. */
		TOO_MANY_CASES,
		/** A required party of the meeting type is not at the table. */
		MISSING_PARTY,
		/** Nobody present knows the person of a case item. */
		NOBODY_KNOWS_PERSON,
		/** The previous discussion of the case ended in "more information needed". */
		PREVIOUS_MORE_INFORMATION,
		/** The item ended in "more information needed" for the second meeting in a row. */
		REPEATED_MORE_INFORMATION,
		/** A partner did not deliver the requested input. */
		INPUT_MISSING,
		/** The casebook validator reports a problem in the agenda (e.g. a case item without a question). */
		INVALID
	}
}
