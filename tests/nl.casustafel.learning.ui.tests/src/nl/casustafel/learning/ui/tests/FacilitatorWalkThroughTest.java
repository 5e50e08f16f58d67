/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.learning.core.Facilitator.State;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.Contribution;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.SessionState;
import nl.casustafel.learning.model.StepLog;
import nl.casustafel.learning.ui.LearningUi;
import nl.casustafel.learning.ui.internal.FacilitatorView;
import nl.casustafel.learning.ui.internal.SessionEditor;
import nl.casustafel.learning.ui.internal.SessionEditorInput;
import nl.casustafel.projector.ui.ProjectorService;
import nl.casustafel.tests.support.Workbench;

/**
 * A facilitator runs a casusleerbijeenkomst from start to finish in the facilitator perspective,
 * with facilitator mode on the shared screen and a clock the test moves: the timer starts with each
 * step and shows overrun, the rules of each step are on the shared screen (the presenter only
 * listens during the analysis), the question limit holds, a step is extended and one is skipped,
 * the actual durations are logged, and the minutes (PDF, read back) tell how it went.
 */
class FacilitatorWalkThroughTest {

	private static final RGB ALARM = new RGB(255, 95, 80);

	@TempDir
	Path folder;

	private LearningCasebook casebook;
	private MutableClock clock;
	private Shell window;

	@BeforeEach
	void setUp() throws Exception {
		casebook = new LearningCasebook(folder);
		clock = new MutableClock(Instant.parse("2026-04-14T11:30:00Z"));
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(LearningUi.COMMAND_OPEN_PERSPECTIVE, null);
		Workbench.processEvents();
	}

	@AfterEach
	void tearDown() {
		ProjectorService projector = projector();
		projector.close();
		casebook.close();
	}

