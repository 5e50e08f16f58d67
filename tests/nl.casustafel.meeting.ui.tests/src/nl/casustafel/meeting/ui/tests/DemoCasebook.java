/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

import java.nio.file.Path;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.Professional;

/** The Lindeveld demo casebook written to a temporary folder and made the workbench's active casebook. */
final class DemoCasebook implements AutoCloseable {

	final CasebookSession session;

	private DemoCasebook(CasebookSession session) {
		this.session = session;
	}

	static DemoCasebook create(Path folder) throws CasebookException {
		return create(folder, DemoRegion.create());
	}

	static DemoCasebook create(Path folder, Casebook content) throws CasebookException {
		CasebookService service = service();
		CasebookSession session = service.create(folder.resolve("casebook"), content);
		service.setActiveSession(session);
		Ui.settle();
		return new DemoCasebook(session);
	}

	static CasebookService service() {
		var context = FrameworkUtil.getBundle(DemoCasebook.class).getBundleContext();
		ServiceReference<CasebookService> reference = context.getServiceReference(CasebookService.class);
		if (reference == null) {
			throw new AssertionError("The casebook service is not registered");
		}
		return context.getService(reference);
	}

	Casebook casebook() {
		return session.getCasebook();
	}

	Case caseNumbered(String number) {
		return CasebookLists.resolved(casebook().getCases()).stream().filter(c -> number.equals(c.getCaseNumber())).findFirst()
				.orElseThrow();
	}

	Meeting meeting(String id) {
		return CasebookLists.resolved(casebook().getMeetings()).stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
	}

	MeetingSeries series() {
		return casebook().getMeetingSeries().stream().filter(s -> DemoRegion.SERIES_ID.equals(s.getId())).findFirst().orElseThrow();
	}

	Agreement agreement(String id) {
		return CasebookLists.resolved(casebook().getCases()).stream().flatMap(c -> c.getAgreements().stream())
				.filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
	}

	Professional professional(String id) {
		return CasebookLists.resolved(casebook().getProfessionals()).stream().filter(p -> id.equals(p.getId())).findFirst()
				.orElseThrow();
	}

	@Override
	public void close() {
		CasebookService service = service();
		if (service.getActiveSession() == session) {
			service.setActiveSession(null);
		}
		session.close();
		Ui.settle();
	}
}
