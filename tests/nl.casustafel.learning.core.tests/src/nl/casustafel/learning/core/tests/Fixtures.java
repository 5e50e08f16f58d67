/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.core.demo.LearningDemo;
import nl.casustafel.learning.model.LearningFactory;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Professional;

/** Casebooks and sessions for the tests. */
final class Fixtures {

	static final Instant START = Instant.parse("2026-03-03T12:30:00Z");

	private Fixtures() {
	}

	/** The demo region (with whatever demo contributors add) as a new casebook in the folder. */
	static CasebookSession demoCasebook(Path folder) throws CasebookException {
		return CasebookServices.newService().create(folder.resolve("casebook"), DemoRegion.create());
	}

	/**
	 * A new casusleerbijeenkomst in the casebook (added by command): chair Anouk Peters, presenter
	 * Eva Koster, participants Eva, Gerda, Youssef and Mark.
	 */
	static LearningSession newSession(CasebookSession casebook) {
		Casebook book = casebook.getCasebook();
		LearningSession session = LearningSessions.newSession(
				LearningDemo.builtInMethod(LearningMethods.CASUSLEERBIJEENKOMST), "Testbijeenkomst", Date.from(START));
		session.setChair(professional(book, "anouk-peters"));
		session.setInbrenger(professional(book, "eva-koster"));
		for (String slug : new String[] { "eva-koster", "gerda-smit", "youssef-amrani", "mark-de-boer" }) {
			Participant participant = LearningFactory.eINSTANCE.createParticipant();
			participant.setProfessional(professional(book, slug));
			session.getParticipants().add(participant);
		}
		casebook.getEditingDomain().getCommandStack()
				.execute(LearningSessions.addSession(casebook.getEditingDomain(), book, session));
		return session;
	}

	static Professional professional(Casebook casebook, String slug) {
		for (Professional professional : casebook.getProfessionals()) {
			if (("prof-" + slug).equals(professional.getId())) {
				return professional;
			}
		}
		throw new AssertionError("no professional " + slug);
	}

	static Participant participant(LearningSession session, String slug) {
		for (Participant participant : session.getParticipants()) {
			if (participant.getProfessional() != null && ("prof-" + slug).equals(participant.getProfessional().getId())) {
				return participant;
			}
		}
		throw new AssertionError("no participant " + slug);
	}

	static LearningSession demoSession(Casebook casebook, String id) {
		for (LearningSession session : LearningSessions.sessions(casebook)) {
			if (id.equals(session.getId())) {
				return session;
			}
		}
		throw new AssertionError("no demo session " + id);
	}
}
