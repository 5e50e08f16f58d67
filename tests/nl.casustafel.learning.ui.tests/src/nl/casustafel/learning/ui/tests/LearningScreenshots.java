/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.learning.core.demo.LearningDemo;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.ui.LearningUi;
import nl.casustafel.learning.ui.internal.FacilitatorView;
import nl.casustafel.learning.ui.internal.SessionEditorInput;
import nl.casustafel.projector.ui.ProjectorService;
import nl.casustafel.tests.support.Workbench;

/**
 * Screenshots of the session editor and of facilitator mode for checking by eye. Runs only when
 * the system property {@code casustafel.screenshots} names a folder, e.g.
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw verify -pl tests/nl.casustafel.learning.ui.tests -am
 * -Dtest=LearningScreenshots -Dtests.argLine="-Xmx1g -Dcasustafel.screenshots=/tmp/shots"}; uses ImageMagick's {@code import}.
 */
class LearningScreenshots {

	@TempDir
	Path folder;

	@Test
	void screenshots() throws Exception {
		String target = System.getProperty("casustafel.screenshots");
		assumeTrue(target != null && !target.isBlank(), "no screenshot folder given");
		Path shots = Files.createDirectories(Path.of(target));
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		window.setBounds(window.getDisplay().getPrimaryMonitor().getClientArea());
		try (LearningCasebook casebook = new LearningCasebook(folder)) {
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(LearningUi.COMMAND_OPEN_PERSPECTIVE, null);
			Workbench.page().resetPerspective();
			LearningSession march = casebook.session(LearningDemo.SESSION_MARCH);
			Workbench.page().openEditor(new SessionEditorInput(march.getId()), LearningUi.EDITOR_SESSION);
			Ui.pause(1500);
			shoot(shots.resolve("learning-session-editor.png"));

			LearningSession april = casebook.session(LearningDemo.SESSION_APRIL);
			Workbench.page().closeAllEditors(false);
			Workbench.page().openEditor(new SessionEditorInput(april.getId()), LearningUi.EDITOR_SESSION);
			Ui.pause(1000);
			shoot(shots.resolve("learning-session-editor-preparing.png"));

			LearningSession live = casebook.newSession("Casusleerbijeenkomst mei", Instant.parse("2026-05-12T11:30:00Z"));
			MutableClock clock = new MutableClock(Instant.parse("2026-05-12T11:30:00Z"));
			FacilitatorView view = (FacilitatorView) Workbench.page().showView(LearningUi.VIEW_FACILITATOR);
			view.setClock(clock);
			view.setSession(live);
			Workbench.page().openEditor(new SessionEditorInput(live.getId()), LearningUi.EDITOR_SESSION);
			Ui.click(window, "facilitator.start");
			for (int step = 0; step < 2; step++) {
				clock.advanceMinutes(5);
				Ui.click(window, "facilitator.next");
			}
			Ui.choose(window, "facilitator.kind", "Vraag");
			String[][] questions = { { "Gerda Smit", "Wie heeft hem de uitslag verteld?" },
					{ "Gerda Smit", "Werkte hij tot dan op de arbeid?" }, { "Youssef Amrani", "Wanneer is de nieuwe beoordeling?" },
					{ "Mark de Boer", "Heeft hij contact met de verslavingsconsulent?" } };
			for (String[] question : questions) {
				Ui.choose(window, "facilitator.participant", question[0]);
				Ui.enter(window, "facilitator.entry", question[1]);
			}
			clock.advanceMinutes(10);
			Ui.click(window, "facilitator.next");
			clock.advance(java.time.Duration.ofSeconds(11 * 60 + 25));
			view.tick(true);
			Ui.pause(800);
			shoot(shots.resolve("learning-facilitator-console.png"));

			Ui.click(window, "facilitator.project");
			ProjectorService projector = PlatformUI.getWorkbench().getService(ProjectorService.class);
			projector.getShell().setActive();
			Ui.pause(1200);
			shoot(shots.resolve("learning-facilitator-mode-analyse.png"));
			clock.advanceMinutes(5);
			view.tick(true);
			Ui.pause(500);
			shoot(shots.resolve("learning-facilitator-mode-overrun.png"));
			assertEquals(4, live.getContributions().stream().filter(c -> c.getKind() == CaptureKind.QUESTION).count());
			projector.close();
			window.setActive();
			Workbench.page().showView(LearningUi.VIEW_LEARNING_POINTS);
			Ui.pause(500);
			shoot(shots.resolve("learning-points.png"));
		}
	}

	private static void shoot(Path file) throws Exception {
		Workbench.processEvents();
		Process process = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), output);
	}
}
