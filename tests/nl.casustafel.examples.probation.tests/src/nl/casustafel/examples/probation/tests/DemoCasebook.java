/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import java.nio.file.Path;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;

/**
 * The fictional Lindeveld demo casebook written to a temporary folder and made the workbench's
 * active casebook; closing it makes the casebook active again that was active before.
 */
final class DemoCasebook implements AutoCloseable {

	final CasebookSession session;

	private final CasebookSession previous;

	private DemoCasebook(CasebookSession session, CasebookSession previous) {
		this.session = session;
		this.previous = previous;
	}

	static DemoCasebook create(Path folder) throws CasebookException {
		CasebookService service = Services.casebooks();
		CasebookSession previous = service.getActiveSession();
		CasebookSession session = service.create(folder.resolve("casebook"), DemoRegion.create());
		service.setActiveSession(session);
		Ui.processEvents();
		return new DemoCasebook(session, previous);
	}

	Casebook casebook() {
		return session.getCasebook();
	}

	Case caseNumbered(String number) {
		return CasebookLists.resolved(casebook().getCases()).stream().filter(c -> number.equals(c.getCaseNumber()))
				.findFirst().orElseThrow(() -> new AssertionError("case " + number));
	}

	Meeting meeting(String id) {
		return CasebookLists.resolved(casebook().getMeetings()).stream().filter(m -> id.equals(m.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("meeting " + id));
	}

	Organisation organisation(String id) {
		return CasebookLists.resolved(casebook().getOrganisations()).stream().filter(o -> id.equals(o.getId()))
				.findFirst().orElseThrow(() -> new AssertionError("organisation " + id));
	}

	@Override
	public void close() {
		CasebookService service = Services.casebooks();
		if (service.getActiveSession() == session) {
			service.setActiveSession(previous != null && !previous.isClosed() ? previous : null);
		}
		session.close();
		Ui.processEvents();
	}
}
