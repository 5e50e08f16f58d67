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
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.ui.session.Sessions;

/**
 * The fictional Lindeveld demo casebook (or other fictional content) written to a (temporary)
 * folder and made the workbench's active casebook, as a chair would have it after opening it. Close
 * it after the test.
 */
public final class DemoCasebook implements AutoCloseable {

	private final Path folder;

	private CasebookSession session;

	private DemoCasebook(Path folder, CasebookSession session) {
		this.folder = folder;
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
		return create(folder, DemoRegion.create());
	}

	/**
	 * Creates a casebook with the content in {@code folder/casebook} and makes it active.
	 *
	 * @param folder  a folder of the test, e.g. a JUnit {@code @TempDir}
	 * @param content the casebook to write (fictional), e.g. a larger generated region
	 * @return the open casebook
	 * @throws CasebookException when it cannot be written
	 */
	public static DemoCasebook create(Path folder, Casebook content) throws CasebookException {
		Path casebook = folder.resolve("casebook"); //$NON-NLS-1$
		CasebookService service = service();
		CasebookSession session = service.create(casebook, content);
		service.setActiveSession(session);
		Workbench.processEvents();
		return new DemoCasebook(casebook, session);
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
	 * @return the session (a new one after {@link #reopen()})
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
	 * Simulates a restart: closes the session (unsaved changes are lost) and opens the folder again,
	 * read-write, as the active casebook.
	 *
	 * @throws CasebookException when the folder cannot be opened
	 */
	public void reopen() throws CasebookException {
		session.close();
		Workbench.processEvents();
		CasebookService service = service();
		session = service.open(folder, OpenMode.READ_WRITE);
		service.setActiveSession(session);
		Workbench.processEvents();
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
