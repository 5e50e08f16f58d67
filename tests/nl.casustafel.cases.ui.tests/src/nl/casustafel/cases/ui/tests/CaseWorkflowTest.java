/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * The chair's main path: find a case in the navigator, change it in the case editor, undo and redo,
 * save, restart on the same casebook and find the change again.
 */
class CaseWorkflowTest {

	private static final String NEW_QUESTION = "Wie regelt v\u00f3\u00f3r 1 maart een detoxplek, en wie houdt contact met Robin?";

	@TempDir
	Path temp;

	private DemoCasebook demo;

	@BeforeEach
	void openDemoCasebook() throws Exception {
		demo = DemoCasebook.create(temp);
	}

	@AfterEach
	void closeDemoCasebook() {
		demo.close();
	}

	@Test
	void findChangeUndoRedoSaveAndFindAgainAfterRestart() throws Exception {
		NavigatorPage navigator = NavigatorPage.show().clearFilters();
		assertEquals(15, navigator.caseNumbers().size(), "all demo cases are listed");

		navigator.search("robin");
		assertEquals(List.of("LV-01"), navigator.caseNumbers());
		assertEquals("Robin", navigator.column(1).get(0));

		CaseEditorPage editor = navigator.open("LV-01");
		assertEquals("LV-01 \u00b7 Robin", editor.title());
		String original = editor.text("case.question");
		assertEquals(demo.caseNumbered("LV-01").getQuestion(), original);
		assertFalse(editor.isDirty());

		editor.type("case.question", NEW_QUESTION);
		assertEquals(NEW_QUESTION, demo.caseNumbered("LV-01").getQuestion(), "the edit reached the model");
		assertTrue(editor.isDirty());
		assertTrue(demo.session().isDirty());

		CommandStack stack = demo.session().getEditingDomain().getCommandStack();
		assertEquals("Vraag wijzigen", stack.getUndoCommand().getLabel(), "the Undo menu names the edit in Dutch");
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(original, demo.caseNumbered("LV-01").getQuestion());
		assertEquals(original, editor.text("case.question"), "the editor shows the undone value");
		assertFalse(editor.isDirty(), "undone back to the saved state");

		Workbench.execute(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals(NEW_QUESTION, editor.text("case.question"), "the editor shows the redone value");
		assertTrue(editor.isDirty());

		editor.save();
		assertFalse(demo.session().isDirty());
		assertFalse(editor.isDirty());

		demo.reopen();
		Workbench.waitUntil(() -> !editor.isOpen(), () -> "the editor closes with its session");

		NavigatorPage again = NavigatorPage.show();
		again.search("LV-01");
		CaseEditorPage reopened = again.open("LV-01");
		assertEquals(NEW_QUESTION, reopened.text("case.question"), "the change was saved to disk");
		assertNotEquals(editor.editor(), reopened.editor());
	}

	@Test
	void undoWhileTypingTakesBackTheTypedText() throws Exception {
		CaseEditorPage editor = NavigatorPage.show().clearFilters().search("LV-07").open("LV-07");
		String before = editor.text("case.noodscenario");

		editor.typeOnly("case.noodscenario", "Opvang via Lindehaven bij acute dreiging");
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);

		assertEquals(before, editor.text("case.noodscenario"), "Ctrl+Z in a field undoes what was typed");
		assertEquals(before, Objects.requireNonNullElse(demo.caseNumbered("LV-07").getNoodscenario(), ""));
		Workbench.execute(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals("Opvang via Lindehaven bij acute dreiging", demo.caseNumbered("LV-07").getNoodscenario());
	}

	@Test
	void savingAppliesTextStillBeingTyped() throws Exception {
		CaseEditorPage editor = NavigatorPage.show().clearFilters().search("LV-08").open("LV-08");
		String before = demo.caseNumbered("LV-08").getJudicialFrame();

		editor.typeOnly("case.judicialFrame", "ISD-maatregel tot 1 mei 2026");
		assertTrue(editor.isDirty(), "typed text makes the editor dirty");
		assertEquals(before, demo.caseNumbered("LV-08").getJudicialFrame(), "not applied while typing");

		editor.save();
		assertEquals("ISD-maatregel tot 1 mei 2026", demo.caseNumbered("LV-08").getJudicialFrame());
		assertFalse(demo.session().isDirty(), "applied and saved");
		assertFalse(editor.isDirty());
	}

	@Test
	void editorFollowsChangesMadeElsewhere() throws Exception {
		CaseEditorPage editor = NavigatorPage.show().clearFilters().search("LV-02").open("LV-02");
		assertEquals("Petra", editor.text("case.pseudonym"));

		var petra = demo.caseNumbered("LV-02");
		var domain = demo.session().getEditingDomain();
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, petra,
				nl.casustafel.model.CasebookPackage.Literals.CASE__NOODSCENARIO, "Crisisdienst GGZ"));
		Workbench.processEvents();
		assertEquals("Crisisdienst GGZ", editor.text("case.noodscenario"));
	}

	@Test
	void missingReasonIsShownInTheHeader() throws Exception {
		CaseEditorPage editor = NavigatorPage.show().clearFilters().search("LV-04").open("LV-04");
		assertEquals(null, editor.form().getMessage(), "the demo case has no problems");

		editor.type("case.reason", "");
		Workbench.processEvents();

		String message = editor.form().getMessage();
		assertTrue(message != null && !message.isEmpty(), "the header reports the missing reason");
		demo.session().getEditingDomain().getCommandStack().undo();
		Workbench.processEvents();
		assertEquals(null, editor.form().getMessage(), "the problem disappears with the undo");
	}

	@Test
	void agreementsCanBeAddedEditedAndRemovedAndOverdueOnesAreMarked() throws Exception {
		CaseEditorPage editor = NavigatorPage.show().clearFilters().search("LV-01").open("LV-01");
		editor.showPage(CaseEditorPage.AGREEMENTS);
		var robin = demo.caseNumbered("LV-01");
		int before = robin.getAgreements().size();
		assertEquals(before, editor.rows().size());
		long overdue = robin.getAgreements().stream()
				.filter(a -> a.getStatus() == nl.casustafel.model.AgreementStatus.OPEN && a.getDueDate() != null
						&& a.getDueDate().before(new java.util.Date()))
				.count();
		long marked = editor.rows().stream().filter(row -> row.get(3).endsWith("(verlopen)")).count();
		assertEquals(overdue, marked, "open agreements past their due date are marked");

		editor.press("editor.agreements.add");
		assertEquals(before + 1, robin.getAgreements().size());
		assertEquals(before + 1, editor.rows().size());

		// the new agreement is selected: remove it again
		editor.press("editor.agreements.remove");
		assertEquals(before, robin.getAgreements().size());
		demo.session().getEditingDomain().getCommandStack().undo();
		Workbench.processEvents();
		assertEquals(before + 1, editor.rows().size(), "removing is undone");
	}
}
