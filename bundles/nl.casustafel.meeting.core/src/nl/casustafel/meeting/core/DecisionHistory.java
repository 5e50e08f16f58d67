/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.util.Date;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.DecisionType;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;

/**
 * What earlier meetings decided about a case, to catch a discussion going round in circles: an
 * item that ends in "more information needed" for the second meeting in a row is flagged.
 *
 * @since 0.1
 */
public final class DecisionHistory {

	private DecisionHistory() {
	}

	/**
	 * The case item about the same case in the latest earlier meeting that discussed it: in the same
	 * series when the meeting belongs to one, else in any meeting of the casebook.
	 *
	 * @param item a case item of a meeting
	 * @return the previous item, or {@code null}
	 */
	public static AgendaItem previousDiscussion(AgendaItem item) {
		if (item.getCase() == null || !(item.eContainer() instanceof Meeting meeting) || meeting.getDate() == null) {
			return null;
		}
		Iterable<Meeting> candidates;
		MeetingSeries series = meeting.getSeries();
		if (series != null) {
			candidates = CasebookLists.resolved(series.getMeetings());
		} else if (meeting.eContainer() instanceof Casebook casebook) {
			candidates = CasebookLists.resolved(casebook.getMeetings());
		} else {
			return null;
		}
		AgendaItem best = null;
		Date bestDate = null;
		for (Meeting other : candidates) {
			Date date = other.getDate();
			if (other == meeting || date == null || !date.before(meeting.getDate())
					|| bestDate != null && !date.after(bestDate)) {
				continue;
			}
			for (AgendaItem candidate : other.getItems()) {
				if (candidate.getKind() == AgendaItemKind.CASE && candidate.getCase() == item.getCase()) {
					best = candidate;
					bestDate = date;
				}
			}
		}
		return best;
	}

	/**
	 * @param item a case item
	 * @return whether the previous discussion of the case ended in "more information needed"
	 *         (warn before the item: it must not happen again)
	 */
	public static boolean previousWasMoreInformation(AgendaItem item) {
		AgendaItem previous = previousDiscussion(item);
		return previous != null && previous.getDecision() == DecisionType.MORE_INFORMATION;
	}

	/**
	 * @param item a case item
	 * @return whether it ended in "more information needed" for the second meeting in a row
	 */
	public static boolean isRepeatedMoreInformation(AgendaItem item) {
		return item.getDecision() == DecisionType.MORE_INFORMATION && previousWasMoreInformation(item);
	}
}
