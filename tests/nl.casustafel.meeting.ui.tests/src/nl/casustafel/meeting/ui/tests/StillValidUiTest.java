/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.meeting.core.CarryAnswer;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.ui.internal.AgendaEditor;
import nl.casustafel.meeting.ui.internal.MeetingActions;
import nl.casustafel.meeting.ui.internal.Sessions;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.NonCompletionReason;
import nl.casustafel.tests.support.DemoCasebook;

/**
 * "Still valid?" when the chair plans the next meeting of the Lindeveld series: the answers and the
 * new meeting are one step that Edit > Undo takes back.
 */
class StillValidUiTest {

	@TempDir
	Path folder;

	private DemoCasebook demo;
	private IWorkbenchPage page;
	private AnsweringPrompts prompts;

	@BeforeEach
	void open() throws Exception {
		Sessions.setClock(new CasusoverlegUiTest.ManualClock(
				CasusoverlegUiTest.MEETING_DAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
		prompts = new AnsweringPrompts();
		MeetingActions.setPrompts(prompts);
		demo = DemoCasebook.create(folder);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void close() {
		page.closeAllEditors(false);
		demo.close();
		Sessions.setClock(null);
		MeetingActions.setPrompts(null);
	}

	private static Set<String> carried(Meeting meeting) {
		return meeting.getItems().stream().filter(i -> i.getKind() == AgendaItemKind.OPEN_AGREEMENTS)
				.flatMap(i -> i.getAgreements().stream()).map(Agreement::getId).collect(Collectors.toSet());
	}

	@Test
	void answersAreAppliedWithTheNewMeetingAndUndoneWithIt() throws Exception {
		Agreement brakelstede = Find.agreement(demo, "agr-M1-04");
		Agreement ria = Find.agreement(demo, "agr-M2-04");
		Agreement police = Find.agreement(demo, "agr-M1-02");
		Date policeConfirmed = police.getConfirmedValidOn();
		int meetingsBefore = demo.session().getCasebook().getMeetings().size();
		prompts.answers.put("agr-M1-04", CarryAnswer.NO_LONGER_VALID);
		prompts.answers.put("agr-M2-04", CarryAnswer.DONE);

		AgendaEditor editor = MeetingActions.createNextMeeting(page, demo.session(), Find.series(demo),
				CasusoverlegUiTest.MEETING_DAY.atTime(10, 0));
		Ui.settle();

		assertEquals(1, prompts.asked, "asked once, for all carried agreements");
		String dialog = String.join("\n", prompts.shownTexts);
		assertTrue(dialog.contains("8 open afspraken uit eerdere overleggen komen op de agenda van 10 maart 2026"), dialog);
		assertTrue(dialog.contains("Brakelstede deelt het overzicht van overlastmeldingen en de stand van de huurachterstand."), dialog);
		assertTrue(dialog.contains("31-01-2026 (te laat)"), dialog);
		assertEquals("6 op de agenda \u00b7 1 uitgevoerd \u00b7 1 niet meer geldig", prompts.summary);

		Meeting meeting = editor.getMeeting();
		assertEquals(meetingsBefore + 1, demo.session().getCasebook().getMeetings().size());
		assertEquals(AgreementStatus.NO_LONGER_VALID, brakelstede.getStatus());
		assertEquals(NonCompletionReason.NO_LONGER_VALID, brakelstede.getNonCompletionReason());
		assertEquals(AgreementStatus.DONE, ria.getStatus());
		assertEquals(CasusoverlegUiTest.MEETING_DAY, Dates.toLocalDate(ria.getCompletedOn()));
		assertEquals(Set.of("agr-M1-02", "agr-M1-10", "agr-M2-02", "agr-M2-03", "agr-M2-07", "agr-M2-08"), carried(meeting));
		assertEquals(CasusoverlegUiTest.MEETING_DAY, Dates.toLocalDate(police.getConfirmedValidOn()));

		// the agenda's "still valid?" column shows the confirmation
		editor.getItemsViewer().setSelection(new StructuredSelection(meeting.getItems().get(0)));
		Ui.settle();
		Table agreements = Ui.find(editor.getItemsViewer().getControl().getShell(), "agenda.agreements");
		assertEquals("Politie levert wekelijks een incidentenoverzicht van Robin aan de casusregisseur (akkoord van de politieleiding nodig).",
				agreements.getItem(0).getText(0));
		assertEquals("bevestigd", agreements.getItem(0).getText(4));

		// Edit > Undo (what Ctrl+Z runs) takes back the answers and the meeting in one step
		page.activate(editor);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand("org.eclipse.ui.edit.undo", null);
		Ui.settle();
		assertEquals(meetingsBefore, demo.session().getCasebook().getMeetings().size());
		assertFalse(Find.series(demo).getMeetings().contains(meeting));
		assertEquals(AgreementStatus.OPEN, brakelstede.getStatus());
		assertEquals(NonCompletionReason.NONE, brakelstede.getNonCompletionReason());
		assertEquals(AgreementStatus.OPEN, ria.getStatus());
		assertNull(ria.getCompletedOn());
		assertEquals(policeConfirmed, police.getConfirmedValidOn());
		assertFalse(demo.session().getEditingDomain().getCommandStack().canUndo(), "nothing else was on the stack");
		assertEquals(0, page.getEditorReferences().length, "the agenda of the undone meeting closed");
	}

	@Test
	void confirmingLaterCarriesEveryOpenAgreementUnconfirmed() {
		Agreement ria = Find.agreement(demo, "agr-M2-04");
		prompts.answers.put("agr-M2-04", CarryAnswer.DONE);
		prompts.later = true;
		AgendaEditor editor = MeetingActions.createNextMeeting(page, demo.session(), Find.series(demo),
				CasusoverlegUiTest.MEETING_DAY.atTime(10, 0));
		Ui.settle();
		assertEquals(1, prompts.asked);
		assertEquals(8, carried(editor.getMeeting()).size());
		assertEquals(AgreementStatus.OPEN, ria.getStatus());
		assertNull(ria.getConfirmedValidOn());
	}
}
