/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.reflection.core.CoverageCheck;
import nl.casustafel.reflection.core.CoverageCheck.FunctionCoverage;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.core.ReflectionTargets;
import nl.casustafel.reflection.core.Reflections;
import nl.casustafel.reflection.model.CaseManagementFunction;
import nl.casustafel.reflection.model.Journal;
import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.QuestionSet;
import nl.casustafel.reflection.model.Reflection;
import nl.casustafel.reflection.model.TargetKind;
import nl.casustafel.reflection.model.provider.ReflectionItemProvider;

/**
 * Reflections live in the casebook: written through undoable EMF commands, saved in the
 * contribution shards, found again after the casebook is closed and opened.
 */
class ReflectionsTest {

	@TempDir
	Path temp;

	private CasebookService service;

	private CasebookSession session;

	private QuestionSet themes;

	private Question question;

	@BeforeEach
	void openCasebook() throws Exception {
		service = CasebookServices.newService();
		session = service.create(temp.resolve("book"), Fixtures.casebook());
		QuestionSetRegistry registry = Fixtures.registry();
		themes = registry.getSet(BuiltInSetsTest.THEMES).set();
		question = registry.findQuestion(BuiltInSetsTest.THEMES, "il-t-01");
	}

	@AfterEach
	void closeCasebook() {
		if (session != null) {
			session.close();
		}
	}

	@Test
	void anAnswerIsUndoableAndSurvivesClosingTheCasebook() throws Exception {
		Casebook book = session.getCasebook();
		Case aCase = book.getCases().get(0);
		CommandStack stack = session.getEditingDomain().getCommandStack();

		execute(Reflections.answer(session.getEditingDomain(), book, aCase, themes, question, "Stabiel wonen is winst.", "chair"));
		Reflection reflection = Reflections.find(book, aCase, BuiltInSetsTest.THEMES, "il-t-01");
		assertNotNull(reflection);
		assertEquals("chair", reflection.getAuthor());
		assertNotNull(reflection.getDate());
		assertEquals(question.getText().getNl(), reflection.getQuestionText().getNl(), "the question is kept with the answer");
		assertTrue(session.isDirty());

		stack.undo();
		assertEquals(List.of(), Reflections.of(book, aCase), "undo removes the new reflection");
		stack.redo();
		assertEquals(1, Reflections.of(book, aCase).size());

		execute(Reflections.answer(session.getEditingDomain(), book, aCase, themes, question, "Stabiel wonen en dagbesteding.", "secretaris"));
		execute(Reflections.setDiscussed(session.getEditingDomain(), book, aCase, themes, question, true, "secretaris"));
		assertEquals(1, Reflections.of(book, aCase).size(), "one reflection per question and target");
		stack.undo();
		assertFalse(Reflections.find(book, aCase, BuiltInSetsTest.THEMES, "il-t-01").isDiscussed());
		stack.redo();

		session.save();
		assertTrue(Files.list(temp.resolve("book/contributions")).anyMatch(file -> file.toString().endsWith(".xmi")),
				"stored in the contribution shards");
		session.close();
		session = service.open(temp.resolve("book"), OpenMode.READ_WRITE);

		Casebook reopened = session.getCasebook();
		assertEquals(List.of(), session.problems());
		Case sameCase = reopened.getCases().get(0);
		Reflection restored = Reflections.find(reopened, sameCase, BuiltInSetsTest.THEMES, "il-t-01");
		assertNotNull(restored, "the reflection still refers to the case after reopening");
		assertEquals("Stabiel wonen en dagbesteding.", restored.getAnswer());
		assertEquals("secretaris", restored.getAuthor());
		assertTrue(restored.isDiscussed());
		assertNotNull(restored.getDiscussedOn());
	}

	@Test
	void unchangedAnswersAreNoCommands() {
		Casebook book = session.getCasebook();
		Case aCase = book.getCases().get(0);

		assertFalse(Reflections.answer(session.getEditingDomain(), book, aCase, themes, question, "", "x").canExecute());
		execute(Reflections.answer(session.getEditingDomain(), book, aCase, themes, question, "a", "x"));
		assertFalse(Reflections.answer(session.getEditingDomain(), book, aCase, themes, question, "a", "x").canExecute());
		assertFalse(Reflections.setDiscussed(session.getEditingDomain(), book, aCase, themes, question, false, "x").canExecute());
	}

