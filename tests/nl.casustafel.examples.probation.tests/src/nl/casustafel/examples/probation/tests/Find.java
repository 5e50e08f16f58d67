/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.tests.support.DemoCasebook;

/**
 * Objects of the demo casebook by their readable ids (see {@code DemoRegion}).
 */
final class Find {

	private Find() {
	}

	static Meeting meeting(DemoCasebook book, String id) {
		return CasebookLists.resolved(book.session().getCasebook().getMeetings()).stream().filter(m -> id.equals(m.getId()))
				.findFirst().orElseThrow(() -> new AssertionError("meeting " + id));
	}

	static Organisation organisation(DemoCasebook book, String id) {
		return CasebookLists.resolved(book.session().getCasebook().getOrganisations()).stream()
				.filter(o -> id.equals(o.getId())).findFirst().orElseThrow(() -> new AssertionError("organisation " + id));
	}
}
