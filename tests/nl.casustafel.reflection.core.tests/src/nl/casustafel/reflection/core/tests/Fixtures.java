/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Date;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Person;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.core.QuestionSets;
import nl.casustafel.reflection.core.QuestionSets.ReadResult;

/**
 * A small fictional casebook (region Lindeveld) and access to the registry service.
 */
final class Fixtures {

	static final String TEST_PLUGIN = "nl.casustafel.reflection.core.tests";

	static final String CORE_PLUGIN = "nl.casustafel.reflection.core";

	private Fixtures() {
	}

	/**
	 * @return a casebook with one person, one case (with an agreement) and one meeting whose only
	 *         agenda item is about the case
	 */
	static Casebook casebook() {
		CasebookFactory f = CasebookFactory.eINSTANCE;
		Casebook book = f.createCasebook();
		book.setName("Lindeveld (test)");
		book.setRegion("Lindeveld");
		Person person = f.createPerson();
		person.setId("person-1");
		person.setPseudonym("Noordwind");
		book.getSubjects().add(person);
		Case aCase = f.createCase();
		aCase.setId("case-1");
		aCase.setCaseNumber("LV-2026-001");
		aCase.setSubject(person);
		Agreement agreement = f.createAgreement();
		agreement.setId("agreement-1");
		agreement.setDescription("Huisbezoek plannen");
		aCase.getAgreements().add(agreement);
		book.getCases().add(aCase);
		Meeting meeting = f.createMeeting();
		meeting.setId("meeting-1");
		meeting.setTitle("Casusoverleg Lindeveld");
		meeting.setDate(new Date());
		AgendaItem item = f.createAgendaItem();
		item.setId("item-1");
		item.setKind(AgendaItemKind.CASE);
		item.setTitle("LV-2026-001");
		item.setCase(aCase);
		meeting.getItems().add(item);
		book.getMeetings().add(meeting);
		return book;
	}

	static QuestionSetRegistry registry() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(QuestionSetRegistry.class);
		assertNotNull(bundle, "running in OSGi");
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		BundleContext context = bundle.getBundleContext();
		ServiceTracker<QuestionSetRegistry, QuestionSetRegistry> tracker = new ServiceTracker<>(context,
				QuestionSetRegistry.class, null);
		tracker.open();
		QuestionSetRegistry registry = tracker.waitForService(10_000);
		assertNotNull(registry, "the QuestionSetRegistry component is registered");
		return registry;
	}

	/** Reads a file of a plugin directly. */
	static ReadResult read(String pluginId, String path) throws IOException {
		Bundle bundle = org.eclipse.core.runtime.Platform.getBundle(pluginId);
		URL url = bundle.getEntry(path);
		assertNotNull(url, path + " in " + pluginId);
		try (InputStream in = url.openStream()) {
			return QuestionSets.read(in, pluginId, path);
		}
	}
}
