/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.isolation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.CaseEditors;
import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.vocabulary.Vocabularies;
import nl.casustafel.core.vocabulary.Vocabulary;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.MethodProblem;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.reflection.core.QuestionSetProblem;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.ui.ReflectionUi;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * A deliberately broken partner plug-in (this test plug-in, "Kapotte testplug-in": see plugin.xml)
 * is named in a clear message wherever it fails, and the workbench, Casustafel's own views and the
 * other contributions keep working.
 */
class IsolationTest {

	private static final String PLUGIN = "Kapotte testplug-in (nl.casustafel.isolation.tests)";

	private static final String PLUGIN_ID = "nl.casustafel.isolation.tests";

	@TempDir
	Path temp;

	private DemoCasebook demo;

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();

	private final ILogListener logListener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void openDemoCasebook() throws Exception {
		Platform.addLogListener(logListener);
		demo = DemoCasebook.create(temp);
	}

	@AfterEach
	void close() {
		demo.close();
		Platform.removeLogListener(logListener);
	}

	@Test
	void aThrowingViewAndThrowingSectionsAreNamedWhileTheRestKeepsWorking() throws Exception {
		IWorkbenchPage page = Workbench.page();
		ThrowingCaseView broken = (ThrowingCaseView) page.showView(ThrowingCaseView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		page.showView(ReflectionUi.VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		Case robin = demo.caseNumbered("LV-01");
		IEditorPart editor = CaseEditors.open(page, demo.session(), robin);
		Workbench.processEvents();

		// The view names the plug-in, says what happened, and the failure is logged under the plug-in's id.
		Workbench.waitUntil(broken::hasFailed, () -> "the broken view is told to show LV-01 and fails");
		Label failure = Workbench.get(Workbench.shell(), CasesUi.WIDGET_KEY, "caseView.failure", Label.class);
		assertTrue(failure.getParent().getVisible(), "the view shows its failure instead of its contents");
		assertTrue(failure.getText().contains(PLUGIN), () -> "names the plug-in: " + failure.getText());
		assertTrue(failure.getText().contains("toezichtgegevens ontbreken voor LV-01"),
				() -> "says what went wrong: " + failure.getText());
		assertTrue(failure.getText().contains("Kapotte weergave"), () -> "names the view: " + failure.getText());
		assertTrue(logged.stream().anyMatch(s -> PLUGIN_ID.equals(s.getPlugin()) && s.getSeverity() == IStatus.ERROR
				&& s.getException() instanceof IllegalStateException), () -> "logged under the plug-in's id: " + logged);

		// Both failing sections name the plug-in; the section declared without a title is left out.
		Control form = (Control) editor.getAdapter(Control.class);
		Control root = form != null ? form : Workbench.shell();
		String onShow = Workbench.get(root, CasesUi.WIDGET_KEY, "section.nl.casustafel.isolation.tests.throwsOnShow.failure",
				Label.class).getText();
		assertTrue(onShow.contains(PLUGIN) && onShow.contains("Kapotte sectie") && onShow.contains("geen reclasseringsdossier"),
				() -> "the throwing section is named: " + onShow);
		String missing = Workbench.get(root, CasesUi.WIDGET_KEY, "section.nl.casustafel.isolation.tests.missingClass.failure",
				Label.class).getText();
		assertTrue(missing.contains(PLUGIN) && missing.contains("Sectie zonder klasse"),
				() -> "the section whose class is missing is named: " + missing);
		assertTrue(Workbench.findAll(root, CasesUi.WIDGET_KEY, "section.nl.casustafel.isolation.tests.noTitle").isEmpty(),
				"an incomplete declaration is left out");
		assertTrue(logged.stream().anyMatch(s -> PLUGIN_ID.equals(s.getPlugin()) && s.getMessage().contains("id")),
				() -> "the incomplete declaration is logged under the plug-in's id: " + logged);

		// The rest keeps working: the case editor edits and refreshes, and another plug-in's view follows the case.
		String question = "Wie regelt de detox, en wanneer?";
		demo.session().getEditingDomain().getCommandStack().execute(SetCommand.create(demo.session().getEditingDomain(),
				robin, CasebookPackage.Literals.CASE__QUESTION, question));
		Workbench.processEvents();
		assertTrue(editor.isDirty(), "the case editor still follows edits");
		assertEquals(question, robin.getQuestion());
		demo.session().getEditingDomain().getCommandStack().undo();
		Workbench.processEvents();
		Label target = Workbench.get(Workbench.shell(), ReflectionUi.WIDGET_KEY, "target", Label.class);
		Workbench.waitUntil(() -> target.getText().contains("LV-01"), () -> "the reflection view follows LV-01: " + target.getText());
		assertFalse(PlatformUI.getWorkbench().isClosing());
	}

	@Test
	void brokenFilesAreReportedNamingThePluginAndEveryOtherSetAndMethodStays() {
		QuestionSetRegistry registry = PlatformUI.getWorkbench().getService(QuestionSetRegistry.class);
		assertNotNull(registry, "the question set registry is a workbench service");
		List<QuestionSetProblem> setProblems = registry.getProblems().stream()
				.filter(p -> PLUGIN_ID.equals(p.contributor())).toList();
		assertEquals(1, setProblems.size(), () -> "the broken question set file is reported once: " + registry.getProblems());
		assertTrue(setProblems.get(0).isError());
		assertTrue(setProblems.get(0).describe().contains(PLUGIN_ID) && setProblems.get(0).describe().contains("questionset.xmi"),
				() -> "names the plug-in and the file: " + setProblems.get(0).describe());
		assertTrue(registry.getSets().size() >= 2, "Casustafel's own question sets are all there");
		assertTrue(registry.getSets().stream().noneMatch(s -> PLUGIN_ID.equals(s.contributor())),
				"nothing of the broken set is offered");

		LearningMethods methods = LearningMethods.getDefault();
		List<MethodProblem> methodProblems = methods.problems().stream().filter(p -> PLUGIN_ID.equals(p.contributor())).toList();
		assertEquals(1, methodProblems.size(), () -> "the broken method file is reported once: " + methods.problems());
		assertTrue(methodProblems.get(0).describe().contains(PLUGIN_ID + "/broken/method.xmi"),
				() -> "names the plug-in and the file: " + methodProblems.get(0).describe());
		assertTrue(methods.find(LearningMethods.CASUSLEERBIJEENKOMST).isPresent(), "the built-in methods stay");
		assertTrue(methods.find(LearningMethods.INCIDENT_METHOD).isPresent(), "the built-in methods stay");
		assertTrue(methods.find("nl.casustafel.isolation.tests.method").isEmpty(), "the broken method is not offered");
	}

	@Test
	void malformedTermsAndRelationTypesAreReportedNamingThePluginAndTheOthersStay() {
		List<ContributionProblem> termProblems = Vocabularies.problems().stream()
				.filter(p -> PLUGIN_ID.equals(p.contributor())).toList();
		assertEquals(2, termProblems.size(), () -> "both malformed terms are reported: " + Vocabularies.problems());
		assertTrue(termProblems.stream().allMatch(p -> p.severity() == ContributionProblem.Severity.ERROR));
		assertTrue(termProblems.stream().anyMatch(p -> p.message().contains("bestaatNiet")),
				() -> "the unknown vocabulary is named: " + termProblems);
		Vocabulary roles = Vocabularies.get(Vocabularies.ROLE);
		assertFalse(roles.terms().isEmpty(), "the built-in roles stay");
		assertTrue(roles.terms().stream().noneMatch(t -> PLUGIN_ID.equals(t.contributor())), "nothing broken is offered");

		List<ContributionProblem> typeProblems = EdgeTypes.problems().stream()
				.filter(p -> PLUGIN_ID.equals(p.contributor())).toList();
		assertEquals(2, typeProblems.size(), () -> "both malformed relation types are reported: " + EdgeTypes.problems());
		assertFalse(EdgeTypes.isRegistered("isolation.kapot"), "the malformed relation type is left out");
		assertTrue(EdgeTypes.isRegistered(EdgeTypes.key(RelationKind.REFERRAL)), "the built-in relation types stay");
	}
}
