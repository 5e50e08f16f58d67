/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.tests.support;

import java.nio.file.Path;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Case;
import nl.casustafel.ui.session.Sessions;

/**
 * The fictional Lindeveld demo casebook written to a (temporary) folder and made the workbench's
 * active casebook, as a chair would have it after opening it. Close it after the test.
 */
public final class DemoCasebook implements AutoCloseable {

	private final CasebookSession session;

	private DemoCasebook(CasebookSession session) {
		this.session = session;
	}

	/**
	 * Creates the demo casebook in {@code folder/casebook} and makes it active.
	 *
	 * @param folder a folder of the test, e.g. a JUnit {@code @TempDir}
	 * @return the open demo casebook
	 * @throws CasebookException when it cannot be written
	 */
	public static DemoCasebook create(Path folder) throws CasebookException {
		CasebookService service = service();
		CasebookSession session = service.create(folder.resolve("casebook"), DemoRegion.create()); //$NON-NLS-1$
		service.setActiveSession(session);
		Workbench.processEvents();
		return new DemoCasebook(session);
	}

	/**
	 * @return the workbench's casebook service; fails when it is not registered
	 */
	public static CasebookService service() {
		CasebookService service = Sessions.service();
		if (service == null) {
			throw new AssertionError("the casebook service is not registered"); //$NON-NLS-1$
		}
		return service;
	}

	/**
	 * @return the session
	 */
	public CasebookSession session() {
		return session;
	}

	/**
	 * @param caseNumber a case number, e.g. {@code LV-01}
	 * @return that case in the session's current model; fails when there is none
	 */
	public Case caseNumbered(String caseNumber) {
		for (Case aCase : CasebookLists.resolved(session.getCasebook().getCases())) {
			if (caseNumber.equals(aCase.getCaseNumber())) {
				return aCase;
			}
		}
		throw new AssertionError("No case " + caseNumber); //$NON-NLS-1$
	}

	/**
	 * Closes all editors and the session, discarding unsaved changes.
	 */
	@Override
	public void close() {
		Workbench.page().closeAllEditors(false);
		if (service().getActiveSession() == session) {
			service().setActiveSession(null);
		}
		session.close();
		Workbench.processEvents();
	}
}
