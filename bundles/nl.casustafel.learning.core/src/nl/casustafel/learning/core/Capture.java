/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.learning.core.internal.Messages;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.CaptureSpec;
import nl.casustafel.learning.model.Contribution;
import nl.casustafel.learning.model.LearningFactory;
import nl.casustafel.learning.model.LearningPackage.Literals;
import nl.casustafel.learning.model.LearningPoint;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.model.TheoryItem;

/**
 * Quick capture during a session, with the step's rules enforced: a step collects only the kinds of
 * contribution its method names (notes and parked topics are always allowed), per-participant kinds
 * need a participant, the presenter asks no questions and gives no advice on their own case, and
 * a maximum (for example three questions per participant in the clarifying step) cannot be
 * exceeded. Every change is a command on the editing domain, so it can be undone.
 *
 * @since 0.1
 */
public final class Capture {

	/** Kinds allowed in every step, whatever the method says. */
	private static final Set<CaptureKind> ALWAYS = EnumSet.of(CaptureKind.NOTE, CaptureKind.PARKED);

	/** Kinds the presenter does not contribute to their own case. */
	private static final Set<CaptureKind> NOT_BY_PRESENTER = EnumSet.of(CaptureKind.QUESTION, CaptureKind.ADVICE);

	private final LearningSession session;
	private final EditingDomain domain;
	private final InstantSource clock;

	/**
	 * @param session the session
	 * @param domain  the editing domain of its casebook
	 * @param clock   the source of the time recorded with each contribution
	 */
	public Capture(LearningSession session, EditingDomain domain, InstantSource clock) {
		this.session = session;
		this.domain = domain;
		this.clock = clock;
	}

	/**
	 * @param step a step
	 * @param kind a kind of contribution
	 * @return what the step says about capturing that kind, if it collects it
	 */
	public static Optional<CaptureSpec> spec(MethodStep step, CaptureKind kind) {
		if (step == null) {
			return Optional.empty();
		}
		return step.getCaptures().stream().filter(capture -> capture.getKind() == kind).findFirst();
	}

	/**
	 * @param step        a step of the session's method, or {@code null} for all steps
	 * @param kind        a kind, or {@code null} for all kinds
	 * @param participant a participant, or {@code null} for everybody
	 * @return the matching contributions, in the order they were captured
	 */
	public List<Contribution> contributions(MethodStep step, CaptureKind kind, Participant participant) {
		List<Contribution> found = new ArrayList<>();
		for (Contribution contribution : session.getContributions()) {
			if ((step == null || contribution.getStep() == step) && (kind == null || contribution.getKind() == kind)
					&& (participant == null || contribution.getParticipant() == participant)) {
				found.add(contribution);
			}
		}
		return found;
	}

	/**
	 * @param step        a step
	 * @param kind        a kind
	 * @param participant the participant, for kinds captured per participant
	 * @return how many more contributions of the kind the step accepts (from the participant, when
	 *         captured per participant); {@link Integer#MAX_VALUE} when there is no maximum; 0 when
	 *         the step does not collect the kind
	 */
	public int remaining(MethodStep step, CaptureKind kind, Participant participant) {
		if (ALWAYS.contains(kind)) {
			return Integer.MAX_VALUE;
		}
		Optional<CaptureSpec> spec = spec(step, kind);
		if (spec.isEmpty()) {
			return 0;
		}
		int maximum = spec.get().getMaximum();
		if (maximum <= 0) {
			return Integer.MAX_VALUE;
		}
		int used = contributions(step, kind, spec.get().isPerParticipant() ? participant : null).size();
		return Math.max(0, maximum - used);
	}

	/**
	 * Checks a contribution against the step's rules without adding it.
	 *
	 * @param step        the step
	 * @param kind        the kind
	 * @param participant the participant, or {@code null}
	 * @throws CaptureLimitException when the rules refuse it
	 */
	public void check(MethodStep step, CaptureKind kind, Participant participant) throws CaptureLimitException {
		if (ALWAYS.contains(kind)) {
			return;
		}
		Optional<CaptureSpec> spec = spec(step, kind);
		String kindLabel = kindPlural(kind);
		if (spec.isEmpty()) {
			throw new CaptureLimitException(CaptureLimitException.Reason.NOT_IN_STEP, 0,
					NLS.bind(Messages.capture_notInStep, kindLabel, Language.text(step == null ? null : step.getTitle())));
		}
		if (spec.get().isPerParticipant() && participant == null) {
			throw new CaptureLimitException(CaptureLimitException.Reason.PARTICIPANT_REQUIRED, 0,
					NLS.bind(Messages.capture_participantRequired, kindLabel));
		}
		if (participant != null && NOT_BY_PRESENTER.contains(kind) && isPresenter(participant)) {
			throw new CaptureLimitException(CaptureLimitException.Reason.PRESENTER, 0,
					NLS.bind(Messages.capture_presenter, participant.displayName(), kindLabel));
		}
		int maximum = spec.get().getMaximum();
		if (maximum > 0 && remaining(step, kind, participant) <= 0) {
			String message = spec.get().isPerParticipant()
					? NLS.bind(Messages.capture_limitParticipant,
							new Object[] { participant.displayName(), Integer.valueOf(maximum), kindLabel })
					: NLS.bind(Messages.capture_limitStep, Integer.valueOf(maximum), kindLabel);
			throw new CaptureLimitException(CaptureLimitException.Reason.LIMIT_REACHED, maximum, message);
		}
	}

