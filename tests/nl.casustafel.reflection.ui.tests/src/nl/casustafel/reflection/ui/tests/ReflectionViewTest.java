/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.projector.ui.ProjectorService;
import nl.casustafel.reflection.core.ReflectionPreferences;
import nl.casustafel.reflection.core.Reflections;
import nl.casustafel.reflection.model.Journal;
import nl.casustafel.reflection.model.Reflection;
import nl.casustafel.reflection.ui.ReflectionUi;
import nl.casustafel.reflection.ui.internal.QuestionProjection;
import nl.casustafel.reflection.ui.internal.ReflectionView;
import nl.casustafel.reflection.ui.internal.Services;
import nl.casustafel.tests.support.Workbench;

/**
 * The Reflection view in the running workbench (Dutch): it follows the selected case, agenda item,
 * meeting and learning session, filters the questions, records answers undoably in the casebook
 * (kept across a restart), and projects a question on the shared screen.
 */
class ReflectionViewTest {

	static final String THEMES = "Reflectie op samenwerking in de veiligheidsketen";

	static final String CHAIR_PROMPTS = "Vragen voor de voorzitter bij een vastgelopen casus";

	static final String COVERAGE = "Dekkingscheck casemanagementfuncties";

	static final String THEMES_ID = "nl.casustafel.reflection.themes";

	@TempDir
	Path temp;

	private TestCasebook book;

	private SelectionSourceView source;

	private ReflectionViewPage view;

	@BeforeEach
	void openCasebookAndViews() throws Exception {
		book = TestCasebook.create(temp);
		source = Workbench.showView(SelectionSourceView.ID);
		source.show(List.of(book.aCase(), book.otherCase(), book.meeting(), book.agendaItem()));
		view = ReflectionViewPage.open();
	}

	@AfterEach
	void closeEverything() {
		ProjectorService projector = PlatformUI.getWorkbench().getService(ProjectorService.class);
		projector.close();
		book.close();
	}

	@Test
	void theViewIsInTheChairPerspective() {
		assertTrue(List.of(Workbench.page().getPerspective().getId()).contains("nl.casustafel.ui.perspective.chair"));
		assertNotNull(Workbench.page().findView(ReflectionUi.VIEW_ID));
	}

	@Test
	void followsTheSelectedCaseAgendaItemMeetingAndLearningSession() {
		source.select(book.aCase());
		assertEquals("Casus " + TestCasebook.CASE_NUMBER + " \u2014 " + TestCasebook.PSEUDONYM, view.target());
		assertEquals(List.of(THEMES, CHAIR_PROMPTS, COVERAGE), view.sets());
		assertEquals(THEMES, view.selectedSet());
		assertEquals(8, view.coverage().size(), "the eight case-management functions, none covered yet");
		assertTrue(view.coverage().stream().allMatch(label -> label.startsWith("\u25CB ")), view.coverage().toString());
		assertEquals(48, view.questions().size());

		source.select(book.agendaItem());
		assertTrue(view.target().startsWith("Agendapunt " + TestCasebook.CASE_NUMBER + " " + TestCasebook.PSEUDONYM
				+ " \u2014 " + TestCasebook.MEETING), view.target());
		assertEquals(List.of(THEMES, CHAIR_PROMPTS, COVERAGE), view.sets());

		source.select(book.meeting());
		assertTrue(view.target().startsWith("Overleg " + TestCasebook.MEETING), view.target());
		assertEquals(List.of(THEMES, CHAIR_PROMPTS), view.sets(), "the coverage check is about cases");
		assertEquals(List.of(), view.coverage(), "no coverage of case-management functions for a meeting");

		source.select(book.agreement());
		assertSame(book.aCase(), view.view().getTarget(), "an agreement leads to its case");

		EObject learningSession = book.addLearningSession("Terugval na detentie");
		source.select(learningSession);
		assertEquals("Leerbijeenkomst Terugval na detentie", view.target());
		assertEquals(List.of(THEMES), view.sets());

		source.select("iets dat geen deel is van het casusboek");
		assertSame(learningSession, view.view().getTarget(), "other selections leave the view as it is");

		source.select(book.otherCase());
		assertEquals("Casus LV-2026-021 \u2014 Zilverberk", view.target());
	}

	@Test
	void withoutSelectionTheViewSaysWhatToDo() {
		assertNull(view.view().getTarget());
		assertTrue(view.message().startsWith("Selecteer een casus"), view.message());
		assertEquals(List.of(), view.sets());
	}

	@Test
	void filtersByThemeLevelAndTag() {
		source.select(book.aCase());

		view.chooseTheme("Onmogelijke levens");
		assertEquals(12, view.questions().size());
		view.chooseLevel("Functioneren van het team");
		assertEquals(4, view.questions().size());
		view.chooseTag("splitting");
		assertEquals(List.of("Als de cli\u00ebnt partners tegen elkaar uitspeelt: hoe snel leggen wij de verschillende "
				+ "verhalen aan tafel naast elkaar?"), view.questions());

		view.chooseTheme("Alle thema's");
		view.chooseLevel("Alle niveaus");
		assertEquals(2, view.questions().size(), "the tag alone: one question per level that has it");

		view.chooseSet(CHAIR_PROMPTS);
		assertEquals(12, view.questions().size(), "another set starts unfiltered by theme and tag");
		assertTrue(view.items("filter.tag").contains("voorzittersvraag"));
	}