	@Test
	void walkASessionThroughAllStepsWithTheTimer() throws Exception {
		assertEquals(LearningUi.PERSPECTIVE_ID, Workbench.page().getPerspective().getId());
		assertEquals("Leerprocesbegeleider", Workbench.page().getPerspective().getLabel());
		LearningSession session = casebook.newSession("Testbijeenkomst april", clock.instant());
		FacilitatorView view = (FacilitatorView) Workbench.page().showView(LearningUi.VIEW_FACILITATOR);
		view.setClock(clock);
		Ui.choose(window, "facilitator.session", "14 apr");
		assertEquals(session, view.session());

		// Facilitator mode on the shared screen, before the start
		Ui.click(window, "facilitator.project");
		ProjectorService projector = projector();
		Shell room = projector.getShell();
		assertNotNull(room, "the shared screen is open");
		assertEquals("We beginnen zo", Ui.text(room, "projector.position"));
		assertEquals("0 Theorie", Ui.text(room, "projector.title"));

		// Step 0: the timer starts by itself and shows the overrun
		Ui.click(window, "facilitator.start");
		assertEquals("Stap 1 van 7", Ui.text(window, "facilitator.position"));
		assertEquals("05:00", Ui.text(window, "facilitator.timer"));
		assertEquals("Theorie", Ui.text(room, "projector.title"));
		assertEquals("Stap 0  \u00b7  1 van 7", Ui.text(room, "projector.position"));
		assertEquals("05:00", Ui.text(room, "projector.timer"));
		clock.advanceMinutes(6);
		view.tick(true);
		assertEquals("+01:00", Ui.text(window, "facilitator.timer"));
		assertEquals("+01:00", Ui.text(room, "projector.timer"));
		assertEquals(ALARM, Ui.get(room, "projector.timer", Label.class).getForeground().getRGB(), "overrun is red");
		assertEquals("over de tijd (5 min)", Ui.text(room, "projector.timerPlan"));

		// Step 1: the question as the presenter restates it
		Ui.click(window, "facilitator.next");
		assertEquals("Casus inbrengen", Ui.text(room, "projector.title"));
		Ui.choose(window, "facilitator.kind", "Vraag aan de groep");
		Ui.enter(window, "facilitator.entry", "Hoe houd ik hem betrokken nu de fasering is uitgesteld?");
		assertEquals("Hoe houd ik hem betrokken nu de fasering is uitgesteld?", session.getFinalQuestion());
		clock.advanceMinutes(5);

		// Step 2: at most three factual questions each, the presenter asks none
		Ui.click(window, "facilitator.next");
		assertEquals("Verhelderen", Ui.text(room, "projector.title"));
		assertEquals("De inbrenger beantwoordt alleen feitelijke vragen.", Ui.text(room, "projector.presenter"));
		Ui.choose(window, "facilitator.kind", "Vraag");
		Ui.choose(window, "facilitator.participant", "Gerda Smit");
		for (int i = 1; i <= 3; i++) {
			Ui.enter(window, "facilitator.entry", "Feitelijke vraag " + i);
		}
		assertEquals("Gerda Smit (3/3)", Ui.selected(window, "facilitator.participant"));
		Ui.enter(window, "facilitator.entry", "Nog een vraag");
		assertEquals("Gerda Smit heeft al 3 vragen ingebracht; meer mag niet in deze stap.", Ui.text(window, "facilitator.status"));
		assertEquals("Nog een vraag", Ui.text(window, "facilitator.entry"), "the refused question stays in the field");
		Ui.choose(window, "facilitator.participant", "Eva Koster");
		Ui.enter(window, "facilitator.entry", "Vraag van de inbrenger");
		assertTrue(Ui.text(window, "facilitator.status").startsWith("Eva Koster is de inbrenger"), Ui.text(window, "facilitator.status"));
		Ui.choose(window, "facilitator.participant", "Mark de Boer");
		Ui.enter(window, "facilitator.entry", "Vraag van Mark");
		assertEquals(4, questions(session).size());
		assertEquals("vragen: 4", Ui.text(room, "projector.captured"));
		clock.advanceMinutes(10);

		// Step 3: the presenter only listens; the step is extended and still runs over
		Ui.click(window, "facilitator.next");
		assertEquals("Analyseren", Ui.text(room, "projector.title"));
		assertEquals("De inbrenger luistert alleen.", Ui.text(room, "projector.presenter"));
		assertTrue(Ui.all(room, "projector.rule", Label.class).stream().anyMatch(l -> l.getText().contains("Geen vragen meer aan de inbrenger")));
		Ui.click(window, "facilitator.extend");
		assertEquals("20:00", Ui.text(window, "facilitator.timer"));
		clock.advanceMinutes(22);
		view.tick(true);
		assertEquals("+02:00", Ui.text(room, "projector.timer"));

		// Step 4: advice, linked to the theory
		Ui.click(window, "facilitator.next");
		assertEquals("Adviseren", Ui.text(room, "projector.title"));
		Ui.choose(window, "facilitator.kind", "Advies");
		Ui.choose(window, "facilitator.participant", "Mark de Boer");
		Ui.choose(window, "facilitator.theory", "Motiverende gespreksvoering");
		Ui.enter(window, "facilitator.entry", "Vraag open naar zijn eigen doelen");
		Contribution advice = session.getContributions().stream().filter(c -> c.getKind() == CaptureKind.ADVICE).findFirst().orElseThrow();
		assertEquals("Motiverende gespreksvoering", advice.getTheory().getTitle());
		clock.advanceMinutes(15);

		// Step 5 is skipped
		Ui.click(window, "facilitator.next");
		clock.advanceMinutes(1);
		Ui.click(window, "facilitator.skip");

		// Step 6: a tagged learning point for the team
		assertEquals("Evalueren", Ui.text(room, "projector.title"));
		Ui.choose(window, "facilitator.kind", "Leerpunt");
		Ui.get(window, "facilitator.tags", org.eclipse.swt.widgets.Text.class).setText("Motivatie, detentiefasering");
		Ui.click(window, "facilitator.forTeam");
		Ui.enter(window, "facilitator.entry", "Bespreek terugval als stap in het veranderproces");
		assertEquals(List.of("motivatie", "detentiefasering"), session.getLearningPoints().get(0).getTags());
		assertTrue(session.getLearningPoints().get(0).isForTeam());
		clock.advanceMinutes(18);
		Ui.click(window, "facilitator.next");

		// Finished: durations logged, the room thanked
		assertEquals(State.FINISHED, view.facilitator().state());
		assertEquals(SessionState.FINISHED, session.getState());
		assertEquals("Dank jullie wel", Ui.text(room, "projector.title"));
		List<StepLog> logs = session.getStepLogs();
		assertEquals(List.of(360, 300, 600, 1320, 900, 60, 1080), logs.stream().map(StepLog::getActualSeconds).toList());
		assertEquals(5, logs.get(3).getExtraMinutes());
		assertTrue(logs.get(5).isSkipped());
		assertFalse(Ui.get(window, "facilitator.next", org.eclipse.swt.widgets.Button.class).isEnabled());

		// The minutes tell how it went
		SessionEditor editor = (SessionEditor) Workbench.page().openEditor(new SessionEditorInput(session.getId()),
				LearningUi.EDITOR_SESSION);
		Workbench.processEvents();
		Path pdf = folder.resolve("verslag.pdf");
		editor.exportMinutes(pdf);
		String text;
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertTrue(text.contains("Verslag: Testbijeenkomst april"), text);
		assertTrue(text.contains("Leerpunten (1)"), text);
		assertTrue(text.contains("Bespreek terugval als stap in het veranderproces [motivatie, detentiefasering] (voor het team)"), text);
		assertTrue(text.contains("Vraag: Hoe houd ik hem betrokken nu de fasering is uitgesteld?"), text);
		assertTrue(text.contains("Adviezen (1, waarvan 1 gekoppeld aan theorie)"), text);
		assertTrue(text.contains("0 Theorie: 6 van 5 minuten; 1 min uitgelopen"), text);
		assertTrue(text.contains("3 Analyseren: 22 van 15 minuten; verlengd met 5 min; 2 min uitgelopen"), text);
		assertTrue(text.contains("5 Vervolgstappen: overgeslagen"), text);
		assertTrue(text.contains("Gestelde vragen: 4"), text);
	}

	@Test
	void undoOfNextStepRestoresThePreviousStep() {
		LearningSession session = casebook.newSession("Undo-bijeenkomst", clock.instant());
		FacilitatorView view = (FacilitatorView) showFacilitator();
		view.setClock(clock);
		view.setSession(session);
		Ui.click(window, "facilitator.start");
		clock.advanceMinutes(2);
		Ui.click(window, "facilitator.next");
		assertEquals("Stap 2 van 7", Ui.text(window, "facilitator.position"));

		casebook.session().getEditingDomain().getCommandStack().undo();
		Workbench.processEvents();

		assertEquals("Stap 1 van 7", Ui.text(window, "facilitator.position"));
		assertEquals("03:00", Ui.text(window, "facilitator.timer"));
	}

	private static Object showFacilitator() {
		try {
			return Workbench.page().showView(LearningUi.VIEW_FACILITATOR);
		} catch (org.eclipse.ui.PartInitException e) {
			throw new AssertionError(e);
		}
	}

	private static List<Contribution> questions(LearningSession session) {
		return session.getContributions().stream().filter(c -> c.getKind() == CaptureKind.QUESTION).toList();
	}

	private static ProjectorService projector() {
		return PlatformUI.getWorkbench().getService(ProjectorService.class);
	}
}