	/**
	 * Adds a contribution, if the step's rules allow it.
	 *
	 * @param step        the step it belongs to
	 * @param kind        the kind (not {@link CaptureKind#LEARNING_POINT}: see
	 *                    {@link #addLearningPoint(MethodStep, Participant, String, Collection, boolean)})
	 * @param participant who contributed it, or {@code null}
	 * @param text        the text, not blank
	 * @param theory      the theory item it builds on, or {@code null}; only where the step allows
	 *                    a link to theory
	 * @return the new contribution, in the session
	 * @throws CaptureLimitException when the rules refuse it; nothing is added
	 */
	public Contribution add(MethodStep step, CaptureKind kind, Participant participant, String text, TheoryItem theory)
			throws CaptureLimitException {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("text"); //$NON-NLS-1$
		}
		if (kind == CaptureKind.LEARNING_POINT) {
			throw new IllegalArgumentException("use addLearningPoint"); //$NON-NLS-1$
		}
		check(step, kind, participant);
		if (theory != null && !spec(step, kind).map(CaptureSpec::isTheoryLink).orElse(Boolean.FALSE).booleanValue()) {
			throw new IllegalArgumentException("no theory link in this step"); //$NON-NLS-1$
		}
		Contribution contribution = LearningFactory.eINSTANCE.createContribution();
		contribution.setKind(kind);
		contribution.setStep(step);
		contribution.setParticipant(participant);
		contribution.setText(text.strip());
		contribution.setTheory(theory);
		contribution.setCreatedAt(Date.from(clock.instant()));
		execute(AddCommand.create(domain, session, Literals.LEARNING_SESSION__CONTRIBUTIONS, contribution),
				NLS.bind(Messages.command_capture, kindLabel(kind)));
		return contribution;
	}

	/**
	 * Records the presenter's answer to a question.
	 *
	 * @param question a contribution of kind {@link CaptureKind#QUESTION}
	 * @param answer   the answer, may be {@code null}
	 */
	public void setAnswer(Contribution question, String answer) {
		execute(SetCommand.create(domain, question, Literals.CONTRIBUTION__ANSWER, answer), Messages.command_answer);
	}

	/**
	 * Records the question as the presenter restates it.
	 *
	 * @param question the question
	 */
	public void setFinalQuestion(String question) {
		execute(SetCommand.create(domain, session, Literals.LEARNING_SESSION__FINAL_QUESTION, question),
				Messages.command_finalQuestion);
	}

	/**
	 * Adds a learning point; allowed in every step.
	 *
	 * @param step        the step it was drawn in, or {@code null}
	 * @param participant who drew it, or {@code null}
	 * @param text        the learning point, not blank
	 * @param tags        its tags (normalised, duplicates dropped)
	 * @param forTeam     whether it concerns the team or its way of working
	 * @return the new learning point, in the session
	 */
	public LearningPoint addLearningPoint(MethodStep step, Participant participant, String text, Collection<String> tags,
			boolean forTeam) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("text"); //$NON-NLS-1$
		}
		LearningPoint point = LearningFactory.eINSTANCE.createLearningPoint();
		point.setStep(step);
		point.setParticipant(participant);
		point.setText(text.strip());
		point.setForTeam(forTeam);
		point.getTags().addAll(LearningTags.normalise(tags));
		point.setCreatedAt(Date.from(clock.instant()));
		execute(AddCommand.create(domain, session, Literals.LEARNING_SESSION__LEARNING_POINTS, point),
				Messages.command_addLearningPoint);
		return point;
	}

	/**
	 * Removes a contribution or learning point of the session.
	 *
	 * @param item the contribution or learning point
	 */
	public void remove(EObject item) {
		execute(DeleteCommand.create(domain, item), Messages.command_remove);
	}

	/**
	 * @param participant a participant of the session
	 * @return whether that participant is the session's presenter (inbrenger)
	 */
	public boolean isPresenter(Participant participant) {
		return participant.getProfessional() != null && participant.getProfessional() == session.getInbrenger();
	}

	/**
	 * @param kind a kind of contribution
	 * @return its name in the user's language
	 */
	public static String kindLabel(CaptureKind kind) {
		return switch (kind) {
		case NOTE -> Messages.kind_note;
		case THEORY -> Messages.kind_theory;
		case FINAL_QUESTION -> Messages.kind_finalQuestion;
		case QUESTION -> Messages.kind_question;
		case ADVICE -> Messages.kind_advice;
		case ACTION -> Messages.kind_action;
		case TAKEAWAY -> Messages.kind_takeaway;
		case LEARNING_POINT -> Messages.kind_learningPoint;
		case PARKED -> Messages.kind_parked;
		};
	}

	/**
	 * @param kind a kind of contribution
	 * @return its plural name in the user's language, lower case where the language wants it
	 */
	public static String kindPlural(CaptureKind kind) {
		return switch (kind) {
		case NOTE -> Messages.kinds_note;
		case THEORY -> Messages.kinds_theory;
		case FINAL_QUESTION -> Messages.kinds_finalQuestion;
		case QUESTION -> Messages.kinds_question;
		case ADVICE -> Messages.kinds_advice;
		case ACTION -> Messages.kinds_action;
		case TAKEAWAY -> Messages.kinds_takeaway;
		case LEARNING_POINT -> Messages.kinds_learningPoint;
		case PARKED -> Messages.kinds_parked;
		};
	}

	private void execute(Command command, String label) {
		CompoundCommand labelled = new CompoundCommand(label);
		labelled.append(command);
		if (!labelled.canExecute()) {
			throw new IllegalStateException(Messages.command_notExecutable);
		}
		domain.getCommandStack().execute(labelled);
	}
}
