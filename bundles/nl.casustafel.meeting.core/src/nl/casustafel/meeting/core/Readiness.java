/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Preparation;

/**
 * Readiness of an agenda item or a whole agenda: how many partners were asked for input, how many
 * delivered and how many are missing.
 *
 * @param asked     preparations still asked (no answer yet)
 * @param delivered preparations delivered
 * @param missing   preparations the partner did not deliver
 * @since 0.1
 */
public record Readiness(int asked, int delivered, int missing) {

	/** The readiness indicator. */
	public enum Level {
		/** Nobody was asked for input. */
		NOT_REQUESTED,
		/** Every partner delivered. */
		READY,
		/** Some input is still expected. */
		WAITING,
		/** At least one partner did not deliver. */
		INCOMPLETE
	}

	/**
	 * @param item an agenda item
	 * @return its readiness
	 */
	public static Readiness of(AgendaItem item) {
		int asked = 0;
		int delivered = 0;
		int missing = 0;
		for (Preparation preparation : item.getPreparations()) {
			switch (preparation.getStatus()) {
			case DELIVERED -> delivered++;
			case MISSING -> missing++;
			default -> asked++;
			}
		}
		return new Readiness(asked, delivered, missing);
	}

	/**
	 * @param meeting a meeting
	 * @return the readiness of all its items together
	 */
	public static Readiness of(Meeting meeting) {
		Readiness total = new Readiness(0, 0, 0);
		for (AgendaItem item : meeting.getItems()) {
			Readiness r = of(item);
			total = new Readiness(total.asked + r.asked, total.delivered + r.delivered, total.missing + r.missing);
		}
		return total;
	}

	/** @return the number of preparations requested */
	public int requested() {
		return asked + delivered + missing;
	}

	/** @return the indicator */
	public Level level() {
		if (requested() == 0) {
			return Level.NOT_REQUESTED;
		}
		if (missing > 0) {
			return Level.INCOMPLETE;
		}
		return asked > 0 ? Level.WAITING : Level.READY;
	}

	/** @return e.g. "3/4" (delivered of requested) */
	public String fraction() {
		return delivered + "/" + requested(); //$NON-NLS-1$
	}
}