	@Test
	void answeringIsUndoableAndKeptAcrossARestart() throws Exception {
		source.select(book.aCase());
		view.selectQuestion(4);
		String question = view.question();
		assertTrue(question.startsWith("Hebben we als team afgesproken"), question);
		String answer = "Beheersbaar betekent: geen nieuwe incidenten en een dak boven zijn hoofd.";

		view.answer(answer);

		Reflection reflection = Reflections.find(book.casebook(), book.aCase(), THEMES_ID, "il-t-01");
		assertNotNull(reflection, "the answer is in the casebook");
		assertEquals(answer, reflection.getAnswer());
		assertTrue(book.session().isDirty());
		assertEquals(List.of("", question, "Team", answer), view.row(4));
		assertTrue(view.status().startsWith("Beantwoord door"), view.status());
		assertTrue(view.coverage().contains("\u2713 Evalueren"), view.coverage().toString());

		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertNull(Reflections.find(book.casebook(), book.aCase(), THEMES_ID, "il-t-01"), "Edit > Undo takes it back");
		assertEquals("", view.answer());
		assertEquals("", view.row(4).get(3));
		Workbench.execute(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals(answer, view.answer());

		view.toggleDiscussed();
		assertTrue(view.discussed());
		assertEquals("\u2713", view.row(4).get(0));
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertFalse(view.discussed(), "marking discussed is undoable too");
		Workbench.execute(IWorkbenchCommandConstants.EDIT_REDO);
		assertTrue(view.discussed());

		book.session().save();
		book.reopen();
		source.show(List.of(book.aCase(), book.otherCase(), book.meeting(), book.agendaItem()));
		source.select(book.aCase());
		view.selectQuestion(4);

		assertEquals(question, view.question());
		assertEquals(answer, view.answer(), "the answer is kept across a restart");
		assertTrue(view.discussed());
		assertEquals("\u2713", view.row(4).get(0));
	}

	@Test
	void answersBelongToTheirTarget() {
		source.select(book.aCase());
		view.selectQuestion(0);
		view.answer("Over de eerste casus");

		source.select(book.otherCase());
		view.selectQuestion(0);
		assertEquals("", view.answer(), "another case has its own answers");
		source.select(book.aCase());
		view.selectQuestion(0);
		assertEquals("Over de eerste casus", view.answer());
	}

	@Test
	void projectsTheSelectedQuestionAndNothingAboutTheCase() {
		source.select(book.aCase());
		view.selectQuestion(1);
		String question = view.question();
		ProjectorService projector = PlatformUI.getWorkbench().getService(ProjectorService.class);

		view.project();

		assertTrue(projector.getContent() instanceof QuestionProjection, String.valueOf(projector.getContent()));
		Shell shell = projector.getShell();
		assertNotNull(shell, "the projector window is open");
		assertEquals(question, projected(shell, "projector.question"));
		assertEquals("Onmogelijke levens  \u00b7  Persoonlijk functioneren", projected(shell, "projector.context"));
		for (String text : texts(shell)) {
			assertFalse(text.contains(TestCasebook.CASE_NUMBER) || text.contains(TestCasebook.PSEUDONYM),
					"the room sees no case data: " + text);
		}

		projector.blank();
		view.selectQuestion(2);
		Workbench.page().activate(view.view());
		Workbench.execute(ReflectionUi.COMMAND_PROJECT);
		assertEquals(view.question(), projected(projector.getShell(), "projector.question"),
				"Ctrl+Shift+P projects the selected question");
	}

	@Test
	void reflectingInMyJournal() {
		IAction journal = action(ReflectionView.ACTION_JOURNAL);
		journal.setChecked(true);
		journal.run();
		Workbench.processEvents();

		assertTrue(view.target().startsWith("Persoonlijk logboek van "), view.target());
		assertEquals(List.of(THEMES), view.sets());
		view.selectQuestion(0);
		view.answer("Vandaag liep het gesprek vast; morgen bel ik de wijkagent.");

		Journal mine = Reflections.journalOf(book.casebook(), ReflectionPreferences.author());
		assertNotNull(mine, "the journal is added to the casebook with its first answer");
		assertEquals(1, Reflections.of(book.casebook(), mine).size());

		source.select(book.aCase());
		assertFalse(journal.isChecked(), "selecting a case follows the work again");
		assertSame(book.aCase(), view.view().getTarget());
	}

	@Test
	void brokenQuestionSetFilesAreReportedAndTheOthersStillOffered() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ReflectionPreferences.QUALIFIER);
		Path folder = Files.createDirectories(temp.resolve("imported"));
		Files.writeString(folder.resolve("kapot.xmi"), "<?xml version=\"1.0\"?>\n<reflection:QuestionSet",
				StandardCharsets.UTF_8);
		preferences.put(ReflectionPreferences.IMPORT_FOLDER, folder.toString());
		try {
			Services.registry().reload();
			Workbench.processEvents();
			source.select(book.aCase());

			assertTrue(view.problemsShown(), "the view tells that a file could not be used");
			assertEquals(List.of(THEMES, CHAIR_PROMPTS, COVERAGE), view.sets());
		} finally {
			preferences.remove(ReflectionPreferences.IMPORT_FOLDER);
			Services.registry().reload();
			Workbench.processEvents();
		}
		assertFalse(view.problemsShown());
	}

	private IAction action(String id) {
		ActionContributionItem item = (ActionContributionItem) view.view().getViewSite().getActionBars()
				.getToolBarManager().find(id);
		assertNotNull(item, id);
		return item.getAction();
	}

	/** @return the text of a label of the projector window, named with {@link ReflectionUi#WIDGET_KEY} */
	private static String projected(Shell shell, String name) {
		return Workbench.get(shell, ReflectionUi.WIDGET_KEY, name, Label.class).getText();
	}

	private static List<String> texts(Control control) {
		List<String> result = new ArrayList<>();
		if (control instanceof Label label) {
			result.add(label.getText());
		} else if (control instanceof Shell shell) {
			result.add(shell.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				result.addAll(texts(child));
			}
		}
		return result;
	}
}
