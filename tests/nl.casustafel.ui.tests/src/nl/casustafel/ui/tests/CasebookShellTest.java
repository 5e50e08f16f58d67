/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.tests;

import static nl.casustafel.tests.support.Workbench.execute;
import static nl.casustafel.tests.support.Workbench.processEvents;
import static nl.casustafel.tests.support.Workbench.waitUntil;
import static nl.casustafel.ui.tests.WorkbenchDriver.isEnabled;
import static nl.casustafel.ui.tests.WorkbenchDriver.menuItems;
import static nl.casustafel.ui.tests.WorkbenchDriver.title;
import static nl.casustafel.ui.tests.WorkbenchDriver.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.ui.CasebookCommands;
import nl.casustafel.ui.internal.casebook.CasebookController;
import nl.casustafel.ui.internal.casebook.CasebookPrompts.NewCasebook;
import nl.casustafel.ui.internal.casebook.CasebookPrompts.SaveChoice;
import nl.casustafel.ui.internal.casebook.RecentCasebooks;
import nl.casustafel.ui.internal.casebook.StartupCasebook;

/**
 * The casebook in the workbench shell, as a chair uses it: Casustafel starts on the demo casebook,
 * the title names it, edits make it dirty, Undo/Redo/Save work through their commands, and a
 * casebook someone else is editing opens read-only. The workbench's questions are answered by
 * {@link RecordingPrompts} instead of modal dialogs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CasebookShellTest {

	private static final String QUESTION = "Hoe krijgt Robin weer een vaste woonplek?";

	@TempDir
	Path temp;

	private RecordingPrompts prompts;

	private CasebookController controller;

	@BeforeEach
	void answerQuestionsWithoutDialogs() {
		controller = CasebookController.get();
		waitUntil(controller::isStartupDone, () -> "the start-up casebook opens");
		prompts = new RecordingPrompts();
		controller.setPrompts(prompts);
	}

	@AfterEach
	void leaveNothingUnsaved() {
		CasebookSession session = controller.activeSession();
		if (session != null && session.isDirty()) {
			session.getEditingDomain().getCommandStack().flush();
		}
		controller.setPrompts(null);
		processEvents();
	}

	@Test
	@Order(1)
	void startsOnTheDemoCasebookNamedInTheTitle() {
		String demoArgument = Casebooks.argument(StartupCasebook.DEMO_ARGUMENT);
		assertNotNull(demoArgument, "tests/pom.xml passes -demo <folder>");
		Path demo = Path.of(demoArgument).toAbsolutePath().normalize();

		CasebookSession session = controller.activeSession();

		assertNotNull(session, "a casebook is open");
		assertEquals(demo, session.getFolder());
		assertTrue(Files.isRegularFile(demo.resolve(CasebookService.ROOT_FILE_NAME)), "demo written to disk");
		assertEquals(Casebooks.DEMO_NAME, session.getCasebook().getName());
		assertEquals(DemoRegion.CASE_NUMBERS.size(), session.getCasebook().getCases().size());
		assertFalse(session.isReadOnly());
		assertEquals("Casustafel \u2014 Regio Lindeveld (demo)", title());
		assertEquals(demo, RecentCasebooks.list().get(0));
	}

	@Test
	@Order(2)
	void editUndoRedoAndSaveThroughTheCommands() throws CasebookException {
		Path folder = Casebooks.writeDemo(temp.resolve("lindeveld"));
		CasebookSession session = controller.open(window(), folder);
		assertNotNull(session);
		assertSame(session, controller.activeSession());
		assertEquals("Casustafel \u2014 Regio Lindeveld (demo)", title());
		assertFalse(isEnabled(CasebookCommands.SAVE), "nothing to save yet");
		assertFalse(isEnabled(CasebookCommands.UNDO), "nothing to undo yet");

		Case robin = Casebooks.caseNumbered(session.getCasebook(), "LV-01");
		String before = robin.getQuestion();
		EditingDomain domain = session.getEditingDomain();
		CompoundCommand change = new CompoundCommand("Vraag wijzigen");
		change.append(SetCommand.create(domain, robin, CasebookPackage.Literals.CASE__QUESTION, QUESTION));
		domain.getCommandStack().execute(change);

		assertEquals("*Casustafel \u2014 Regio Lindeveld (demo)", title(), "a dirty casebook is marked");
		assertTrue(isEnabled(CasebookCommands.SAVE), "Save is enabled");
		assertTrue(isEnabled(CasebookCommands.REVERT), "Revert is enabled");
		assertTrue(isEnabled(CasebookCommands.UNDO), "Undo is enabled");
		assertFalse(isEnabled(CasebookCommands.REDO), "nothing to redo");
		assertTrue(menuItems("Bewerken").contains("Ongedaan maken: Vraag wijzigen"), () -> menuItems("Bewerken").toString());

		execute(CasebookCommands.UNDO);

		assertEquals(before, robin.getQuestion());
		assertEquals("Casustafel \u2014 Regio Lindeveld (demo)", title(), "undone back to the saved state");
		assertFalse(isEnabled(CasebookCommands.SAVE));
		assertTrue(isEnabled(CasebookCommands.REDO));
		assertTrue(menuItems("Bewerken").contains("Opnieuw: Vraag wijzigen"), () -> menuItems("Bewerken").toString());

		execute(CasebookCommands.REDO);

		assertEquals(QUESTION, robin.getQuestion());
		assertTrue(title().startsWith("*"));

		execute(CasebookCommands.SAVE);

		assertFalse(session.isDirty(), "saved");
		assertEquals("Casustafel \u2014 Regio Lindeveld (demo)", title());
		assertFalse(isEnabled(CasebookCommands.SAVE), "Save is disabled again");
		assertTrue(prompts.errors.isEmpty(), () -> prompts.errors.toString());
		assertEquals(QUESTION, Casebooks.storedQuestion(folder, "LV-01"), "the change is on disk");
	}

	@Test
	@Order(3)
	void genericCommandLabelsAreNotShown() throws CasebookException {
		CasebookSession session = controller.open(window(), Casebooks.writeDemo(temp.resolve("generic")));
		Case robin = Casebooks.caseNumbered(session.getCasebook(), "LV-01");

		session.getEditingDomain().getCommandStack().execute(
				SetCommand.create(session.getEditingDomain(), robin, CasebookPackage.Literals.CASE__QUESTION, QUESTION));

		List<String> items = menuItems("Bewerken");
		assertTrue(items.contains("Ongedaan maken"), items::toString);
		assertFalse(items.stream().anyMatch(item -> item.contains("Set")), items::toString);
	}

	@Test
	@Order(4)
	void aLockedCasebookOpensReadOnlyWhenTheUserAgrees() throws CasebookException {
		Path folder = Casebooks.writeDemo(temp.resolve("in-use"));
		CasebookSession before = controller.activeSession();
		try (CasebookSession holder = CasebookServices.newService().open(folder, OpenMode.READ_WRITE)) {
			prompts.openReadOnly = false;

			assertNull(controller.open(window(), folder), "cancelled");
			assertEquals(List.of("read-only in-use"), prompts.asked);
			assertEquals(CasebookException.Kind.LOCKED, prompts.readOnlyReasons.get(0).getKind());
			assertSame(before, controller.activeSession(), "the open casebook stays");

			prompts.openReadOnly = true;
			CasebookSession readOnly = controller.open(window(), folder);

			assertNotNull(readOnly);
			assertTrue(readOnly.isReadOnly());
			assertSame(readOnly, controller.activeSession());
			assertEquals("Casustafel \u2014 Regio Lindeveld (demo) [alleen lezen]", title());
			assertFalse(isEnabled(CasebookCommands.SAVE), "no saving a read-only casebook");
			assertFalse(readOnly.getEditingDomain().getCommandStack().canUndo());
			assertTrue(prompts.errors.isEmpty(), () -> prompts.errors.toString());
		}
	}

	@Test
	@Order(5)
	void unsavedChangesAreAskedAboutBeforeAnotherCasebookOpens() throws CasebookException {
		Path first = Casebooks.writeDemo(temp.resolve("first"));
		Path second = Casebooks.writeDemo(temp.resolve("second"));
		CasebookSession session = controller.open(window(), first);
		Case robin = Casebooks.caseNumbered(session.getCasebook(), "LV-01");
		session.getEditingDomain().getCommandStack().execute(
				SetCommand.create(session.getEditingDomain(), robin, CasebookPackage.Literals.CASE__QUESTION, QUESTION));

		prompts.saveChoice = SaveChoice.CANCEL;
		assertNull(controller.open(window(), second));
		assertSame(session, controller.activeSession(), "Cancel keeps the casebook");
		assertTrue(session.isDirty(), "and its changes");

		prompts.saveChoice = SaveChoice.SAVE;
		CasebookSession next = controller.open(window(), second);

		assertNotNull(next);
		assertEquals(List.of("save first", "save first"), prompts.asked);
		assertTrue(session.isClosed(), "the previous casebook is closed, its lock released");
		assertEquals(QUESTION, Casebooks.storedQuestion(first, "LV-01"), "saved before switching");
	}

	@Test
	@Order(6)
	void filesThatCannotBeReadAreListedAfterTheRestOpened() throws Exception {
		Path folder = Casebooks.writeDemo(temp.resolve("damaged"));
		Path shard = folder.resolve("cases/cases-000.xmi");
		byte[] content = Files.readAllBytes(shard);
		Files.write(shard, Arrays.copyOf(content, content.length / 2));

		CasebookSession session = controller.open(window(), folder);

		assertNotNull(session, "the rest of the casebook opens");
		assertEquals(1, prompts.problemReports.size(), "the problems are shown");
		assertEquals(Path.of("cases/cases-000.xmi"), session.problems().get(0).file());
		assertTrue(session.getCasebook().getOrganisations().size() > 0);
	}

	@Test
	@Order(7)
	void aFolderThatIsNotACasebookIsExplained() throws Exception {
		CasebookSession before = controller.activeSession();
		Path folder = Files.createDirectories(temp.resolve("holiday-photos"));
		Files.writeString(folder.resolve("beach.txt"), "sand");

		assertNull(controller.open(window(), folder));

		assertSame(before, controller.activeSession());
		assertEquals(1, prompts.errors.size());
		assertTrue(prompts.errors.get(0).contains("geen casusboek"), prompts.errors::toString);
	}

	@Test
	@Order(8)
	void recentCasebooksListTheLastOpenedFirst() throws CasebookException {
		Path a = Casebooks.writeDemo(temp.resolve("recent-a"));
		Path b = Casebooks.writeDemo(temp.resolve("recent-b"));

		controller.open(window(), a);
		controller.open(window(), b);

		List<Path> recent = RecentCasebooks.list();
		assertEquals(List.of(b, a), recent.subList(0, 2));
		assertEquals(b, RecentCasebooks.last());
		List<String> items = WorkbenchDriver.recentMenuItems();
		assertTrue(items.get(0).startsWith("1 recent-b"), items::toString);
		assertTrue(items.get(1).startsWith("2 recent-a"), items::toString);

		controller.open(window(), a);

		assertEquals(List.of(a, b), RecentCasebooks.list().subList(0, 2));
	}

	@Test
	@Order(9)
	void newCasebookGetsTheDefaultVocabularyAndItsNameInTheTitle() {
		Path folder = temp.resolve("noord");

		CasebookSession session = controller.create(window(),
				new NewCasebook("Casusoverleg Noord", folder));

		assertNotNull(session);
		assertSame(session, controller.activeSession());
		assertEquals(16, session.getCasebook().getLifeDomains().size());
		assertEquals(3, session.getCasebook().getMeetingTypes().size());
		assertTrue(session.getCasebook().getCases().isEmpty());
		assertTrue(Files.isRegularFile(folder.resolve(CasebookService.ROOT_FILE_NAME)));
		assertEquals("Casustafel \u2014 Casusoverleg Noord", title());
	}

	@Test
	@Order(10)
	void revertThrowsAwayChangesAfterConfirmation() throws CasebookException {
		CasebookSession session = controller.open(window(), Casebooks.writeDemo(temp.resolve("revert")));
		Case robin = Casebooks.caseNumbered(session.getCasebook(), "LV-01");
		String before = robin.getQuestion();
		session.getEditingDomain().getCommandStack().execute(
				SetCommand.create(session.getEditingDomain(), robin, CasebookPackage.Literals.CASE__QUESTION, QUESTION));

		prompts.revert = false;
		execute(CasebookCommands.REVERT);
		assertTrue(session.isDirty(), "not confirmed: nothing happens");

		prompts.revert = true;
		execute(CasebookCommands.REVERT);

		assertFalse(session.isDirty());
		assertEquals(before, Casebooks.caseNumbered(session.getCasebook(), "LV-01").getQuestion());
		assertEquals("Casustafel \u2014 Regio Lindeveld (demo)", title());
	}

	@Test
	@Order(11)
	void closingAsksOnceAboutUnsavedChanges() throws CasebookException {
		CasebookSession session = controller.open(window(), Casebooks.writeDemo(temp.resolve("closing")));
		Case robin = Casebooks.caseNumbered(session.getCasebook(), "LV-01");
		session.getEditingDomain().getCommandStack().execute(
				SetCommand.create(session.getEditingDomain(), robin, CasebookPackage.Literals.CASE__QUESTION, QUESTION));

		prompts.saveChoice = SaveChoice.CANCEL;
		assertFalse(controller.confirmClose(window().getShell()), "Cancel keeps the window open");

		prompts.saveChoice = SaveChoice.DISCARD;
		assertTrue(controller.confirmClose(window().getShell()));
		assertTrue(controller.confirmClose(window().getShell()), "window and workbench ask only once");
		assertEquals(2, prompts.asked.size(), prompts.asked::toString);
	}

	@Test
	@Order(12)
	void saveInAnActiveEditorAppliesItsTextAndSavesTheCasebook() throws Exception {
		Path folder = Casebooks.writeDemo(temp.resolve("editor"));
		CasebookSession session = controller.open(window(), folder);
		IWorkbenchPage page = window().getActivePage();
		SessionEditor editor = (SessionEditor) page.openEditor(new SessionEditor.Input(session), SessionEditor.ID);
		try {
			page.activate(editor);
			editor.type(QUESTION);
			assertFalse(session.isDirty(), "typed text is not in the casebook yet");
			assertSame(editor, page.getActivePart());
			assertTrue(isEnabled(CasebookCommands.SAVE), "Ctrl+S can save the editor's text");

			execute(CasebookCommands.SAVE);

			assertEquals(1, editor.saves, "the editor saved");
			assertFalse(session.isDirty());
			assertFalse(editor.isDirty());
			assertEquals(QUESTION, Casebooks.storedQuestion(folder, "LV-01"), "the whole casebook is on disk");
		} finally {
			page.closeEditor(editor, false);
			processEvents();
		}
	}
}
