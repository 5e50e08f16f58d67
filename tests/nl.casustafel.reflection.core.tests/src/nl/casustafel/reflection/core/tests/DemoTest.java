/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.reflection.core.CoverageCheck;
import nl.casustafel.reflection.core.CoverageCheck.FunctionCoverage;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.core.Reflections;
import nl.casustafel.reflection.model.Reflection;

/**
 * The Lindeveld demo region carries a few reflections, so that a chair sees answers and the
 * coverage check when opening the demo.
 */
class DemoTest {

	@Test
	void theDemoHasReflectionsOnTheCarouselCase() throws Exception {
		QuestionSetRegistry registry = Fixtures.registry();
		Casebook demo = DemoRegion.create();
		Case lv01 = demo.getCases().stream().filter(c -> "LV-01".equals(c.getCaseNumber())).findFirst().orElseThrow();

		List<Reflection> reflections = Reflections.of(demo, lv01);

		assertEquals(4, reflections.size());
		for (Reflection reflection : reflections) {
			assertNotNull(registry.findQuestion(reflection.getQuestionSetId(), reflection.getQuestionId()));
			assertTrue(reflection.getAnswer().length() > 20);
		}
		assertTrue(reflections.stream().anyMatch(Reflection::isDiscussed));
		List<FunctionCoverage> coverage = CoverageCheck
				.compute(registry.getSet(BuiltInSetsTest.COVERAGE).set(), reflections);
		assertEquals(2, coverage.stream().filter(FunctionCoverage::covered).count());
		EObject m2 = demo.getMeetings().stream().filter(m -> DemoRegion.MEETING_M2.equals(m.getId())).findFirst()
				.orElseThrow();
		assertEquals(1, Reflections.of(demo, m2).size());
	}
}
