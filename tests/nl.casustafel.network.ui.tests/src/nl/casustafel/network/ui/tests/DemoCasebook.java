/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.ui.session.Sessions;

/**
 * A casebook written to a temporary folder and made the workbench's active casebook.
 */
final class DemoCasebook implements AutoCloseable {

	private final CasebookSession session;

	private DemoCasebook(CasebookSession session) {
		this.session = session;
	}

	/** Creates the Lindeveld demo casebook in the folder and makes it active. */
	static DemoCasebook create(Path folder) throws CasebookException {
		return create(folder, DemoRegion.create());
	}

	/** Creates a casebook with the content in the folder and makes it active. */
	static DemoCasebook create(Path folder, Casebook content) throws CasebookException {
		CasebookService service = Sessions.service();
		assertNotNull(service, "the casebook service is registered");
		CasebookSession session = service.create(folder.resolve("casebook"), content);
		service.setActiveSession(session);
		NetworkPage.processEvents();
		return new DemoCasebook(session);
	}

	CasebookSession session() {
		return session;
	}

	Case caseNumbered(String caseNumber) {
		for (Case aCase : CasebookLists.resolved(session.getCasebook().getCases())) {
			if (caseNumber.equals(aCase.getCaseNumber())) {
				return aCase;
			}
		}
		throw new AssertionError("No case " + caseNumber);
	}

	@Override
	public void close() {
		NetworkPage.page().closeAllEditors(false);
		CasebookService service = Sessions.service();
		if (service.getActiveSession() == session) {
			service.setActiveSession(null);
		}
		session.close();
		NetworkPage.processEvents();
	}
}
