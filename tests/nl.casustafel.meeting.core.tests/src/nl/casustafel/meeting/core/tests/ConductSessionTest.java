/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.meeting.core.AgendaPlanner;
import nl.casustafel.meeting.core.ConductSession;
import nl.casustafel.meeting.core.SensitiveField;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingState;

class ConductSessionTest {

	@TempDir
	Path folder;

	private Fixture fixture;
	private Meeting meeting;
	private Fixture.ManualClock clock;
	private ConductSession session;

	@BeforeEach
	void open() throws Exception {
		fixture = new Fixture(folder);
		meeting = AgendaPlanner.nextMeeting(fixture.casebook(), fixture.series(), Fixture.TODAY.atTime(10, 0));
		fixture.session.getEditingDomain().getCommandStack().execute(
				AgendaPlanner.addMeetingCommand(fixture.session.getEditingDomain(), fixture.casebook(), meeting, fixture.series()));
		AgendaItem item = AgendaPlanner.newCaseItem(meeting, fixture.caseNumbered("LV-06"), "Dreiging", "Wie neemt de regie?");
		fixture.session.getEditingDomain().getCommandStack()
				.execute(AgendaPlanner.addItemCommand(fixture.session.getEditingDomain(), meeting, item, 0));
		clock = new Fixture.ManualClock(Fixture.TODAY);
		session = new ConductSession(fixture.session.getEditingDomain(), meeting, clock);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void theCountdownStartsWithTheItemShowsOverrunAndLogsTheActualDuration() {
		AtomicInteger changes = new AtomicInteger();
		session.addListener(s -> changes.incrementAndGet());
		session.start();
		assertEquals(MeetingState.RUNNING, meeting.getState());
		AgendaItem first = session.getCurrentItem();
		assertSame(meeting.getItems().get(0), first);
		assertEquals(Duration.ofMinutes(10), session.remaining());
		assertEquals("10:00", ConductSession.format(session.remaining()));

		clock.advance(Duration.ofMinutes(9));
		assertEquals("01:00", ConductSession.format(session.remaining()));
		assertTrue(session.isNearlyUp());
		assertFalse(session.isOverrun());

		clock.advance(Duration.ofMinutes(2).plusSeconds(15));
		assertTrue(session.isOverrun());
		assertEquals("+01:15", ConductSession.format(session.remaining()));

		session.next();
		assertEquals(675, first.getActualDurationSeconds(), "11 min 15 s logged");
		assertEquals(1, session.getIndex());
		assertEquals(Duration.ofMinutes(meeting.getItems().get(1).getTimeboxMinutes()), session.remaining(),
				"the next item's countdown starts by itself");

		clock.advance(Duration.ofSeconds(30));
		session.previous();
		assertEquals(Duration.ofSeconds(675), session.elapsed(), "a revisited item continues where it stopped");
		clock.advance(Duration.ofSeconds(45));
		session.finish();
		assertEquals(720, first.getActualDurationSeconds());
		assertEquals(30, meeting.getItems().get(1).getActualDurationSeconds());
		assertEquals(MeetingState.CLOSED, meeting.getState());
		assertTrue(changes.get() >= 4);
		assertTrue(fixture.session.getEditingDomain().getCommandStack().canUndo());
	}

	@Test
	void revealedDetailsHideAgainAtTheNextItemAndIdentityCannotBeRevealed() {
		session.start();
		session.reveal(SensitiveField.HEALTH);
		session.reveal(SensitiveField.IDENTITY);
		assertEquals(java.util.Set.of(SensitiveField.HEALTH), session.getRevealed());
		session.next();
		assertTrue(session.getRevealed().isEmpty());
	}

	@Test
	void anEmptyAgendaCannotStart() throws Exception {
		Meeting empty = AgendaPlanner.newMeeting(meeting.getType(), Fixture.TODAY.atTime(14, 0));
		ConductSession other = new ConductSession(fixture.session.getEditingDomain(), empty, clock);
		assertThrows(IllegalStateException.class, other::start);
	}
}
