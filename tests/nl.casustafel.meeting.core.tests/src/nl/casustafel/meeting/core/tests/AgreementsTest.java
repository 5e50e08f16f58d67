/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.meeting.core.AgendaPlanner;
import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.AgreementType;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.NonCompletionReason;

class AgreementsTest {

	@TempDir
	Path folder;

	private Fixture fixture;
	private EditingDomain domain;

	@BeforeEach
	void open() throws Exception {
		fixture = new Fixture(folder);
		domain = fixture.session.getEditingDomain();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private Agreement agreement(String id) {
		return fixture.casebook().getCases().stream().flatMap(c -> c.getAgreements().stream()).filter(a -> id.equals(a.getId()))
				.findFirst().orElseThrow();
	}

	@Test
	void filtersByOrganisationOwnerStatusAndOverdue() {
		List<Agreement> overdue = Agreements.find(fixture.casebook(),
				new Agreements.Filter(null, null, Set.of(), true, Fixture.TODAY));
		assertTrue(overdue.stream().allMatch(a -> Agreements.isOverdue(a, Fixture.TODAY)));
		assertTrue(overdue.contains(agreement("agr-M1-02")));
		List<Agreement> police = Agreements.find(fixture.casebook(),
				new Agreements.Filter(fixture.organisation("org-politie"), null, Set.of(AgreementStatus.OPEN), false, Fixture.TODAY));
		assertEquals(List.of(agreement("agr-M1-02")), police);
		List<Agreement> bas = Agreements.find(fixture.casebook(),
				new Agreements.Filter(null, fixture.professional("prof-bas-hendriks"), Set.of(), false, Fixture.TODAY));
		assertEquals(Set.of(agreement("agr-M1-10"), agreement("agr-M2-03")), Set.copyOf(bas));
	}

	@Test
	void notDoneRequiresAReason() {
		Agreement a = agreement("agr-M1-04");
		assertThrows(IllegalArgumentException.class,
				() -> Agreements.setStatusCommand(domain, a, AgreementStatus.NOT_DONE, NonCompletionReason.NONE, Fixture.TODAY));
		domain.getCommandStack().execute(
				Agreements.setStatusCommand(domain, a, AgreementStatus.NOT_DONE, NonCompletionReason.NOT_CARRIED_OUT, Fixture.TODAY));
		assertEquals(AgreementStatus.NOT_DONE, a.getStatus());
		assertEquals(NonCompletionReason.NOT_CARRIED_OUT, a.getNonCompletionReason());
		domain.getCommandStack().undo();
		assertEquals(AgreementStatus.OPEN, a.getStatus());
		domain.getCommandStack().execute(Agreements.setStatusCommand(domain, a, AgreementStatus.DONE, null, Fixture.TODAY));
		assertEquals(Fixture.TODAY, Dates.toLocalDate(a.getCompletedOn()));
	}

	@Test
	void capturedAgreementsBelongToTheCaseTheMeetingAndTheItem() {
		Meeting meeting = AgendaPlanner.nextMeeting(fixture.casebook(), fixture.series(), Fixture.TODAY.atTime(10, 0));
		domain.getCommandStack().execute(AgendaPlanner.addMeetingCommand(domain, fixture.casebook(), meeting, fixture.series()));
		AgendaItem item = AgendaPlanner.newCaseItem(meeting, fixture.caseNumbered("LV-08"), "ISD loopt af", "Staat alles klaar?");
		domain.getCommandStack().execute(AgendaPlanner.addItemCommand(domain, meeting, item, 0));
		Command capture = Agreements.captureCommand(domain, item, "Woonplek regelen", fixture.professional("prof-fatma-yilmaz"),
				null, LocalDate.of(2026, 4, 7), AgreementType.INTERVENTION, Fixture.TODAY);
		domain.getCommandStack().execute(capture);
		Agreement captured = (Agreement) capture.getResult().iterator().next();
		assertSame(item.getCase(), captured.eContainer());
		assertSame(meeting, captured.getSourceMeeting());
		assertSame(fixture.organisation("org-gemeente-lindeveld"), captured.getOrganisation());
		assertEquals(List.of(captured), item.getAgreements());
		assertEquals(List.of(captured), Agreements.dealtWith(item));

		Agreement carried = meeting.getItems().get(1).getAgreements().get(0);
		assertFalse(Agreements.isConfirmedFor(carried, meeting), "confirmed for the previous meeting only");
		domain.getCommandStack().execute(Agreements.confirmStillValidCommand(domain, carried, Fixture.TODAY));
		assertTrue(Agreements.isConfirmedFor(carried, meeting));
	}

	@Test
	void datesParseAsUsersTypeThem() {
		LocalDate base = LocalDate.of(2026, 3, 10);
		assertEquals(LocalDate.of(2026, 3, 24), Dates.parse("+2w", base));
		assertEquals(LocalDate.of(2026, 3, 17), Dates.parse("+7", base));
		assertEquals(LocalDate.of(2026, 4, 10), Dates.parse("+1m", base));
		assertEquals(LocalDate.of(2026, 4, 7), Dates.parse("7-4-2026", base));
		assertEquals(LocalDate.of(2026, 4, 7), Dates.parse("07-04-26", base));
		assertEquals(LocalDate.of(2026, 4, 7), Dates.parse("7-4", base));
		assertEquals(LocalDate.of(2026, 4, 7), Dates.parse("2026-04-07", base));
		assertNull(Dates.parse("morgen", base));
	}
}
