/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblems;
import nl.casustafel.reflection.core.QuestionSetOrigin;
import nl.casustafel.reflection.core.QuestionSetProblem;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.core.ReflectionTargets;
import nl.casustafel.reflection.core.RegisteredQuestionSet;
import nl.casustafel.reflection.model.TargetKind;

/**
 * A plugin (this test plugin) contributes question sets through the extension point: the valid one
 * appears; each broken one is reported with the plugin id, the file and the position, and affects
 * no other set.
 */
class ContributedSetsTest {

	@Test
	void aContributedSetAppearsWithItsPlugin() throws Exception {
		QuestionSetRegistry registry = Fixtures.registry();

		RegisteredQuestionSet set = registry.getSet("nl.casustafel.tests.probation");
		assertNotNull(set, "the valid contributed set is offered");
		assertEquals(QuestionSetOrigin.CONTRIBUTED, set.origin());
		assertEquals(Fixtures.TEST_PLUGIN, set.contributor());
		assertEquals("testsets/valid.xmi", set.location());
		assertEquals(2, set.set().getThemes().get(0).getQuestions().size());
		assertNotNull(registry.findQuestion("nl.casustafel.tests.probation", "conditions-1"));
		assertTrue(set.fits(TargetKind.CASE));
		assertTrue(!set.fits(TargetKind.AGENDA_ITEM), "contexts are respected");
		assertTrue(registry.getSets(TargetKind.MEETING).contains(set));
	}

	@Test
	void aMalformedFileIsReportedWithPluginAndPosition() throws Exception {
		QuestionSetProblem problem = onlyError("testsets/malformed.xmi");

		assertEquals(10, problem.line(), problem.describe());
		assertTrue(problem.column() > 0, problem.describe());
		assertTrue(problem.describe().startsWith(Fixtures.TEST_PLUGIN + ": testsets/malformed.xmi"), problem.describe());
		assertNull(Fixtures.registry().getSet("nl.casustafel.tests.malformed"));
	}

	@Test
	void anUnknownElementIsReportedWhereItIs() throws Exception {
		QuestionSetProblem problem = onlyError("testsets/unknown-element.xmi");

		assertEquals(8, problem.line(), problem.describe());
		assertTrue(problem.message().contains("'question'"), problem.describe());
		assertNull(Fixtures.registry().getSet("nl.casustafel.tests.unknownElement"));
	}

	@Test
	void anInvalidSetIsReportedPerProblemWithPositions() throws Exception {
		List<QuestionSetProblem> problems = problems("testsets/invalid.xmi");

		assertEquals(2, problems.size(), problems.toString());
		assertEquals(11, problems.get(0).line(), "the second question with id q1");
		assertTrue(problems.get(0).message().contains("q1"), problems.get(0).describe());
		assertEquals(14, problems.get(1).line(), "the question without text");
		assertTrue(problems.get(1).message().contains("q2"), problems.get(1).describe());
		assertTrue(problems.stream().allMatch(QuestionSetProblem::isError));
		assertNull(Fixtures.registry().getSet("nl.casustafel.tests.invalid"));
	}

	@Test
	void aSetCannotReplaceABuiltInOne() throws Exception {
		QuestionSetProblem problem = onlyError("testsets/duplicate-of-built-in.xmi");

		assertTrue(problem.message().contains(BuiltInSetsTest.THEMES), problem.describe());
		RegisteredQuestionSet builtIn = Fixtures.registry().getSet(BuiltInSetsTest.THEMES);
		assertEquals(QuestionSetOrigin.BUILT_IN, builtIn.origin());
		assertTrue(BuiltInSetsTest.questions(builtIn.set()).size() >= 40);
	}

	@Test
	void aMissingFileIsReported() throws Exception {
		QuestionSetProblem problem = onlyError("testsets/does-not-exist.xmi");

		assertEquals(0, problem.line());
	}

	@Test
	void brokenContributionsDoNotAffectOtherSets() throws Exception {
		QuestionSetRegistry registry = Fixtures.registry();
		registry.reload();

		List<String> ids = registry.getSets().stream().map(RegisteredQuestionSet::id).toList();
		assertTrue(ids.containsAll(List.of(BuiltInSetsTest.THEMES, BuiltInSetsTest.CHAIR_PROMPTS,
				BuiltInSetsTest.COVERAGE, "nl.casustafel.tests.probation")), ids.toString());
		assertEquals(5, registry.getProblems().stream()
				.filter(problem -> problem.contributor().equals(Fixtures.TEST_PLUGIN) && problem.isError())
				.map(QuestionSetProblem::location).distinct().count(), registry.getProblems().toString());
	}

	@Test
	void brokenFilesAreListedWithTheProblemsOfEveryOtherExtensionPoint() throws Exception {
		List<QuestionSetProblem> ours = Fixtures.registry().getProblems().stream()
				.filter(problem -> problem.contributor().equals(Fixtures.TEST_PLUGIN)).toList();
		List<ContributionProblem> listed = ContributionProblems.all().stream()
				.filter(problem -> problem.contributor().equals(Fixtures.TEST_PLUGIN)).toList();

		assertEquals(ours.size(), listed.size(), listed::toString);
		for (ContributionProblem problem : listed) {
			assertEquals(QuestionSetRegistry.EXTENSION_POINT_ID, problem.extensionPoint());
			assertTrue(problem.isError(), problem::toString);
		}
		ContributionProblem malformed = listed.stream()
				.filter(problem -> problem.message().startsWith("testsets/malformed.xmi, regel 10, kolom ")).findFirst()
				.orElseThrow(() -> new AssertionError("the file, line and column, without the plug-in: " + listed));
		assertEquals(Fixtures.TEST_PLUGIN + ": " + malformed.message(), malformed.describe());
	}

	@Test
	void aPluginDeclaresItsOwnReflectionTargets() {
		EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
		ePackage.setName("test");
		ePackage.setNsURI("http://casustafel.nl/test/reflection-targets");
		EClass supervision = EcoreFactory.eINSTANCE.createEClass();
		supervision.setName("Supervision");
		EClass other = EcoreFactory.eINSTANCE.createEClass();
		other.setName("Other");
		ePackage.getEClassifiers().addAll(List.of(supervision, other));

		assertEquals(TargetKind.MEETING, ReflectionTargets.kindOf(EcoreUtil.create(supervision)));
		assertNull(ReflectionTargets.kindOf(EcoreUtil.create(other)));
	}

	private static QuestionSetProblem onlyError(String location) throws Exception {
		List<QuestionSetProblem> problems = problems(location);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).isError());
		return problems.get(0);
	}

	private static List<QuestionSetProblem> problems(String location) throws Exception {
		return Fixtures.registry().getProblems().stream()
				.filter(problem -> problem.contributor().equals(Fixtures.TEST_PLUGIN) && problem.location().equals(location))
				.toList();
	}
}
