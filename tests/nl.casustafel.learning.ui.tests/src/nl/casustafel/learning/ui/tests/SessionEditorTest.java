/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.learning.core.demo.LearningDemo;
import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.ui.LearningUi;
import nl.casustafel.learning.ui.internal.SessionEditor;
import nl.casustafel.learning.ui.internal.SessionEditorInput;
import nl.casustafel.model.Case;
import nl.casustafel.tests.support.Workbench;

/**
 * Preparing a session in the session editor: fields edit the model through undoable commands, the
 * case arrives on time or not, the method's template goes into the write-up, and a real case
 * becomes a pseudonymised learning case with no link back.
 */
class SessionEditorTest {

	@TempDir
	Path folder;

	private LearningCasebook casebook;
	private Shell window;

	@BeforeEach
	void setUp() throws Exception {
		casebook = new LearningCasebook(folder);
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	@AfterEach
	void tearDown() {
		casebook.close();
	}

	@Test
	void editingTheTitleIsAnUndoableCommand() throws Exception {
		LearningSession april = casebook.session(LearningDemo.SESSION_APRIL);
		SessionEditor editor = open(april);

		Ui.enter(window, "editor.title", "Casusleerbijeenkomst april (verplaatst)");

		assertEquals("Casusleerbijeenkomst april (verplaatst)", april.getTitle());
		assertEquals("Casusleerbijeenkomst april (verplaatst)", editor.getPartName());
		casebook.session().getEditingDomain().getCommandStack().undo();
		Workbench.processEvents();
		assertEquals("Casusleerbijeenkomst april", april.getTitle());
		assertEquals("Casusleerbijeenkomst april", Ui.text(window, "editor.title"));
		assertTrue(casebook.session().isDirty() || !casebook.session().getEditingDomain().getCommandStack().canUndo());
	}

	@Test
	void theDeadlineOfTheCaseIsWatched() throws Exception {
		LearningSession april = casebook.session(LearningDemo.SESSION_APRIL);
		open(april);
		assertNull(april.getCaseSubmittedOn());
		setDeadline(april, Instant.now().minus(Duration.ofDays(2)));
		assertTrue(Ui.text(window, "editor.deadlineStatus").startsWith("De schriftelijke casus is te laat"),
				Ui.text(window, "editor.deadlineStatus"));
		assertTrue(Ui.text(window, "editor.deadlineStatus").contains("Herinner Youssef Amrani eraan."), Ui.text(window, "editor.deadlineStatus"));

		setDeadline(april, Instant.now().plus(Duration.ofDays(5)));
		assertTrue(Ui.text(window, "editor.deadlineStatus").startsWith("De schriftelijke casus moet binnen zijn op"),
				Ui.text(window, "editor.deadlineStatus"));
		Ui.click(window, "editor.caseReceived");

		assertNotNull(april.getCaseSubmittedOn());
		assertEquals("", Ui.text(window, "editor.deadlineStatus"));
		assertEquals("casus binnen", nl.casustafel.learning.ui.tests.Ui.text(window, "editor.state"));
	}

	private void setDeadline(LearningSession session, Instant deadline) {
		casebook.session().getEditingDomain().getCommandStack().execute(SetCommand.create(casebook.session().getEditingDomain(),
				session, LearningPackage.Literals.LEARNING_SESSION__SUBMISSION_DEADLINE, Date.from(deadline)));
		Workbench.processEvents();
	}

	@Test
	void templateAndPseudonymisedLearningCase() throws Exception {
		LearningSession april = casebook.session(LearningDemo.SESSION_APRIL);
		SessionEditor editor = open(april);

		Ui.click(window, "editor.insertTemplate");
		assertTrue(april.getCaseWriteUp().startsWith("Titel van de casus:"), april.getCaseWriteUp());

		Case dirk = casebook.casebook().getCases().stream().filter(c -> "LV-04".equals(c.getCaseNumber())).findFirst().orElseThrow();
		editor.takeOverCase(dirk);
		Workbench.processEvents();

		String writeUp = Ui.get(window, "editor.writeUp", Text.class).getText();
		assertTrue(writeUp.startsWith("Over wie het gaat\nMan van in de vijftig"), writeUp);
		assertFalse(writeUp.contains("Dirk") || writeUp.contains("LV-04") || writeUp.contains(dirk.getSubject().getIdentity().getBsn()), writeUp);
		assertTrue(april.getCaseTitle().startsWith("Leercasus: man van in de vijftig"), april.getCaseTitle());
		assertEquals("", Ui.text(window, "editor.caseWarning"), "no identifiers found in the learning case");

		Ui.get(window, "editor.writeUp", Text.class).setText(writeUp + "\nGesprek gehad met Dirk.");
		Ui.get(window, "editor.writeUp", Text.class).notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());
		Workbench.processEvents();
		assertTrue(Ui.text(window, "editor.caseWarning").contains("Dirk"), "a hand-typed name is flagged");
	}

	private SessionEditor open(LearningSession session) throws Exception {
		SessionEditor editor = (SessionEditor) Workbench.page().openEditor(new SessionEditorInput(session.getId()),
				LearningUi.EDITOR_SESSION);
		Workbench.processEvents();
		return editor;
	}
}
