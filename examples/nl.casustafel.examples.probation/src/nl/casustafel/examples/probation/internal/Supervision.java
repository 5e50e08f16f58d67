/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.vocabulary.Vocabularies;
import nl.casustafel.core.vocabulary.Vocabulary;
import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.TimelineEvent;

/**
 * What probation has to do with one case, derived from the case's data alone: the probation
 * services involved and in which role, whether one of them supervises the person, the judicial
 * frame, the agreements probation owns and the events of this plug-in's kinds on the timeline.
 * Shared by the view and the case editor section.
 *
 * @param involvements the involvements of probation services, in the case's order
 * @param supervisor   the involvement in the role of supervision, or {@code null}
 * @param judicialFrame the case's judicial frame, empty when not recorded
 * @param open         the open agreements of probation, due first
 * @param overdue      how many of them are overdue
 * @param done         how many of probation's agreements are done
 * @param events       the events of this plug-in's kinds, latest first
 */
public record Supervision(List<Involvement> involvements, Involvement supervisor, String judicialFrame,
		List<Agreement> open, int overdue, int done, List<TimelineEvent> events) {

	/** Whether probation supervises, is otherwise involved, or not at all. */
	public enum Status {
		/** A probation service supervises the person. */
		SUPERVISION,
		/** A probation service is involved in another role (advice, case direction, ...). */
		INVOLVED,
		/** No probation service is involved. */
		NONE
	}

	/**
	 * @param aCase a case
	 * @param today the day that decides which agreements are overdue
	 * @return what probation has to do with it
	 */
	public static Supervision of(Case aCase, LocalDate today) {
		List<Involvement> involvements = new ArrayList<>();
		Involvement supervisor = null;
		for (Involvement involvement : aCase.getInvolvements()) {
			if (Probation.isProbation(organisationOf(involvement))) {
				involvements.add(involvement);
				if (supervisor == null && Probation.SUPERVISION_ROLE.equals(involvement.getRole())) {
					supervisor = involvement;
				}
			}
		}
		List<Agreement> open = new ArrayList<>();
		int overdue = 0;
		int done = 0;
		for (Agreement agreement : aCase.getAgreements()) {
			if (!Probation.ownedByProbation(agreement)) {
				continue;
			}
			if (agreement.getStatus() == AgreementStatus.OPEN) {
				open.add(agreement);
				if (Agreements.isOverdue(agreement, today)) {
					overdue++;
				}
			} else if (agreement.getStatus() == AgreementStatus.DONE) {
				done++;
			}
		}
		open.sort(Comparator.comparing(Agreement::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
		List<TimelineEvent> events = new ArrayList<>();
		for (TimelineEvent event : aCase.getTimeline()) {
			if (Probation.EVENT_KINDS.contains(event.getKind())) {
				events.add(event);
			}
		}
		events.sort(Comparator.comparing(TimelineEvent::getDate, Comparator.nullsLast(Comparator.<Date>naturalOrder()))
				.reversed());
		String frame = aCase.getJudicialFrame() == null ? "" : aCase.getJudicialFrame().strip(); //$NON-NLS-1$
		return new Supervision(List.copyOf(involvements), supervisor, frame, List.copyOf(open), overdue, done,
				List.copyOf(events));
	}

	/**
	 * @return whether probation supervises, is otherwise involved, or not at all
	 */
	public Status status() {
		return supervisor != null ? Status.SUPERVISION : involvements.isEmpty() ? Status.NONE : Status.INVOLVED;
	}

	/**
	 * @return how many breaches of conditions are recorded
	 */
	public long breaches() {
		return events.stream().filter(e -> Probation.EVENT_BREACH.equals(e.getKind())).count();
	}

	/**
	 * @return the latest three-way talk recorded, or {@code null}
	 */
	public TimelineEvent lastThreeWayTalk() {
		return events.stream().filter(e -> Probation.EVENT_THREE_WAY_TALK.equals(e.getKind())).findFirst().orElse(null);
	}

	/**
	 * @return one line for users, e.g. "Toezicht door Mark de Boer (Reclassering), sinds 01-06-2025"
	 */
	public String statusText() {
		return switch (status()) {
		case SUPERVISION -> supervisor.getSince() == null ? NLS.bind(Messages.status_supervisionUndated, who(supervisor))
				: NLS.bind(Messages.status_supervision, who(supervisor), Dates.formatShort(supervisor.getSince()));
		case INVOLVED -> NLS.bind(Messages.status_involved, who(involvements.get(0)), roleLabel(involvements.get(0).getRole()));
		case NONE -> Messages.status_none;
		};
	}

	/**
	 * @return e.g. "2 open, 1 te laat, 3 afgerond"
	 */
	public String agreementCounts() {
		return NLS.bind(Messages.agreements_counts,
				new Object[] { Integer.valueOf(open.size()), Integer.valueOf(overdue), Integer.valueOf(done) });
	}

	/**
	 * @param involvement an involvement
	 * @return "professional (organisation)", or the organisation
	 */
	public static String who(Involvement involvement) {
		String organisation = Labels.of(organisationOf(involvement));
		String professional = Labels.of(involvement.getProfessional());
		return professional.isEmpty() ? organisation : professional + " (" + organisation + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param involvement an involvement
	 * @return its organisation, else its professional's
	 */
	public static Organisation organisationOf(Involvement involvement) {
		if (involvement.getOrganisation() != null) {
			return involvement.getOrganisation();
		}
		return involvement.getProfessional() == null ? null : involvement.getProfessional().getOrganisation();
	}

	/**
	 * @param role a role key
	 * @return its label in Casustafel's role vocabulary (with this plug-in's terms), or the key
	 */
	public static String roleLabel(String role) {
		return label(Vocabularies.ROLE, role);
	}

	/**
	 * @param kind an event kind key
	 * @return its label in Casustafel's event-kind vocabulary (with this plug-in's terms), or the key
	 */
	public static String eventKindLabel(String kind) {
		return label(Vocabularies.EVENT_KIND, kind);
	}

	private static String label(String vocabularyId, String key) {
		if (key == null) {
			return ""; //$NON-NLS-1$
		}
		Vocabulary vocabulary = Vocabularies.get(vocabularyId);
		return vocabulary == null ? key : vocabulary.labelOrKey(key);
	}
}
