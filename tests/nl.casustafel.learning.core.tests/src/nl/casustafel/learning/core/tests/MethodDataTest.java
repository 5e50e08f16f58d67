/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.casustafel.learning.core.Capture;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.MethodProblem;
import nl.casustafel.learning.core.MethodValidator;
import nl.casustafel.learning.core.demo.LearningDemo;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.CaptureSpec;
import nl.casustafel.learning.model.LearningMethod;
import nl.casustafel.learning.model.LocalizedText;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.PresenterRole;

/**
 * The built-in method data: both methods are read from their files, pass every check, carry every
 * text in Dutch and English, and have the structure facilitators rely on.
 */
class MethodDataTest {

	private final LearningMethods methods = LearningMethods.getDefault();

	@Test
	void builtInMethodsAreAvailableAndValid() {
		LearningMethod casus = methods.find(LearningMethods.CASUSLEERBIJEENKOMST).orElseThrow();
		LearningMethod incident = methods.find(LearningMethods.INCIDENT_METHOD).orElseThrow();

		assertEquals(List.of(), MethodValidator.validate(casus));
		assertEquals(List.of(), MethodValidator.validate(incident));
		assertEquals("nl.casustafel.learning.core", casus.getOrigin());
		assertTrue(methods.problems().stream().noneMatch(p -> "nl.casustafel.learning.core".equals(p.contributor())),
				() -> "problems of the built-in methods: " + methods.problems());
		assertEquals(LearningMethods.CASUSLEERBIJEENKOMST, methods.methods().get(0).getKey(), "order 10 comes first");
	}

	@Test
	void casusleerbijeenkomstHasStepsZeroToSixIn85Minutes() {
		LearningMethod method = methods.find(LearningMethods.CASUSLEERBIJEENKOMST).orElseThrow();
		List<MethodStep> steps = method.getSteps();

		assertEquals(85, method.totalMinutes());
		assertEquals(List.of("0", "1", "2", "3", "4", "5", "6"), steps.stream().map(MethodStep::getLabel).toList());
		assertEquals(List.of(5, 5, 10, 15, 15, 15, 20), steps.stream().map(MethodStep::getMinutes).toList());
		assertEquals("Theorie", steps.get(0).getTitle().getNl());
		assertEquals("Analysing", steps.get(3).getTitle().getEn());

		CaptureSpec questions = Capture.spec(steps.get(2), CaptureKind.QUESTION).orElseThrow();
		assertTrue(questions.isPerParticipant());
		assertEquals(3, questions.getMaximum());
		assertEquals(PresenterRole.ANSWERS_FACTS, steps.get(2).getPresenter());
		assertEquals(PresenterRole.LISTENS, steps.get(3).getPresenter(), "presenter listens while the group analyses");
		assertEquals(PresenterRole.LISTENS, steps.get(4).getPresenter(), "presenter listens to the advice");
		assertTrue(Capture.spec(steps.get(4), CaptureKind.ADVICE).orElseThrow().isTheoryLink());
		assertTrue(Capture.spec(steps.get(6), CaptureKind.LEARNING_POINT).isPresent());
		assertTrue(Capture.spec(steps.get(3), CaptureKind.QUESTION).isEmpty(), "no questions during the analysis");
		assertFalse(steps.get(6).getPrompts().isEmpty(), "evaluation prompts");
		assertFalse(method.getCaseTemplate().getNl().isBlank(), "case template");
	}

	@Test
	void incidentMethodTakesAnHour() {
		LearningMethod method = methods.find(LearningMethods.INCIDENT_METHOD).orElseThrow();

		assertEquals(60, method.totalMinutes());
		assertEquals(6, method.getSteps().size());
		assertEquals(1, Capture.spec(method.getSteps().get(2), CaptureKind.ADVICE).orElseThrow().getMaximum());
	}

	@Test
	void everyTextIsInDutchAndEnglishAndTheLanguagesDiffer() {
		for (String key : List.of(LearningMethods.CASUSLEERBIJEENKOMST, LearningMethods.INCIDENT_METHOD)) {
			LearningMethod method = LearningDemo.builtInMethod(key);
			int texts = 0;
			for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(method, true)) {
				if (object instanceof LocalizedText text) {
					texts++;
					assertFalse(text.getNl() == null || text.getNl().isBlank(), () -> key + ": Dutch missing in " + text);
					assertFalse(text.getEn() == null || text.getEn().isBlank(), () -> key + ": English missing in " + text);
					if (text.getNl().length() > 20) {
						assertFalse(text.getNl().equals(text.getEn()), () -> key + ": not translated: " + text.getNl());
					}
				}
			}
			assertTrue(texts > 20, key + " has its texts");
		}
	}

	@Test
	void validatorReportsWhatIsWrong() {
		LearningMethod method = EcoreUtil.copy(LearningDemo.builtInMethod(LearningMethods.CASUSLEERBIJEENKOMST));
		method.getName().setEn(null);
		method.getSteps().get(1).setMinutes(0);
		method.getSteps().get(2).setKey("theory");
		method.getSteps().get(3).getGoal().setNl(" ");

		List<String> messages = MethodValidator.validate(method).stream().map(MethodProblem::message).toList();

		assertEquals(4, messages.size(), messages::toString);
		assertTrue(messages.contains("De Engelse tekst van de naam ontbreekt."), messages::toString);
		assertTrue(messages.contains("Een stap moet meer dan 0 minuten duren."), messages::toString);
		assertTrue(messages.contains("Deze stapsleutel komt meer dan eens voor."), messages::toString);
		assertTrue(messages.contains("De Nederlandse tekst van de doel ontbreekt.")
				|| messages.stream().anyMatch(m -> m.contains("doel")), messages::toString);
	}
}
