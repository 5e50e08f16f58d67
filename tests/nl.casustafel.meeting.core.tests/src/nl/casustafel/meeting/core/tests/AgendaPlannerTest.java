/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.meeting.core.AgendaLoad;
import nl.casustafel.meeting.core.AgendaPlanner;
import nl.casustafel.meeting.core.AgendaWarning;
import nl.casustafel.meeting.core.AttendanceCheck;
import nl.casustafel.meeting.core.DecisionHistory;
import nl.casustafel.meeting.core.ItemSummary;
import nl.casustafel.meeting.core.MeetingChecks;
import nl.casustafel.meeting.core.MeetingTypeDescriptor;
import nl.casustafel.meeting.core.MeetingTypes;
import nl.casustafel.meeting.core.Readiness;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingType;

class AgendaPlannerTest {

	@TempDir
	Path folder;

	private Fixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new Fixture(folder);
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private Meeting createNextMeeting() {
		Meeting meeting = AgendaPlanner.nextMeeting(fixture.casebook(), fixture.series(), Fixture.TODAY.atTime(10, 0));
		execute(AgendaPlanner.addMeetingCommand(fixture.session.getEditingDomain(), fixture.casebook(), meeting, fixture.series()));
		return meeting;
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), "command can execute");
		fixture.session.getEditingDomain().getCommandStack().execute(command);
	}

	@Test
	void nextMeetingStartsWithTheOpenAgreementsOfEarlierMeetingsInTheSeries() {
		Meeting meeting = createNextMeeting();

		assertSame(fixture.series(), meeting.getSeries());
		assertEquals("casusoverleg", meeting.getType().getKey());
		assertEquals(60, meeting.getDurationMinutes());
		assertSame(fixture.meeting("meeting-M2").getChair(), meeting.getChair());
		List<AgendaItem> items = meeting.getItems();
		assertEquals(AgendaItemKind.OPEN_AGREEMENTS, items.get(0).getKind(), "open agreements come first");
		assertEquals("LV-01", items.get(0).getCase().getCaseNumber());
		Set<String> carried = items.stream().flatMap(i -> i.getAgreements().stream()).map(Agreement::getId)
				.collect(Collectors.toSet());
		assertEquals(Set.of("agr-M1-02", "agr-M1-04", "agr-M1-10", "agr-M2-02", "agr-M2-03", "agr-M2-04", "agr-M2-07",
				"agr-M2-08"), carried, "open agreements of M1 and M2 (overdue or not); not those of the focusoverleg M3");
		assertEquals(AgendaItemKind.READ_BACK, items.get(items.size() - 1).getKind());
		assertFalse(meeting.getAttendance().isEmpty(), "attendance expected as in the previous meeting");
	}

	@Test
	void creatingTheNextMeetingCanBeUndone() {
		int before = fixture.casebook().getMeetings().size();
		Meeting meeting = createNextMeeting();
		assertEquals(before + 1, fixture.casebook().getMeetings().size());
		fixture.session.getEditingDomain().getCommandStack().undo();
		assertEquals(before, fixture.casebook().getMeetings().size());
		assertFalse(fixture.series().getMeetings().contains(meeting));
	}

	@Test
	void caseItemsAskTheInvolvedPartnersAndReorderWithAMoveCommand() {
		Meeting meeting = createNextMeeting();
		AgendaItem item = AgendaPlanner.newCaseItem(meeting, fixture.caseNumbered("LV-07"), "Uitbuiting houdt aan.",
				"Wie biedt bescherming?");
		int index = AgendaPlanner.caseItemIndex(meeting);
		execute(AgendaPlanner.addItemCommand(fixture.session.getEditingDomain(), meeting, item, index));
		assertEquals(10, item.getTimeboxMinutes(), "the casusoverleg's default timebox");
		assertFalse(item.getPreparations().isEmpty(), "preparation asked of every involved organisation");
		assertEquals(Readiness.Level.WAITING, Readiness.of(item).level());
		assertEquals(AgendaItemKind.READ_BACK, meeting.getItems().get(meeting.getItems().size() - 1).getKind(),
				"case items go before the read-back");

		execute(AgendaPlanner.moveItemCommand(fixture.session.getEditingDomain(), meeting, item, 0));
		assertSame(item, meeting.getItems().get(0));
		fixture.session.getEditingDomain().getCommandStack().undo();
		assertSame(item, meeting.getItems().get(index));
	}

	@Test
	void aCaseItemWithoutAQuestionIsReported() {
		Meeting meeting = createNextMeeting();
		AgendaItem item = AgendaPlanner.newCaseItem(meeting, fixture.caseNumbered("LV-10"), "Nieuw delict.", null);
		execute(AgendaPlanner.addItemCommand(fixture.session.getEditingDomain(), meeting, item, 0));
		List<AgendaWarning> errors = MeetingChecks.check(meeting).stream().filter(AgendaWarning::error).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertSame(item, errors.get(0).item());
		assertTrue(errors.get(0).message().contains("vraag") || errors.get(0).message().contains("question"),
				errors.get(0).message());
	}

	@Test
	void tooManyCasesAnHourAndTooMuchTimeAreWarned() {
		Meeting meeting = createNextMeeting();
		for (String number : List.of("LV-01", "LV-02", "LV-03", "LV-04", "LV-06", "LV-07", "LV-08")) {
			AgendaItem item = AgendaPlanner.newCaseItem(meeting, fixture.caseNumbered(number), "Reden", "Vraag?");
			execute(AgendaPlanner.addItemCommand(fixture.session.getEditingDomain(), meeting, item,
					AgendaPlanner.caseItemIndex(meeting)));
		}
		AgendaLoad load = AgendaLoad.of(meeting);
		assertEquals(7, load.caseCount());
		assertEquals(6, load.maxCases());
		assertTrue(load.tooManyCases());
		assertTrue(load.overTime(), "7 x 10 min + open agreements + read-back > 60 min");
		Set<AgendaWarning.Kind> kinds = MeetingChecks.check(meeting).stream().map(AgendaWarning::kind).collect(Collectors.toSet());
		assertTrue(kinds.contains(AgendaWarning.Kind.TOO_MANY_CASES));
		assertTrue(kinds.contains(AgendaWarning.Kind.OVER_TIME));
	}

	@Test
	void missingRequiredPartiesAndNobodyKnowingThePersonAreFound() {
		Meeting m1 = fixture.meeting("meeting-M1");
		assertEquals(List.of(fixture.organisation("org-brakelstede")), AttendanceCheck.missingRequiredParties(m1));
		AgendaItem lv01 = m1.getItems().stream().filter(i -> i.getCase() != null && "LV-01".equals(i.getCase().getCaseNumber()))
				.findFirst().orElseThrow();
		assertTrue(AttendanceCheck.somebodyKnowsPerson(m1, lv01.getCase()), "Jeroen Visser and Fatma Yilmaz know Robin");
		for (Attendance a : m1.getAttendance()) {
			if (a.getProfessional() != null && Set.of("prof-jeroen-visser", "prof-fatma-yilmaz").contains(a.getProfessional().getId())) {
				a.setStatus(AttendanceStatus.EXCUSED);
			}
		}
		assertFalse(AttendanceCheck.somebodyKnowsPerson(m1, lv01.getCase()));
		assertTrue(MeetingChecks.check(m1).stream()
				.anyMatch(w -> w.kind() == AgendaWarning.Kind.NOBODY_KNOWS_PERSON && w.item() == lv01));
	}

	@Test
	void moreInformationTwiceInARowIsFlagged() {
		AgendaItem m2Kevin = fixture.meeting("meeting-M2").getItems().stream()
				.filter(i -> i.getCase() != null && "LV-06".equals(i.getCase().getCaseNumber())).findFirst().orElseThrow();
		AgendaItem m1Kevin = DecisionHistory.previousDiscussion(m2Kevin);
		assertNotNull(m1Kevin);
		assertSame(fixture.meeting("meeting-M1"), m1Kevin.eContainer());
		assertFalse(DecisionHistory.isRepeatedMoreInformation(m1Kevin));
		assertTrue(DecisionHistory.isRepeatedMoreInformation(m2Kevin));
		assertTrue(MeetingChecks.check(fixture.meeting("meeting-M2")).stream()
				.anyMatch(w -> w.kind() == AgendaWarning.Kind.REPEATED_MORE_INFORMATION && w.item() == m2Kevin));
	}

	@Test
	void summaryNamesLastAgreementsOpenActionsAndPartners() {
		ItemSummary summary = ItemSummary.of(fixture.caseNumbered("LV-01"), Fixture.TODAY);
		assertEquals(2, summary.lastAgreements().size());
		assertEquals(5, summary.openCount(), "agr-M1-02 and the four of M3");
		assertEquals(2, summary.overdueCount(), "agr-M1-02 (3 Feb) and agr-M3-02 (9 Mar)");
		assertTrue(summary.toLine().contains("Lindestroom"), summary.toLine());
	}

	@Test
	void contributedMeetingTypesAreOfferedAndCopiedIntoTheCasebook() {
		List<MeetingTypeDescriptor> contributed = MeetingTypes.contributed();
		assertTrue(contributed.stream().anyMatch(d -> "spoedoverleg".equals(d.key())), contributed.toString());
		List<Object> available = MeetingTypes.available(fixture.casebook());
		assertTrue(available.stream().anyMatch(o -> o instanceof MeetingTypeDescriptor d && "spoedoverleg".equals(d.key())));
		assertFalse(available.stream().anyMatch(o -> o instanceof MeetingTypeDescriptor d && "casusoverleg".equals(d.key())),
				"the casebook's own casusoverleg wins");
		MeetingTypeDescriptor urgent = contributed.stream().filter(d -> "spoedoverleg".equals(d.key())).findFirst().orElseThrow();
		MeetingType type = MeetingTypes.toMeetingType(fixture.casebook(), urgent);
		execute(MeetingTypes.addToCasebookCommand(fixture.session.getEditingDomain(), fixture.casebook(), type));
		assertSame(type, MeetingTypes.find(fixture.casebook(), "spoedoverleg"));
		assertEquals(List.of(fixture.organisation("org-zvh")), type.getRequiredParties());
	}
}
