/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.model.LearningFactory;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.ui.internal.Casebooks;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Professional;

/**
 * The Lindeveld demo casebook (with its learning sessions) in a temporary folder, made the
 * workbench's active casebook; the casebook that was active before comes back on close.
 */
final class LearningCasebook implements AutoCloseable {

	private final CasebookService service;
	private final CasebookSession previous;
	private final CasebookSession session;

	LearningCasebook(Path folder) throws CasebookException {
		service = Casebooks.service();
		assertNotNull(service, "casebook service");
		previous = service.getActiveSession();
		session = service.create(folder.resolve("casebook"), DemoRegion.create());
		service.setActiveSession(session);
		Ui.processEvents();
	}

	CasebookSession session() {
		return session;
	}

	Casebook casebook() {
		return session.getCasebook();
	}

	/** A new casusleerbijeenkomst: chair Anouk Peters, presenter Eva Koster, four participants. */
	LearningSession newSession(String title, Instant when) {
		LearningSession learning = LearningSessions.newSession(
				LearningMethods.getDefault().find(LearningMethods.CASUSLEERBIJEENKOMST).orElseThrow(), title, Date.from(when));
		learning.setChair(professional("anouk-peters"));
		learning.setInbrenger(professional("eva-koster"));
		for (String slug : new String[] { "eva-koster", "gerda-smit", "youssef-amrani", "mark-de-boer" }) {
			Participant participant = LearningFactory.eINSTANCE.createParticipant();
			participant.setProfessional(professional(slug));
			learning.getParticipants().add(participant);
		}
		learning.getTheoryItems().add(LearningSessions.theoryItems(casebook()).stream()
				.filter(item -> "Motiverende gespreksvoering".equals(item.getTitle())).findFirst().orElseThrow());
		Casebooks.execute(LearningSessions.addSession(session.getEditingDomain(), casebook(), learning));
		Ui.processEvents();
		return learning;
	}

	Professional professional(String slug) {
		return casebook().getProfessionals().stream().filter(p -> ("prof-" + slug).equals(p.getId())).findFirst()
				.orElseThrow();
	}

	LearningSession session(String id) {
		return LearningSessions.sessions(casebook()).stream().filter(s -> id.equals(s.getId())).findFirst().orElseThrow();
	}

	@Override
	public void close() {
		Ui.page().closeAllEditors(false);
		service.setActiveSession(previous != null && !previous.isClosed() ? previous : null);
		session.close();
		Ui.processEvents();
	}
}
