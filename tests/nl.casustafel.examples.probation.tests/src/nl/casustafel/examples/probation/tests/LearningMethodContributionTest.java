/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.casustafel.learning.core.Capture;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.core.MethodProblem;
import nl.casustafel.learning.core.MethodValidator;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.CaptureSpec;
import nl.casustafel.learning.model.LearningMethod;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.PresenterRole;

/**
 * The peer-consultation method on supervision is offered to facilitators next to the built-in
 * methods, passes Casustafel's checks, and its rules are what the capture enforces.
 */
class LearningMethodContributionTest {

	private static LearningMethod method() {
		return LearningMethods.getDefault().find(ExampleIds.METHOD)
				.orElseThrow(() -> new AssertionError(ExampleIds.METHOD + " not among "
						+ LearningMethods.getDefault().methods().stream().map(LearningMethod::getKey).toList()));
	}

	@Test
	void theMethodIsContributedByTheExampleAndValid() {
		LearningMethod method = method();
		assertEquals(ExampleIds.BUNDLE, method.getOrigin());
		assertEquals(List.of(), MethodValidator.validate(method));
		List<MethodProblem> ours = LearningMethods.getDefault().problems().stream()
				.filter(p -> ExampleIds.BUNDLE.equals(p.contributor())).toList();
		assertEquals(List.of(), ours);
		assertEquals("Intervisie toezicht", method.getName().getNl());
	}

	@Test
	void theMethodComesAfterTheBuiltInMethods() {
		List<String> keys = LearningMethods.getDefault().methods().stream().map(LearningMethod::getKey).toList();
		assertTrue(keys.indexOf(LearningMethods.CASUSLEERBIJEENKOMST) < keys.indexOf(ExampleIds.METHOD), keys.toString());
		assertTrue(keys.indexOf(LearningMethods.INCIDENT_METHOD) < keys.indexOf(ExampleIds.METHOD), keys.toString());
	}

	@Test
	void sixStepsTakeAnHourAndThePresenterListensWhileTheGroupWeighsAndAdvises() {
		LearningMethod method = method();
		assertEquals(List.of("dilemma", "clarify", "frame-and-room", "advice", "choice", "learn"),
				method.getSteps().stream().map(MethodStep::getKey).toList());
		assertEquals(60, method.getSteps().stream().mapToInt(MethodStep::getMinutes).sum());
		assertEquals(PresenterRole.LISTENS, method.getSteps().get(2).getPresenter());
		assertEquals(PresenterRole.LISTENS, method.getSteps().get(3).getPresenter());
	}

	@Test
	void captureLimitsComeFromTheMethod() {
		LearningMethod method = method();
		CaptureSpec questions = Capture.spec(method.getSteps().get(1), CaptureKind.QUESTION).orElseThrow();
		assertTrue(questions.isPerParticipant());
		assertEquals(2, questions.getMaximum());
		CaptureSpec advice = Capture.spec(method.getSteps().get(3), CaptureKind.ADVICE).orElseThrow();
		assertEquals(1, advice.getMaximum());
		assertTrue(advice.isTheoryLink());
		assertTrue(Capture.spec(method.getSteps().get(5), CaptureKind.LEARNING_POINT).isPresent());
	}

	@Test
	void aSessionKeepsItsOwnCopyOfTheMethod() {
		LearningSession session = LearningSessions.newSession(method(), "Intervisie toezicht maart", null);
		assertEquals(ExampleIds.METHOD, session.getMethod().getKey());
		assertNotSame(method(), session.getMethod());
		assertEquals(6, session.getMethod().getSteps().size());
	}
}
