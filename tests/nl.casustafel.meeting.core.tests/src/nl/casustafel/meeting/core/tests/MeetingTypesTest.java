/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.meeting.core.MeetingTypeDescriptor;
import nl.casustafel.meeting.core.MeetingTypes;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.MeetingType;

/** Meeting types as the casebook's own data: new, copied, checked, removed only when unused. */
class MeetingTypesTest {

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	@TempDir
	Path folder;

	private Fixture fixture;
	private EditingDomain domain;
	private CommandStack stack;

	@BeforeEach
	void open() throws Exception {
		fixture = new Fixture(folder);
		domain = fixture.session.getEditingDomain();
		stack = domain.getCommandStack();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private MeetingType type(String key) {
		return MeetingTypes.find(fixture.casebook(), key);
	}

	private List<String> problems(MeetingType type) {
		return MeetingTypes.problems(fixture.casebook(), type).stream().map(MeetingTypes.Problem::message).toList();
	}

	@Test
	void aNewTypeHasUsableDefaultsAndAKeyOfItsOwn() {
		MeetingType first = MeetingTypes.newMeetingType(fixture.casebook());
		stack.execute(MeetingTypes.addToCasebookCommand(domain, fixture.casebook(), first));
		MeetingType second = MeetingTypes.newMeetingType(fixture.casebook());
		assertEquals("Nieuwe soort overleg", first.getName());
		assertEquals("nieuwe-soort-overleg", first.getKey());
		assertEquals("Nieuwe soort overleg 2", second.getName());
		assertEquals("nieuwe-soort-overleg-2", second.getKey());
		assertEquals(60, first.getDefaultDurationMinutes());
		assertEquals(10, first.getDefaultTimeboxMinutes());
		assertEquals(MeetingTypeDescriptor.DEFAULT_MAX_CASES_PER_HOUR, first.getMaxCasesPerHour());
		assertTrue(problems(first).isEmpty(), problems(first).toString());
		assertNotEquals(null, first.getId(), "the casebook gives it an id");
	}

	@Test
	void keysAreMadeFromNamesAndACopyGetsAKeyOfItsOwn() {
		assertEquals("focusoverleg-jeugd-gezin", MeetingTypes.keyOf("Focusoverleg jeugd & gezin"));
		assertEquals("overleg-cafe", MeetingTypes.keyOf("Overleg caf\u00e9"));
		assertEquals("overleg", MeetingTypes.keyOf("  "));
		stack.execute(SetCommand.create(domain, type("regieteam"), P.getMeetingType_Name(), "Spoedoverleg"));
		MeetingType copy = MeetingTypes.duplicate(fixture.casebook(), type("regieteam"));
		assertEquals("Spoedoverleg (kopie)", copy.getName());
		assertEquals("regieteam-kopie", copy.getKey());
	}

	@Test
	void aCopyKeepsTheDefaultsDescriptionAndRequiredParties() {
		MeetingType original = type("casusoverleg");
		stack.execute(SetCommand.create(domain, original, P.getMeetingType_Description(), "Vast overleg van de ketenpartners."));
		MeetingType copy = MeetingTypes.duplicate(fixture.casebook(), original);
		stack.execute(MeetingTypes.addToCasebookCommand(domain, fixture.casebook(), copy));
		assertEquals("Casusoverleg (kopie)", copy.getName());
		assertEquals("casusoverleg-kopie", copy.getKey());
		assertEquals("Vast overleg van de ketenpartners.", copy.getDescription());
		assertEquals(original.getRequiredParties(), copy.getRequiredParties());
		assertEquals(original.getMaxCasesPerHour(), copy.getMaxCasesPerHour());
		assertNotEquals(original.getId(), copy.getId());
	}

	@Test
	void emptyNamesTakenKeysAndNonPositiveNumbersAreProblems() {
		MeetingType regieteam = type("regieteam");
		assertTrue(problems(regieteam).isEmpty());
		stack.execute(SetCommand.create(domain, regieteam, P.getMeetingType_Name(), " "));
		stack.execute(SetCommand.create(domain, regieteam, P.getMeetingType_Key(), "casusoverleg"));
		stack.execute(SetCommand.create(domain, regieteam, P.getMeetingType_DefaultDurationMinutes(), Integer.valueOf(0)));
		stack.execute(SetCommand.create(domain, regieteam, P.getMeetingType_DefaultTimeboxMinutes(), Integer.valueOf(-5)));
		stack.execute(SetCommand.create(domain, regieteam, P.getMeetingType_MaxCasesPerHour(), Integer.valueOf(0)));
		assertEquals(List.of("Geef de soort overleg een naam.",
				"De sleutel 'casusoverleg' hoort al bij 'Casusoverleg'; elke soort overleg heeft een eigen sleutel nodig.",
				"De standaardduur moet meer dan 0 minuten zijn.", "Het tijdvak per casus moet meer dan 0 minuten zijn.",
				"Het aantal casussen per uur moet meer dan 0 zijn."), problems(regieteam));
		assertEquals(List.of(P.getMeetingType_Name(), P.getMeetingType_Key(), P.getMeetingType_DefaultDurationMinutes(),
				P.getMeetingType_DefaultTimeboxMinutes(), P.getMeetingType_MaxCasesPerHour()),
				MeetingTypes.problems(fixture.casebook(), regieteam).stream().map(MeetingTypes.Problem::feature).toList());
		stack.execute(SetCommand.create(domain, regieteam, P.getMeetingType_Key(), null));
		assertTrue(problems(regieteam).get(1).startsWith("Geef de soort overleg een sleutel"), problems(regieteam).toString());
	}

	@Test
	void aTypeInUseCannotBeRemovedAnUnusedOneCanWithUndo() {
		MeetingType casusoverleg = type("casusoverleg");
		assertTrue(MeetingTypes.isInUse(fixture.casebook(), casusoverleg));
		assertEquals(2, MeetingTypes.meetingsOf(fixture.casebook(), casusoverleg).size(), "M1 and M2");
		assertEquals(List.of(fixture.series()), MeetingTypes.seriesOf(fixture.casebook(), casusoverleg));
		assertFalse(MeetingTypes.removeCommand(domain, fixture.casebook(), casusoverleg).canExecute());

		MeetingType regieteam = type("regieteam");
		assertFalse(MeetingTypes.isInUse(fixture.casebook(), regieteam));
		stack.execute(MeetingTypes.removeCommand(domain, fixture.casebook(), regieteam));
		assertNull(type("regieteam"));
		stack.undo();
		assertSame(regieteam, type("regieteam"));
	}

	@Test
	void aContributedTypeCopiedIntoTheCasebookKeepsItsDescription() {
		MeetingTypeDescriptor urgent = MeetingTypes.contributed().stream().filter(d -> "spoedoverleg".equals(d.key())).findFirst()
				.orElseThrow();
		MeetingType copy = MeetingTypes.toMeetingType(fixture.casebook(), urgent);
		assertFalse(urgent.description().isEmpty());
		assertEquals(urgent.description(), copy.getDescription());
	}
}
