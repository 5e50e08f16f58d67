/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.learning.core.Facilitator;
import nl.casustafel.learning.core.Facilitator.State;
import nl.casustafel.learning.core.StepTimer;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.SessionState;
import nl.casustafel.learning.model.StepLog;

/** The facilitator's state machine and step timer, driven by a hand-moved clock. */
class FacilitatorTest {

	@TempDir
	Path folder;

	private CasebookSession casebook;
	private LearningSession session;
	private MutableClock clock;
	private Facilitator facilitator;

	@BeforeEach
	void setUp() throws Exception {
		casebook = Fixtures.demoCasebook(folder);
		session = Fixtures.newSession(casebook);
		clock = new MutableClock(Fixtures.START);
		facilitator = new Facilitator(session, casebook.getEditingDomain(), clock);
	}

	@AfterEach
	void tearDown() {
		casebook.close();
	}

	@Test
	void timerStartsWithTheStepAndShowsOverrun() {
		assertEquals(State.NOT_STARTED, facilitator.state());
		assertNull(facilitator.timer());

		facilitator.start();
		assertEquals(State.RUNNING, facilitator.state());
		assertEquals(SessionState.RUNNING, session.getState());
		assertEquals(0, facilitator.currentIndex());
		assertEquals("05:00", facilitator.timer().display());

		clock.advance(Duration.ofSeconds(4 * 60 + 10));
		StepTimer timer = facilitator.timer();
		assertEquals("00:50", timer.display());
		assertTrue(timer.isNearlyUp());
		assertFalse(timer.isOverrun());

		clock.advance(Duration.ofSeconds(75));
		assertTrue(facilitator.timer().isOverrun());
		assertEquals("+00:25", facilitator.timer().display());

		facilitator.extend(5);
		assertFalse(facilitator.timer().isOverrun());
		assertEquals("04:35", facilitator.timer().display());
	}

	@Test
	void walkingAllStepsLogsActualDurationsSkipsAndExtensions() {
		facilitator.start();
		int[] minutes = { 5, 6, 10, 20, 15, 15, 19 };
		for (int i = 0; i < 7; i++) {
			assertEquals(i, facilitator.currentIndex());
			clock.advanceMinutes(minutes[i]);
			if (i == 5) {
				facilitator.skip();
			} else {
				if (i == 3) {
					facilitator.extend(2);
				}
				facilitator.next();
			}
		}

		assertEquals(State.FINISHED, facilitator.state());
		assertEquals(SessionState.FINISHED, session.getState());
		List<StepLog> logs = session.getStepLogs();
		assertEquals(7, logs.size());
		assertEquals(List.of(300, 360, 600, 1200, 900, 900, 1140), logs.stream().map(StepLog::getActualSeconds).toList());
		assertEquals(2, logs.get(3).getExtraMinutes());
		assertTrue(logs.get(5).isSkipped());
		assertFalse(logs.get(4).isSkipped());
		assertTrue(facilitator.timer(logs.get(3)).isOverrun(), "20 minutes on a 15+2 minute step");
		assertEquals(Duration.ofMinutes(3), facilitator.timer(logs.get(3)).overrun());
		assertEquals(session.getMethod().getSteps().get(6), logs.get(6).getStep());
		assertThrows(IllegalStateException.class, facilitator::next);
	}

	@Test
	void undoOfNextBringsBackThePreviousStepStillCounting() {
		facilitator.start();
		clock.advanceMinutes(3);
		facilitator.next();
		assertEquals(1, facilitator.currentIndex());

		casebook.getEditingDomain().getCommandStack().undo();
		clock.advanceMinutes(1);

		assertEquals(0, facilitator.currentIndex());
		assertEquals(1, session.getStepLogs().size());
		assertEquals("01:00", facilitator.timer().display(), "4 of 5 minutes gone");
		casebook.getEditingDomain().getCommandStack().redo();
		assertEquals(1, facilitator.currentIndex());
	}

	@Test
	void finishEndsTheRunningStep() {
		facilitator.start();
		clock.advanceMinutes(2);
		facilitator.next();
		clock.advanceMinutes(1);
		facilitator.finish();

		assertEquals(State.FINISHED, facilitator.state());
		assertEquals(60, session.getStepLogs().get(1).getActualSeconds());
		assertThrows(IllegalStateException.class, facilitator::start);
	}
}
