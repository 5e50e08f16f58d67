/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.Professional;
import nl.casustafel.tests.support.DemoCasebook;

/**
 * Objects of the demo casebook by their readable ids (see {@code DemoRegion}).
 */
final class Find {

	private Find() {
	}

	static Meeting meeting(DemoCasebook demo, String id) {
		return CasebookLists.resolved(casebook(demo).getMeetings()).stream().filter(m -> id.equals(m.getId())).findFirst()
				.orElseThrow();
	}

	/** @return the demo region's casusoverleg series */
	static MeetingSeries series(DemoCasebook demo) {
		return casebook(demo).getMeetingSeries().stream().filter(s -> DemoRegion.SERIES_ID.equals(s.getId())).findFirst()
				.orElseThrow();
	}

	static Agreement agreement(DemoCasebook demo, String id) {
		return CasebookLists.resolved(casebook(demo).getCases()).stream().flatMap(c -> c.getAgreements().stream())
				.filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
	}

	static Professional professional(DemoCasebook demo, String id) {
		return CasebookLists.resolved(casebook(demo).getProfessionals()).stream().filter(p -> id.equals(p.getId())).findFirst()
				.orElseThrow();
	}

	private static Casebook casebook(DemoCasebook demo) {
		return demo.session().getCasebook();
	}
}
