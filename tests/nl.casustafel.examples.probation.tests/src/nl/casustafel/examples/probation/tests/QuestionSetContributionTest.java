/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.casustafel.reflection.core.QuestionSetOrigin;
import nl.casustafel.reflection.core.QuestionSetProblem;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.core.RegisteredQuestionSet;
import nl.casustafel.reflection.model.LocalizedText;
import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.QuestionSet;
import nl.casustafel.reflection.model.TargetKind;
import nl.casustafel.reflection.model.Theme;

/**
 * The question set on supervision reaches the reflection registry as a contributed set, complete
 * in Dutch and English, and is offered for cases, agenda items and meetings.
 */
class QuestionSetContributionTest {

	private final QuestionSetRegistry registry = Services.get(QuestionSetRegistry.class);

	@Test
	void theSetIsRegisteredAsAContributionOfTheExample() {
		RegisteredQuestionSet registered = registry.getSet(ExampleIds.QUESTION_SET);
		assertNotNull(registered, "set " + ExampleIds.QUESTION_SET + " in " + registry.getSets());
		assertEquals(QuestionSetOrigin.CONTRIBUTED, registered.origin());
		assertEquals(ExampleIds.BUNDLE, registered.contributor());
		assertEquals("sets/toezicht.xmi", registered.location());
		List<QuestionSetProblem> ours = registry.getProblems().stream()
				.filter(p -> ExampleIds.BUNDLE.equals(p.contributor())).toList();
		assertEquals(List.of(), ours, "problems reported for the example's set");
	}

	@Test
	void everyThemeAndQuestionIsThereInDutchAndEnglish() {
		QuestionSet set = registry.getSet(ExampleIds.QUESTION_SET).set();
		assertEquals(List.of("conditions", "risk", "motivation", "three-way-talk", "chain"),
				set.getThemes().stream().map(Theme::getId).toList());
		int questions = 0;
		for (Theme theme : set.getThemes()) {
			assertBoth(theme.getTitle(), theme.getId());
			for (Question question : theme.getQuestions()) {
				assertBoth(question.getText(), question.getId());
				questions++;
			}
		}
		assertEquals(14, questions);
		assertEquals("Reflectie op toezicht door de reclassering", set.getTitle().getNl());
	}

	@Test
	void theSetIsOfferedForCasesAgendaItemsAndMeetingsButNotForJournals() {
		for (TargetKind kind : List.of(TargetKind.CASE, TargetKind.AGENDA_ITEM, TargetKind.MEETING)) {
			assertTrue(registry.getSets(kind).stream().anyMatch(s -> s.id().equals(ExampleIds.QUESTION_SET)), kind.name());
		}
		assertFalse(registry.getSets(TargetKind.JOURNAL).stream().anyMatch(s -> s.id().equals(ExampleIds.QUESTION_SET)));
	}

	@Test
	void questionsAreFoundByTheirStableIds() {
		Question question = registry.findQuestion(ExampleIds.QUESTION_SET, "conditions-violation");
		assertNotNull(question);
		assertTrue(question.getText().getNl().contains("overtreding"), question.getText().getNl());
	}

	private static void assertBoth(LocalizedText text, String where) {
		assertNotNull(text, where);
		assertFalse(text.getNl() == null || text.getNl().isBlank(), "Dutch text of " + where);
		assertFalse(text.getEn() == null || text.getEn().isBlank(), "English text of " + where);
	}
}
