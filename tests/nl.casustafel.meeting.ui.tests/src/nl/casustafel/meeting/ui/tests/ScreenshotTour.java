/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.meeting.core.CarryAnswer;
import nl.casustafel.meeting.core.MeetingTypes;
import nl.casustafel.meeting.ui.internal.AgendaEditor;
import nl.casustafel.meeting.ui.internal.ConductController;
import nl.casustafel.meeting.ui.internal.MeetingActions;
import nl.casustafel.meeting.ui.internal.MeetingTypesEditor;
import nl.casustafel.meeting.ui.internal.Sessions;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.PreparationStatus;

/**
 * Not a test: takes the screenshots of the "still valid?" prompt, the agenda editor, conduct mode
 * and the meeting types editor for the documentation
 * (run by {@code releng/scripts/screenshots-casusoverleg.sh}, under Xvfb at 1920x1080, with
 * {@code -Dcasustafel.screenshots=<folder>}). Uses ImageMagick's {@code import -window root}.
 */
@EnabledIfSystemProperty(named = "casustafel.screenshots", matches = ".+")
class ScreenshotTour {

	@TempDir
	Path folder;

	@Test
	void takeScreenshots() throws Exception {
		Path out = Path.of(System.getProperty("casustafel.screenshots"));
		Files.createDirectories(out);
		CasusoverlegUiTest.ManualClock clock = new CasusoverlegUiTest.ManualClock(
				CasusoverlegUiTest.MEETING_DAY.atTime(10, 2).atZone(ZoneId.systemDefault()).toInstant());
		Sessions.setClock(clock);
		try (DemoCasebook demo = DemoCasebook.create(folder)) {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			Shell shell = window.getShell();
			shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
			IWorkbenchPage page = window.getActivePage();
			AnsweringPrompts prompts = new AnsweringPrompts();
			prompts.answers.put("agr-M1-04", CarryAnswer.NO_LONGER_VALID);
			prompts.answers.put("agr-M2-04", CarryAnswer.DONE);
			prompts.beforeApplying = dialog -> shootQuietly(out.resolve("still-valid-prompt.png"));
			MeetingActions.setPrompts(prompts);
			AgendaEditor editor = MeetingActions.createNextMeeting(page, demo.session, demo.series(),
					CasusoverlegUiTest.MEETING_DAY.atTime(10, 0));
			editor.addCaseItem(demo.caseNumbered("LV-06"),
					"Regieteam heeft op 19 februari een lijn afgesproken; GGZ-diagnostiek loopt nog.",
					"Wie neemt de regie op de dreiging, en werkt het afgesproken contactverbod?");
			AgendaItem robin = editor.addCaseItem(demo.caseNumbered("LV-01"),
					"Proefplaats bij Lindehaven gestart; opname detox nog niet ingepland.",
					"Is de volgorde proefplaats \u2013 detox \u2013 dagbesteding haalbaar, en wat is het noodscenario?");
			editor.addCaseItem(demo.caseNumbered("LV-08"), "ISD loopt af op 20 maart; woonplek vervallen.",
					"Staan wonen, inkomen en zorg klaar op de dag van vertrek?");
			AgendaItem yara = editor.addCaseItem(demo.caseNumbered("LV-07"), "Signalen van uitbuiting via een nieuwe vriend.", "");
			robin.getPreparations().forEach(p -> p.setStatus(PreparationStatus.DELIVERED));
			if (!yara.getPreparations().isEmpty()) {
				yara.getPreparations().get(0).setStatus(PreparationStatus.MISSING);
			}
			editor.refreshNow();
			editor.getItemsViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(robin), true);
			Ui.settle();
			shoot(out.resolve("agenda-editor-chair-perspective.png"));
			page.toggleZoom(page.getReference(editor));
			Ui.settle();
			shoot(out.resolve("agenda-editor.png"));
			page.toggleZoom(page.getReference(editor));
			Ui.settle();

			Meeting meeting = editor.getMeeting();
			ConductController controller = ConductController.start(window, demo.session, meeting);
			controller.getSession().goTo(meeting.getItems().indexOf(robin));
			clock.advance(Duration.ofMinutes(3).plusSeconds(48));
			controller.tickNow();
			CasusoverlegUiTest.projector().getShell().forceActive();
			Ui.settle();
			shoot(out.resolve("conduct-projector.png"));
			clock.advance(Duration.ofMinutes(8));
			controller.tickNow();
			Ui.settle();
			shoot(out.resolve("conduct-projector-overrun.png"));
			CasusoverlegUiTest.projector().getShell().setVisible(false);
			shell.forceActive();
			Ui.settle();
			shoot(out.resolve("chair-console-perspective.png"));
			page.toggleZoom(page.findViewReference(nl.casustafel.meeting.ui.MeetingUi.CHAIR_CONSOLE_VIEW_ID));
			Ui.settle();
			shoot(out.resolve("chair-console.png"));
			CasusoverlegUiTest.projector().getShell().setVisible(true);
			controller.finish();
			CasusoverlegUiTest.projector().close();
			page.closeAllEditors(false);

			MeetingTypesEditor types = MeetingTypesEditor.open(page, demo.session,
					MeetingTypes.find(demo.casebook(), "casusoverleg"));
			page.toggleZoom(page.getReference(types));
			Ui.settle();
			shoot(out.resolve("meeting-types-editor.png"));
			page.toggleZoom(page.getReference(types));
			page.closeAllEditors(false);
		} finally {
			Sessions.setClock(null);
			MeetingActions.setPrompts(null);
		}
	}

	private static void shootQuietly(Path file) {
		try {
			shoot(file);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void shoot(Path file) throws IOException, InterruptedException {
		Ui.settle();
		Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
		while (process.isAlive()) {
			Ui.processEvents();
			Thread.sleep(20);
		}
		if (process.exitValue() != 0) {
			throw new IOException("import failed for " + file);
		}
	}
}
