/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.learning.core.Capture;
import nl.casustafel.learning.core.CaptureLimitException;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.Contribution;
import nl.casustafel.learning.model.LearningPoint;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.model.TheoryItem;

/** Quick capture enforces the step's rules, above all the maximum of three questions each. */
class CaptureTest {

	@TempDir
	Path folder;

	private CasebookSession casebook;
	private LearningSession session;
	private Capture capture;
	private MethodStep clarify;

	@BeforeEach
	void setUp() throws Exception {
		casebook = Fixtures.demoCasebook(folder);
		session = Fixtures.newSession(casebook);
		capture = new Capture(session, casebook.getEditingDomain(), new MutableClock(Fixtures.START));
		clarify = session.getMethod().getSteps().get(2);
	}

	@AfterEach
	void tearDown() {
		casebook.close();
	}

	@Test
	void questionLimitIsEnforcedPerParticipant() throws Exception {
		Participant gerda = Fixtures.participant(session, "gerda-smit");
		Participant mark = Fixtures.participant(session, "mark-de-boer");
		for (int i = 1; i <= 3; i++) {
			assertEquals(4 - i, capture.remaining(clarify, CaptureKind.QUESTION, gerda));
			capture.add(clarify, CaptureKind.QUESTION, gerda, "Vraag " + i, null);
		}

		CaptureLimitException refused = assertThrows(CaptureLimitException.class,
				() -> capture.add(clarify, CaptureKind.QUESTION, gerda, "Vraag 4", null));

		assertEquals(CaptureLimitException.Reason.LIMIT_REACHED, refused.reason());
		assertEquals(3, refused.maximum());
		assertEquals("Gerda Smit heeft al 3 vragen ingebracht; meer mag niet in deze stap.", refused.getMessage());
		assertEquals(3, capture.contributions(clarify, CaptureKind.QUESTION, gerda).size(), "nothing was added");
		assertEquals(0, capture.remaining(clarify, CaptureKind.QUESTION, gerda));
		capture.add(clarify, CaptureKind.QUESTION, mark, "Een vraag van Mark", null);
		assertEquals(2, capture.remaining(clarify, CaptureKind.QUESTION, mark), "the limit is per participant");
	}

	@Test
	void undoGivesTheQuestionBack() throws Exception {
		Participant gerda = Fixtures.participant(session, "gerda-smit");
		for (int i = 1; i <= 3; i++) {
			capture.add(clarify, CaptureKind.QUESTION, gerda, "Vraag " + i, null);
		}
		casebook.getEditingDomain().getCommandStack().undo();

		assertEquals(1, capture.remaining(clarify, CaptureKind.QUESTION, gerda));
		capture.add(clarify, CaptureKind.QUESTION, gerda, "Andere vraag", null);
	}

	@Test
	void thePresenterAsksNoQuestionsAndTheAnalysisTakesNone() {
		Participant eva = Fixtures.participant(session, "eva-koster");
		Participant gerda = Fixtures.participant(session, "gerda-smit");
		MethodStep analyse = session.getMethod().getSteps().get(3);

		CaptureLimitException presenter = assertThrows(CaptureLimitException.class,
				() -> capture.add(clarify, CaptureKind.QUESTION, eva, "Mag ik iets vragen?", null));
		CaptureLimitException notInStep = assertThrows(CaptureLimitException.class,
				() -> capture.add(analyse, CaptureKind.QUESTION, gerda, "Nog een vraag", null));
		CaptureLimitException anonymous = assertThrows(CaptureLimitException.class,
				() -> capture.add(clarify, CaptureKind.QUESTION, null, "Van wie?", null));

		assertEquals(CaptureLimitException.Reason.PRESENTER, presenter.reason());
		assertEquals(CaptureLimitException.Reason.NOT_IN_STEP, notInStep.reason());
		assertEquals("In de stap \u2018Analyseren\u2019 worden geen vragen vastgelegd.", notInStep.getMessage());
		assertEquals(CaptureLimitException.Reason.PARTICIPANT_REQUIRED, anonymous.reason());
		assertTrue(session.getContributions().isEmpty());
	}

	@Test
	void adviceMayBuildOnTheTheoryAndLearningPointsCarryTags() throws Exception {
		TheoryItem theory = nl.casustafel.learning.model.LearningFactory.eINSTANCE.createTheoryItem();
		theory.setTitle("Fasen van gedragsverandering");
		casebook.getEditingDomain().getCommandStack().execute(
				LearningSessions.addTheoryItem(casebook.getEditingDomain(), casebook.getCasebook(), theory));
		MethodStep advise = session.getMethod().getSteps().get(4);
		MethodStep evaluate = session.getMethod().getSteps().get(6);

		Contribution advice = capture.add(advise, CaptureKind.ADVICE, Fixtures.participant(session, "mark-de-boer"),
				"Sluit aan bij zijn eigen doelen", theory);
		LearningPoint point = capture.addLearningPoint(evaluate, null, "Terugval hoort erbij",
				List.of(" Motivatie", "motivatie", "Detentie  fasering"), true);

		assertEquals(theory, advice.getTheory());
		assertEquals(List.of("motivatie", "detentie fasering"), point.getTags());
		assertThrows(IllegalArgumentException.class,
				() -> capture.add(clarify, CaptureKind.QUESTION, Fixtures.participant(session, "mark-de-boer"), "x", theory),
				"no theory link on questions");
		capture.add(session.getMethod().getSteps().get(3), CaptureKind.PARKED, null, "Wachttijden uitslagen", null);
		assertEquals(2, session.getContributions().size());
	}
}