	@Test
	void aJournalIsAddedWithItsFirstReflection() throws Exception {
		Casebook book = session.getCasebook();
		assertNull(Reflections.journalOf(book, "anna"));
		Journal journal = Reflections.newJournal("anna");

		execute(Reflections.answer(session.getEditingDomain(), book, journal, themes,
				BuiltInSetsTest.questions(themes).get(0), "Vandaag was zwaar.", "anna"));

		assertSame(journal, Reflections.journalOf(book, "anna"));
		assertEquals(1, Reflections.of(book, journal).size());
		session.getEditingDomain().getCommandStack().undo();
		assertNull(Reflections.journalOf(book, "anna"), "undo takes the new journal away too");
		session.getEditingDomain().getCommandStack().redo();
		session.save();
		session.close();
		session = service.open(temp.resolve("book"), OpenMode.READ_ONLY);
		Journal reopened = Reflections.journalOf(session.getCasebook(), "anna");
		assertNotNull(reopened);
		assertEquals("Vandaag was zwaar.", Reflections.of(session.getCasebook(), reopened).get(0).getAnswer());
	}

	@Test
	void targetsOfTheCasebookAndOfLearningSessions() {
		Casebook book = session.getCasebook();
		Case aCase = book.getCases().get(0);
		Agreement agreement = aCase.getAgreements().get(0);
		Meeting meeting = book.getMeetings().get(0);
		AgendaItem item = meeting.getItems().get(0);

		assertEquals(TargetKind.CASE, ReflectionTargets.kindOf(aCase));
		assertEquals(TargetKind.MEETING, ReflectionTargets.kindOf(meeting));
		assertEquals(TargetKind.AGENDA_ITEM, ReflectionTargets.kindOf(item));
		assertEquals(TargetKind.JOURNAL, ReflectionTargets.kindOf(Reflections.newJournal("x")));
		assertNull(ReflectionTargets.kindOf(agreement));
		assertSame(aCase, ReflectionTargets.targetOf(agreement), "an agreement leads to its case");
		assertNull(ReflectionTargets.targetOf(book));

		EObject learningSession = learningSession();
		assertEquals(TargetKind.LEARNING_SESSION, ReflectionTargets.kindOf(learningSession),
				"learning sessions of nl.casustafel.learning.* are targets without any registration");
	}

	@Test
	void reflectionsHaveTheirOwnItemProvidersInTheSession() {
		Casebook book = session.getCasebook();
		Case aCase = book.getCases().get(0);
		execute(Reflections.answer(session.getEditingDomain(), book, aCase, themes, question, "Antwoord", "x"));
		Reflection reflection = Reflections.of(book, aCase).get(0);

		Object provider = session.getAdapterFactory().adapt(reflection, IItemLabelProvider.class);

		assertTrue(provider instanceof ReflectionItemProvider, String.valueOf(provider));
		assertEquals("Antwoord", ((IItemLabelProvider) provider).getText(reflection).replaceFirst("^\\S+\\s", ""));
	}

	@Test
	void coverageOfCaseManagementFunctions() throws Exception {
		Casebook book = session.getCasebook();
		Case aCase = book.getCases().get(0);
		QuestionSet coverage = Fixtures.registry().getSet(BuiltInSetsTest.COVERAGE).set();
		Question outreach = Fixtures.registry().findQuestion(BuiltInSetsTest.COVERAGE, "cm-outreach");

		execute(Reflections.answer(session.getEditingDomain(), book, aCase, coverage, outreach,
				"Wijkagent en bemoeizorg, wekelijks.", "x"));
		List<FunctionCoverage> result = CoverageCheck.compute(coverage, Reflections.of(book, aCase));

		assertEquals(CaseManagementFunction.VALUES.size(), result.size());
		for (FunctionCoverage function : result) {
			assertEquals(1, function.questions());
			assertEquals(function.function() == CaseManagementFunction.OUTREACH, function.covered(), function.toString());
		}
		assertTrue(CoverageCheck.hasFunctions(coverage));
	}

	private void execute(Command command) {
		assertTrue(command.canExecute());
		session.getEditingDomain().getCommandStack().execute(command);
	}

	private static EObject learningSession() {
		EPackage learning = EcoreFactory.eINSTANCE.createEPackage();
		learning.setName("learning");
		learning.setNsURI("http://casustafel.nl/model/learning/1.0");
		EClass eClass = EcoreFactory.eINSTANCE.createEClass();
		eClass.setName("LearningSession");
		learning.getEClassifiers().add(eClass);
		return EcoreUtil.create(eClass);
	}
}
