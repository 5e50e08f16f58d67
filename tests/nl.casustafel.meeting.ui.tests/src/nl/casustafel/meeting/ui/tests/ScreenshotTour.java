/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

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
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Screenshots;

/**
 * Not a test: takes the screenshots of the "still valid?" prompt, the agenda editor, conduct mode
 * and the meeting types editor for the documentation
 * (run by {@code releng/scripts/screenshots-casusoverleg.sh}, under Xvfb at 1920x1080, with
 * {@code -Dcasustafel.screenshots=<folder>}; see {@link Screenshots}).
 */
@EnabledIfSystemProperty(named = Screenshots.PROPERTY, matches = ".+")
class ScreenshotTour {

	@TempDir
	Path folder;

	@Test
	void takeScreenshots() throws Exception {
		CasusoverlegUiTest.ManualClock clock = new CasusoverlegUiTest.ManualClock(
				CasusoverlegUiTest.MEETING_DAY.atTime(10, 2).atZone(ZoneId.systemDefault()).toInstant());
		Sessions.setClock(clock);
		try (DemoCasebook demo = DemoCasebook.create(folder)) {
			Screenshots screenshots = Screenshots.start();
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			Shell shell = window.getShell();
			IWorkbenchPage page = window.getActivePage();
			AnsweringPrompts prompts = new AnsweringPrompts();
			prompts.answers.put("agr-M1-04", CarryAnswer.NO_LONGER_VALID);
			prompts.answers.put("agr-M2-04", CarryAnswer.DONE);
			prompts.beforeApplying = dialog -> shootQuietly(screenshots, "still-valid-prompt");
			MeetingActions.setPrompts(prompts);
			AgendaEditor editor = MeetingActions.createNextMeeting(page, demo.session(), Find.series(demo),
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
			screenshots.shoot("agenda-editor-chair-perspective");
			page.toggleZoom(page.getReference(editor));
			Ui.settle();
			screenshots.shoot("agenda-editor");
			page.toggleZoom(page.getReference(editor));
			Ui.settle();

			Meeting meeting = editor.getMeeting();
			ConductController controller = ConductController.start(window, demo.session(), meeting);
			controller.getSession().goTo(meeting.getItems().indexOf(robin));
			clock.advance(Duration.ofMinutes(3).plusSeconds(48));
			controller.tickNow();
			CasusoverlegUiTest.projector().getShell().forceActive();
			Ui.settle();
			screenshots.shoot("conduct-projector");
			clock.advance(Duration.ofMinutes(8));
			controller.tickNow();
			Ui.settle();
			screenshots.shoot("conduct-projector-overrun");
			CasusoverlegUiTest.projector().getShell().setVisible(false);
			shell.forceActive();
			Ui.settle();
			screenshots.shoot("chair-console-perspective");
			page.toggleZoom(page.findViewReference(nl.casustafel.meeting.ui.MeetingUi.CHAIR_CONSOLE_VIEW_ID));
			Ui.settle();
			screenshots.shoot("chair-console");
			CasusoverlegUiTest.projector().getShell().setVisible(true);
			controller.finish();
			CasusoverlegUiTest.projector().close();
			page.closeAllEditors(false);

			MeetingTypesEditor types = MeetingTypesEditor.open(page, demo.session(),
					MeetingTypes.find(demo.session().getCasebook(), "casusoverleg"));
			page.toggleZoom(page.getReference(types));
			Ui.settle();
			screenshots.shoot("meeting-types-editor");
			page.toggleZoom(page.getReference(types));
			page.closeAllEditors(false);
		} finally {
			Sessions.setClock(null);
			MeetingActions.setPrompts(null);
		}
	}

	private static void shootQuietly(Screenshots screenshots, String name) {
		try {
			screenshots.shoot(name);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
