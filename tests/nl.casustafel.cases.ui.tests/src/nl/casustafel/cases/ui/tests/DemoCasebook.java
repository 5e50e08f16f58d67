/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.ui.session.Sessions;

/**
 * The Lindeveld demo casebook written to a temporary folder and made the workbench's active
 * casebook, as a chair would have it after opening it.
 */
final class DemoCasebook implements AutoCloseable {

	private final Path folder;

	private CasebookSession session;

	private DemoCasebook(Path folder, CasebookSession session) {
		this.folder = folder;
		this.session = session;
	}

	/**
	 * Creates the demo casebook in the folder and makes it active.
	 */
	static DemoCasebook create(Path folder) throws CasebookException {
		return create(folder, DemoRegion.create());
	}

	/**
	 * Creates a casebook with the content in the folder and makes it active.
	 */
	static DemoCasebook create(Path folder, Casebook content) throws CasebookException {
		CasebookService service = service();
		CasebookSession session = service.create(folder.resolve("casebook"), content);
		service.setActiveSession(session);
		Ui.processEvents();
		return new DemoCasebook(folder.resolve("casebook"), session);
	}

	static CasebookService service() {
		CasebookService service = Sessions.service();
		assertNotNull(service, "the casebook service is registered");
		return service;
	}

	CasebookSession session() {
		return session;
	}

	/**
	 * @return the case with that number in the session's current model
	 */
	Case caseNumbered(String caseNumber) {
		for (Case aCase : CasebookLists.resolved(session.getCasebook().getCases())) {
			if (caseNumber.equals(aCase.getCaseNumber())) {
				return aCase;
			}
		}
		throw new AssertionError("No case " + caseNumber);
	}

	/**
	 * Simulates a restart: closes the session and opens the folder again as the active casebook.
	 */
	void reopen() throws CasebookException {
		session.close();
		Ui.processEvents();
		CasebookService service = service();
		session = service.open(folder, OpenMode.READ_WRITE);
		service.setActiveSession(session);
		Ui.processEvents();
	}

	@Override
	public void close() {
		Ui.page().closeAllEditors(false);
		if (service().getActiveSession() == session) {
			service().setActiveSession(null);
		}
		session.close();
		Ui.processEvents();
	}
}
