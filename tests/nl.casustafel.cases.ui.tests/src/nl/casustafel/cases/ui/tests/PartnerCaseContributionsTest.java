/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * What a partner plug-in gets from the case-work API: a view built on {@code CaseViewPart} follows
 * the selected case and every change of it, and a section contributed to
 * {@code nl.casustafel.cases.ui.caseEditorSections} appears on the case editor, shows the case,
 * is refreshed after edits, undo and redo, and edits through undoable commands. The contributions
 * are this test plug-in's own (plugin.xml).
 */
class PartnerCaseContributionsTest {

	@TempDir
	Path temp;

	private DemoCasebook demo;

	private FollowingCaseView view;

	@BeforeEach
	void openDemoCasebookAndView() throws Exception {
		demo = DemoCasebook.create(temp);
		view = showView();
	}

	@AfterEach
	void close() {
		if (demo != null) {
			demo.close();
		}
		Workbench.page().hideView(view);
	}

	@Test
	void theViewFollowsTheSelectedCaseAndItsChanges() throws PartInitException {
		NavigatorPage navigator = NavigatorPage.show().clearFilters();
		navigator.select("LV-01");
		Case robin = demo.caseNumbered("LV-01");
		Workbench.waitUntil(() -> view.text().equals("LV-01: " + robin.getQuestion()),
				() -> "the view shows LV-01: " + view.text());
		assertFalse(emptyHint().isVisible(), "the hint is hidden while a case is shown");

		CommandStack stack = demo.session().getEditingDomain().getCommandStack();
		stack.execute(SetCommand.create(demo.session().getEditingDomain(), robin,
				CasebookPackage.Literals.CASE__QUESTION, "Wie zorgt voor een detoxplek?"));
		Workbench.processEvents();
		assertEquals("LV-01: Wie zorgt voor een detoxplek?", view.text(), "an edit of the case is shown at once");
		stack.undo();
		Workbench.processEvents();
		assertEquals("LV-01: " + robin.getQuestion(), view.text(), "so is its undo");

		navigator.select("LV-02");
		Workbench.waitUntil(() -> view.text().startsWith("LV-02: "), () -> "the view follows LV-02: " + view.text());

		demo.close();
		demo = null;
		Workbench.waitUntil(() -> emptyHint().isVisible(), () -> "the hint comes back when the casebook closes");
	}

	@Test
	void aContributedSectionShowsTheCaseAndEditsThroughUndoableCommands() throws PartInitException {
		CaseEditorPage editor = NavigatorPage.show().clearFilters().open("LV-06");
		Case kevin = demo.caseNumbered("LV-06");
		int agreements = kevin.getAgreements().size();
		Label count = Ui.get(editor.form(), "test.section.count", Label.class);
		assertEquals("LV-06: " + agreements + " afspraken", count.getText(), "the section shows the editor's case");
		assertFalse(Workbench.findAll(editor.form(), CasesUi.WIDGET_KEY, "section.nl.casustafel.cases.ui.tests.section")
				.isEmpty(), "the section is named for tests and accessibility");

		Agreement agreement = CasebookFactory.eINSTANCE.createAgreement();
		agreement.setId("test-agreement");
		agreement.setDescription("GGZ belt Kevin binnen een week.");
		CommandStack stack = demo.session().getEditingDomain().getCommandStack();
		stack.execute(AddCommand.create(demo.session().getEditingDomain(), kevin,
				CasebookPackage.Literals.CASE__AGREEMENTS, agreement));
		Workbench.waitUntil(() -> count.getText().equals("LV-06: " + (agreements + 1) + " afspraken"),
				() -> "the section is refreshed after an edit: " + count.getText());

		String before = kevin.getNoodscenario();
		Workbench.send(Ui.get(editor.form(), "test.section.mark", Button.class), SWT.Selection);
		assertEquals("Bij crisis belt de wijkagent de GGZ.", kevin.getNoodscenario(), "the section's edit reached the model");
		assertTrue(editor.isDirty());
		stack.undo();
		assertEquals(before, kevin.getNoodscenario(), "the section's edit is undone like any other");
		stack.undo();
		Workbench.waitUntil(() -> count.getText().equals("LV-06: " + agreements + " afspraken"),
				() -> "the section is refreshed after undo: " + count.getText());

		Workbench.waitUntil(() -> view.text().startsWith("LV-06: "),
				() -> "the view follows the case editor: " + view.text());
	}

	private Control emptyHint() {
		return (Control) Ui.get(Workbench.page().getWorkbenchWindow().getShell(), "caseView.empty", Control.class);
	}

	private static FollowingCaseView showView() throws PartInitException {
		FollowingCaseView shown = (FollowingCaseView) Workbench.page().showView(FollowingCaseView.ID, null,
				IWorkbenchPage.VIEW_VISIBLE);
		Workbench.processEvents();
		return shown;
	}
}
