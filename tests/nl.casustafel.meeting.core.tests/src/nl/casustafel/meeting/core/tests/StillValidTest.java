/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.meeting.core.AgendaPlanner;
import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.CarryAnswer;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.NonCompletionReason;

/** "Still valid?" for the agreements carried into the next meeting of a series. */
class StillValidTest {

	@TempDir
	Path folder;

	private Fixture fixture;
	private CommandStack stack;

	@BeforeEach
	void open() throws Exception {
		fixture = new Fixture(folder);
		stack = fixture.session.getEditingDomain().getCommandStack();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private Agreement agreement(String id) {
		for (Case aCase : CasebookLists.resolved(fixture.casebook().getCases())) {
			for (Agreement agreement : aCase.getAgreements()) {
				if (id.equals(agreement.getId())) {
					return agreement;
				}
			}
		}
		throw new AssertionError("no agreement " + id);
	}

	private static Set<String> carriedIds(Meeting meeting) {
		return meeting.getItems().stream().filter(i -> i.getKind() == AgendaItemKind.OPEN_AGREEMENTS)
				.flatMap(i -> i.getAgreements().stream()).map(Agreement::getId).collect(Collectors.toSet());
	}

	@Test
	void theAnswersAndTheNewMeetingAreOneUndoableCommand() {
		List<Agreement> carried = AgendaPlanner.carriedAgreements(fixture.casebook(), fixture.series(), Fixture.TODAY);
		assertEquals(8, carried.size());
		Agreement brakelstede = agreement("agr-M1-04");
		Agreement ria = agreement("agr-M2-04");
		Agreement police = agreement("agr-M1-02");
		LocalDate policeConfirmed = Dates.toLocalDate(police.getConfirmedValidOn());
		Map<Agreement, CarryAnswer> answers = new LinkedHashMap<>();
		carried.forEach(a -> answers.put(a, CarryAnswer.STILL_VALID));
		answers.put(brakelstede, CarryAnswer.NO_LONGER_VALID);
		answers.put(ria, CarryAnswer.DONE);
		int meetingsBefore = fixture.casebook().getMeetings().size();

		Command command = AgendaPlanner.nextMeetingCommand(fixture.session.getEditingDomain(), fixture.casebook(), fixture.series(),
				Fixture.TODAY.atTime(10, 0), answers, Fixture.TODAY);
		assertTrue(command.canExecute());
		stack.execute(command);
		Meeting meeting = (Meeting) command.getResult().iterator().next();

		assertEquals(meetingsBefore + 1, fixture.casebook().getMeetings().size());
		assertEquals(AgreementStatus.NO_LONGER_VALID, brakelstede.getStatus());
		assertEquals(NonCompletionReason.NO_LONGER_VALID, brakelstede.getNonCompletionReason());
		assertEquals(AgreementStatus.DONE, ria.getStatus());
		assertEquals(Fixture.TODAY, Dates.toLocalDate(ria.getCompletedOn()));
		assertEquals(Set.of("agr-M1-02", "agr-M1-10", "agr-M2-02", "agr-M2-03", "agr-M2-07", "agr-M2-08"), carriedIds(meeting),
				"settled agreements are not carried");
		assertFalse(meeting.getItems().stream().anyMatch(i -> i.getCase() == brakelstede.eContainer()),
				"no open-agreements item for a case whose only carried agreement is settled");
		assertEquals(Fixture.TODAY, Dates.toLocalDate(police.getConfirmedValidOn()));
		assertTrue(Agreements.isConfirmedFor(police, meeting));
		assertEquals(command, stack.getUndoCommand(), "one entry on the undo stack");

		stack.undo();
		assertEquals(meetingsBefore, fixture.casebook().getMeetings().size());
		assertFalse(fixture.series().getMeetings().contains(meeting));
		assertEquals(AgreementStatus.OPEN, brakelstede.getStatus());
		assertEquals(NonCompletionReason.NONE, brakelstede.getNonCompletionReason());
		assertEquals(AgreementStatus.OPEN, ria.getStatus());
		assertNull(ria.getCompletedOn());
		assertEquals(policeConfirmed, Dates.toLocalDate(police.getConfirmedValidOn()));
		assertEquals(8, AgendaPlanner.carriedAgreements(fixture.casebook(), fixture.series(), Fixture.TODAY).size());

		stack.redo();
		assertEquals(AgreementStatus.DONE, ria.getStatus());
		assertTrue(fixture.series().getMeetings().contains(meeting));
	}

	@Test
	void withoutAnswersEveryOpenAgreementIsCarriedAndNothingIsConfirmed() {
		Agreement ria = agreement("agr-M2-04");
		Command command = AgendaPlanner.nextMeetingCommand(fixture.session.getEditingDomain(), fixture.casebook(), fixture.series(),
				Fixture.TODAY.atTime(10, 0), Map.of(), Fixture.TODAY);
		stack.execute(command);
		Meeting meeting = (Meeting) command.getResult().iterator().next();
		assertEquals(8, carriedIds(meeting).size());
		assertNull(ria.getConfirmedValidOn());
		assertFalse(Agreements.isConfirmedFor(ria, meeting));
	}

	@Test
	void aConfirmationGivenAfterThePreviousMeetingCountsForTheNextOne() {
		// planned four weeks ahead, confirmed two days after M2 (10 February)
		LocalDate answered = LocalDate.of(2026, 2, 12);
		Agreement ria = agreement("agr-M2-04");
		Command command = AgendaPlanner.nextMeetingCommand(fixture.session.getEditingDomain(), fixture.casebook(), fixture.series(),
				Fixture.TODAY.atTime(10, 0), Map.of(ria, CarryAnswer.STILL_VALID), answered);
		stack.execute(command);
		Meeting meeting = (Meeting) command.getResult().iterator().next();
		assertTrue(Agreements.isConfirmedFor(ria, meeting), "confirmed after M2, for this meeting");
		Agreement police = agreement("agr-M1-02");
		assertEquals(LocalDate.of(2026, 2, 10), Dates.toLocalDate(police.getConfirmedValidOn()));
		assertFalse(Agreements.isConfirmedFor(police, meeting), "confirmed in M2 itself: for M2 only");
	}
}
