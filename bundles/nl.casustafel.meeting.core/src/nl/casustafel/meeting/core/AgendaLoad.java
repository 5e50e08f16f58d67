/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingType;

/**
 * The load of an agenda against what the meeting can handle: the timeboxes added up against the
 * meeting's duration, and the number of cases per hour against the meeting type's maximum.
 *
 * @param totalTimeboxMinutes the timeboxes of all items added up
 * @param durationMinutes     the meeting's duration
 * @param caseCount           the number of case items
 * @param maxCasesPerHour     the meeting type's maximum (default {@value MeetingTypeDescriptor#DEFAULT_MAX_CASES_PER_HOUR})
 * @since 0.1
 */
public record AgendaLoad(int totalTimeboxMinutes, int durationMinutes, int caseCount, int maxCasesPerHour) {

	/**
	 * @param meeting a meeting
	 * @return the load of its agenda
	 */
	public static AgendaLoad of(Meeting meeting) {
		int total = 0;
		int cases = 0;
		for (AgendaItem item : meeting.getItems()) {
			total += Math.max(0, item.getTimeboxMinutes());
			if (item.getKind() == AgendaItemKind.CASE) {
				cases++;
			}
		}
		MeetingType type = meeting.getType();
		int max = type == null || type.getMaxCasesPerHour() <= 0 ? MeetingTypeDescriptor.DEFAULT_MAX_CASES_PER_HOUR
				: type.getMaxCasesPerHour();
		int duration = meeting.getDurationMinutes() > 0 ? meeting.getDurationMinutes()
				: type != null && type.getDefaultDurationMinutes() > 0 ? type.getDefaultDurationMinutes() : 60;
		return new AgendaLoad(total, duration, cases, max);
	}

	/** @return the case items per hour of meeting time */
	public double casesPerHour() {
		return durationMinutes <= 0 ? caseCount : caseCount * 60.0 / durationMinutes;
	}

	/** @return the most case items this meeting can take at the type's maximum rate */
	public int maxCases() {
		return (int) Math.floor(maxCasesPerHour * durationMinutes / 60.0);
	}

	/** @return whether there are more cases than the meeting type allows per hour */
	public boolean tooManyCases() {
		return caseCount > maxCases();
	}

	/** @return whether the timeboxes add up to more than the meeting's duration */
	public boolean overTime() {
		return totalTimeboxMinutes > durationMinutes;
	}

	/** @return the timeboxes as a fraction of the duration (1.0 = exactly full) */
	public double fill() {
		return durationMinutes <= 0 ? 0 : (double) totalTimeboxMinutes / durationMinutes;
	}
}
