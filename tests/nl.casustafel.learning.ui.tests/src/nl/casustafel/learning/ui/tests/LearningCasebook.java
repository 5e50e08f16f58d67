/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.model.LearningFactory;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.ui.internal.Casebooks;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Professional;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * The Lindeveld {@link DemoCasebook} (with its learning sessions) in a temporary folder, made the
 * workbench's active casebook; the casebook that was active before comes back on close.
 */
final class LearningCasebook implements AutoCloseable {

	private final CasebookService service;
	private final CasebookSession previous;
	private final DemoCasebook demo;

	LearningCasebook(Path folder) throws CasebookException {
		service = DemoCasebook.service();
		previous = service.getActiveSession();
		demo = DemoCasebook.create(folder);
	}

	CasebookSession session() {
		return demo.session();
	}

	Casebook casebook() {
		return session().getCasebook();
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
		Casebooks.execute(LearningSessions.addSession(session().getEditingDomain(), casebook(), learning));
		Workbench.processEvents();
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
		Workbench.page().closeAllEditors(false);
		service.setActiveSession(previous != null && !previous.isClosed() ? previous : null);
		demo.close();
	}
}
