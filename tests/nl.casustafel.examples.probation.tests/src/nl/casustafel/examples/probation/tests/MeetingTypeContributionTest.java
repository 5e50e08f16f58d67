/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.meeting.core.MeetingTypeDescriptor;
import nl.casustafel.meeting.core.MeetingTypes;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Organisation;

/**
 * The three-way talk is offered as a meeting type, in Dutch, with probation as a required party
 * that resolves to the casebook's probation service.
 */
class MeetingTypeContributionTest {

	private static MeetingTypeDescriptor driegesprek() {
		return MeetingTypes.contributed().stream().filter(d -> ExampleIds.MEETING_TYPE.equals(d.key())).findFirst()
				.orElseThrow(() -> new AssertionError(ExampleIds.MEETING_TYPE + " not among "
						+ MeetingTypes.contributed().stream().map(MeetingTypeDescriptor::key).toList()));
	}

	@Test
	void theMeetingTypeIsContributedWithItsDefaults() {
		MeetingTypeDescriptor type = driegesprek();
		assertEquals(ExampleIds.BUNDLE, type.contributor());
		assertEquals("Driegesprek reclassering", type.name());
		assertTrue(type.description().startsWith("De persoon, de toezichthouder"), type.description());
		assertEquals(45, type.defaultDurationMinutes());
		assertEquals(40, type.defaultTimeboxMinutes());
		assertEquals(1, type.maxCasesPerHour());
		assertEquals(List.of("probation"), type.requiredPartyTypes());
	}

	@Test
	void aCasebookOffersItAndMakesItsProbationServiceARequiredParty() {
		Casebook casebook = DemoRegion.create();
		assertTrue(MeetingTypes.available(casebook).contains(driegesprek()));
		MeetingType type = MeetingTypes.toMeetingType(casebook, driegesprek());
		assertEquals(ExampleIds.MEETING_TYPE, type.getKey());
		assertEquals(List.of("Reclassering unit Lindeveld"), type.getRequiredParties().stream().map(Organisation::getName).toList());
	}
}
