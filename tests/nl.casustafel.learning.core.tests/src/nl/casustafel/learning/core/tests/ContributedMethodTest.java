/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblems;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.MethodProblem;
import nl.casustafel.learning.model.LearningMethod;

/**
 * Methods contributed by another plug-in (this test plug-in, see its plugin.xml) through the
 * extension point: the good one appears next to the built-in ones; the broken ones are reported with
 * the plug-in and file named, and hide nothing else.
 */
class ContributedMethodTest {

	private static final String TEST_BUNDLE = "nl.casustafel.learning.core.tests";

	private final LearningMethods methods = LearningMethods.getDefault();

	@Test
	void contributedMethodAppears() {
		LearningMethod method = methods.find("test.rondetafel").orElseThrow(() -> new AssertionError(methods.problems()));

		assertEquals(TEST_BUNDLE, method.getOrigin());
		assertEquals("Rondetafel (test)", method.getName().forLanguage("nl"));
		assertEquals(15, method.totalMinutes());
		List<String> keys = methods.methods().stream().map(LearningMethod::getKey).toList();
		assertEquals(List.of(LearningMethods.CASUSLEERBIJEENKOMST, LearningMethods.INCIDENT_METHOD, "test.rondetafel"),
				keys.subList(0, 3), "sorted by order: 10, 20, 50");
	}

	@Test
	void brokenContributionsAreReportedWithTheirPluginAndFile() {
		List<MethodProblem> ours = methods.problems().stream().filter(p -> TEST_BUNDLE.equals(p.contributor())).toList();

		assertTrue(ours.stream().anyMatch(p -> "methods/kapot.xmi".equals(p.file()) && "test.kapot".equals(p.methodKey())
				&& p.message().equals("De Engelse tekst van de naam ontbreekt.")), ours::toString);
		assertTrue(ours.stream().anyMatch(p -> "methods/kapot.xmi".equals(p.file()) && "only".equals(p.stepKey())
				&& p.message().equals("Een stap moet meer dan 0 minuten duren.")), ours::toString);
		assertTrue(ours.stream().anyMatch(p -> "methods/bestaat-niet.xmi".equals(p.file())
				&& p.message().contains("bestaat niet")), ours::toString);
		assertTrue(methods.find("test.kapot").isEmpty(), "the broken method is left out");
		assertTrue(ours.get(0).describe().startsWith(TEST_BUNDLE + "/methods/"), ours.get(0)::describe);
	}

	@Test
	void brokenContributionsAreListedWithTheProblemsOfEveryOtherExtensionPoint() {
		List<MethodProblem> ours = methods.problems().stream().filter(p -> TEST_BUNDLE.equals(p.contributor())).toList();
		List<ContributionProblem> listed = ContributionProblems.all().stream()
				.filter(p -> TEST_BUNDLE.equals(p.contributor())).toList();

		assertEquals(ours.size(), listed.size(), listed::toString);
		assertTrue(listed.stream().allMatch(p -> p.isError() && LearningMethods.EXTENSION_POINT.equals(p.extensionPoint())),
				listed::toString);
		assertTrue(listed.stream().anyMatch(p -> p.message().startsWith("methods/bestaat-niet.xmi: ")
				&& p.message().contains("bestaat niet")), () -> "names the file, not again the plug-in: " + listed);
		assertTrue(listed.stream().anyMatch(p -> p.message().equals("methods/kapot.xmi [test.kapot / only]: "
				+ "Een stap moet meer dan 0 minuten duren.")), listed::toString);
	}
}
