/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

/** The Lindeveld demo casebook in a temporary folder, and lookups by the demo's ids. */
final class Fixture implements AutoCloseable {

	/** The day the tests take as today: two weeks after the focusoverleg. */
	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	final CasebookSession session;

	Fixture(Path folder) throws CasebookException {
		session = CasebookServices.newService().create(folder.resolve("casebook"), DemoRegion.create());
	}

	Casebook casebook() {
		return session.getCasebook();
	}

	Case caseNumbered(String number) {
		return CasebookLists.resolved(casebook().getCases()).stream().filter(c -> number.equals(c.getCaseNumber())).findFirst()
				.orElseThrow();
	}

	Meeting meeting(String id) {
		return CasebookLists.resolved(casebook().getMeetings()).stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
	}

	MeetingSeries series() {
		return casebook().getMeetingSeries().stream().filter(s -> DemoRegion.SERIES_ID.equals(s.getId())).findFirst().orElseThrow();
	}

	Organisation organisation(String id) {
		return CasebookLists.resolved(casebook().getOrganisations()).stream().filter(o -> id.equals(o.getId())).findFirst()
				.orElseThrow();
	}

	Professional professional(String id) {
		return CasebookLists.resolved(casebook().getProfessionals()).stream().filter(p -> id.equals(p.getId())).findFirst()
				.orElseThrow();
	}

	@Override
	public void close() {
		session.close();
	}

	/** A clock the test moves by hand. */
	static final class ManualClock extends Clock {
		private Instant now;

		ManualClock(LocalDate day) {
			now = day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.systemDefault();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
