/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.casustafel.reflection.core.CoverageCheck;
import nl.casustafel.reflection.core.QuestionSetOrigin;
import nl.casustafel.reflection.core.QuestionSetProblem;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.core.QuestionSets.ReadResult;
import nl.casustafel.reflection.core.RegisteredQuestionSet;
import nl.casustafel.reflection.model.Level;
import nl.casustafel.reflection.model.LocalizedText;
import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.QuestionSet;
import nl.casustafel.reflection.model.TargetKind;
import nl.casustafel.reflection.model.Theme;

/**
 * The built-in question sets load, validate without a single warning, and have the promised
 * content: four themes at three levels with at least 40 questions, chair prompts, and one question
 * per case-management function; every text in Dutch and English.
 */
class BuiltInSetsTest {

	static final String THEMES = "nl.casustafel.reflection.themes";

	static final String CHAIR_PROMPTS = "nl.casustafel.reflection.chairPrompts";

	static final String COVERAGE = "nl.casustafel.reflection.coverage";

	private static final List<String> FILES = List.of("sets/workbook-themes.xmi", "sets/chair-prompts.xmi",
			"sets/case-management-coverage.xmi");

	@Test
	void everyBuiltInFileIsValidWithoutWarnings() throws Exception {
		for (String file : FILES) {
			ReadResult result = Fixtures.read(Fixtures.CORE_PLUGIN, file);

			assertTrue(result.ok(), file + " loads");
			assertEquals(List.of(), result.problems(), file + " has no problems at all");
		}
	}

	@Test
	void theRegistryOffersTheBuiltInSetsFirstAndReportsNothingAboutThem() throws Exception {
		QuestionSetRegistry registry = Fixtures.registry();

		List<String> ids = registry.getSets().stream().map(RegisteredQuestionSet::id).toList();
		assertEquals(List.of(THEMES, CHAIR_PROMPTS, COVERAGE), ids.subList(0, 3));
		for (String id : List.of(THEMES, CHAIR_PROMPTS, COVERAGE)) {
			RegisteredQuestionSet set = registry.getSet(id);
			assertEquals(QuestionSetOrigin.BUILT_IN, set.origin());
			assertEquals(Fixtures.CORE_PLUGIN, set.contributor());
		}
		for (QuestionSetProblem problem : registry.getProblems()) {
			assertNotEquals(Fixtures.CORE_PLUGIN, problem.contributor(), problem.describe());
		}
	}

	@Test
	void fourThemesAtThreeLevelsWithAtLeastFortyQuestions() throws Exception {
		QuestionSet set = Fixtures.registry().getSet(THEMES).set();

		assertEquals(List.of("impossible-lives", "clashing-logics", "self-willed-professionals", "coordination-question"),
				set.getThemes().stream().map(Theme::getId).toList());
		int total = 0;
		for (Theme theme : set.getThemes()) {
			Map<Level, Integer> perLevel = new EnumMap<>(Level.class);
			for (Question question : theme.getQuestions()) {
				perLevel.merge(question.getLevel(), 1, Integer::sum);
				total++;
			}
			for (Level level : Level.VALUES) {
				assertTrue(perLevel.getOrDefault(level, 0) >= 3, theme.getId() + " has at least 3 questions at " + level);
			}
		}
		assertTrue(total >= 40, "at least 40 questions, found " + total);
	}

	@Test
	void chairPromptsAndCoverageCheck() throws Exception {
		QuestionSetRegistry registry = Fixtures.registry();
		QuestionSet prompts = registry.getSet(CHAIR_PROMPTS).set();
		QuestionSet coverage = registry.getSet(COVERAGE).set();

		assertTrue(questions(prompts).size() >= 8, "at least 8 chair prompts");
		assertEquals(Set.of(), CoverageCheck.functionsWithoutQuestions(coverage),
				"the coverage check asks about every case-management function");
		assertTrue(registry.getSet(CHAIR_PROMPTS).fits(TargetKind.AGENDA_ITEM));
		assertFalse(registry.getSet(CHAIR_PROMPTS).fits(TargetKind.JOURNAL), "no chair prompts in a journal");
		assertTrue(registry.getSet(THEMES).fits(TargetKind.LEARNING_SESSION));
		assertTrue(registry.getSets(TargetKind.JOURNAL).stream().map(RegisteredQuestionSet::id).toList().contains(THEMES));
	}

	@Test
	void everyTextIsInDutchAndEnglishAndTranslated() throws Exception {
		for (String id : List.of(THEMES, CHAIR_PROMPTS, COVERAGE)) {
			QuestionSet set = Fixtures.registry().getSet(id).set();
			List<LocalizedText> texts = new ArrayList<>();
			texts.add(set.getTitle());
			texts.add(set.getDescription());
			for (Theme theme : set.getThemes()) {
				texts.add(theme.getTitle());
				for (Question question : theme.getQuestions()) {
					texts.add(question.getText());
				}
			}
			for (LocalizedText text : texts) {
				assertNotNull(text, id);
				assertFalse(text.getNl() == null || text.getNl().isBlank(), id + ": Dutch text");
				assertFalse(text.getEn() == null || text.getEn().isBlank(), id + ": English text");
				assertNotEquals(text.getNl(), text.getEn(), id + ": translated");
				assertEquals(text.getNl(), text.text("nl_NL"));
				assertEquals(text.getEn(), text.text("en"));
				assertEquals(text.getEn(), text.text("de"), "other languages see English");
			}
		}
	}

	@Test
	void questionIdsAreUniqueAcrossTheBuiltInSets() throws Exception {
		Set<String> ids = new HashSet<>();
		for (String id : List.of(THEMES, CHAIR_PROMPTS, COVERAGE)) {
			for (Question question : questions(Fixtures.registry().getSet(id).set())) {
				assertTrue(ids.add(question.getId()), "unique: " + question.getId());
			}
		}
	}

	static List<Question> questions(QuestionSet set) {
		List<Question> result = new ArrayList<>();
		set.getThemes().forEach(theme -> result.addAll(theme.getQuestions()));
		return result;
	}
}
