/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.InformalTie;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.LifeDomain;
import nl.casustafel.model.LifeDomainStatus;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;
import nl.casustafel.model.Severity;

/**
 * Answers the guide's questions about one case (GUIDE.md 7): who has the case direction, who knows
 * the person, which life domains and which obligatory parties are missing. Works on the model, so the
 * answers do not depend on what the view filters.
 */
public final class CaseAnalysis {

	/** Life domains at least this serious count as problems that someone must cover. */
	public static final Severity PROBLEM_THRESHOLD = Severity.MODERATE;

	private CaseAnalysis() {
		// static access only
	}

	/**
	 * Who has the case direction (<i>casusregie</i>).
	 *
	 * @param professional  the casusregisseur
	 * @param organisation  the organisation whose hat they wear in the case (their involvement's
	 *                      organisation, else their own), may be {@code null}
	 */
	public record Regie(Professional professional, Organisation organisation) {
	}

	/**
	 * Someone who knows the person: a professional (with organisation), an organisation without a
	 * named professional, or an informal tie.
	 *
	 * @param professional the professional, or {@code null}
	 * @param organisation the organisation, or {@code null}
	 * @param tie          the informal tie, or {@code null}
	 */
	public record Knower(Professional professional, Organisation organisation, InformalTie tie) {
	}

	/**
	 * An obligatory party of a meeting type that was not present at meetings about the case.
	 *
	 * @param organisation the party
	 * @param meetings     the meetings about the case it missed, oldest first
	 */
	public record MissingParty(Organisation organisation, List<Meeting> meetings) {
	}

	/**
	 * @param aCase a case
	 * @return who has the case direction, or {@code null} when nobody does
	 */
	public static Regie regie(Case aCase) {
		Professional director = CasebookLists.resolvedOrNull(aCase.getCasusregisseur());
		if (director == null) {
			return null;
		}
		Organisation organisation = null;
		for (Involvement involvement : aCase.getInvolvements()) {
			if (involvement.getProfessional() == director) {
				organisation = CasebookLists.resolvedOrNull(involvement.getOrganisation());
				break;
			}
		}
		if (organisation == null) {
			organisation = CasebookLists.resolvedOrNull(director.getOrganisation());
		}
		return new Regie(director, organisation);
	}

	/**
	 * @param aCase a case
	 * @return the professionals, organisations and informal ties marked as knowing the person, in the
	 *         order of the case's involvements and ties
	 */
	public static List<Knower> whoKnowsThePerson(Case aCase) {
		List<Knower> result = new ArrayList<>();
		for (Involvement involvement : aCase.getInvolvements()) {
			if (involvement.isKnowsPerson()) {
				result.add(new Knower(CasebookLists.resolvedOrNull(involvement.getProfessional()),
						CasebookLists.resolvedOrNull(involvement.getOrganisation()), null));
			}
		}
		for (InformalTie tie : aCase.getInformalTies()) {
			if (tie.isKnowsPerson()) {
				result.add(new Knower(null, null, tie));
			}
		}
		return result;
	}

	/**
	 * The life domains with a problem ({@link #PROBLEM_THRESHOLD} or worse) that nobody covers: no
	 * organisation is responsible for it and no involvement lists it.
	 *
	 * @param aCase a case
	 * @return the uncovered domain statuses, in the case's order
	 */
	public static List<LifeDomainStatus> missingLifeDomains(Case aCase) {
		Set<LifeDomain> covered = new HashSet<>();
		for (Involvement involvement : aCase.getInvolvements()) {
			covered.addAll(involvement.getDomains());
		}
		List<LifeDomainStatus> result = new ArrayList<>();
		for (LifeDomainStatus status : aCase.getLifeDomains()) {
			Severity severity = status.getSeverity();
			if (severity == null || severity == Severity.UNKNOWN || severity.getValue() < PROBLEM_THRESHOLD.getValue()) {
				continue;
			}
			if (CasebookLists.resolvedOrNull(status.getResponsible()) == null && !covered.contains(status.getDomain())) {
				result.add(status);
			}
		}
		return result;
	}

	/**
	 * The obligatory parties (the required parties of each meeting's type) that were absent from
	 * meetings where the case was on the agenda: not present in person nor online.
	 *
	 * @param aCase a case in a casebook
	 * @return the missing parties, the one that missed the most meetings first, then by name
	 */
	public static List<MissingParty> missingParties(Case aCase) {
		Map<Organisation, List<Meeting>> missed = new LinkedHashMap<>();
		for (Meeting meeting : meetingsAbout(aCase)) {
			MeetingType type = CasebookLists.resolvedOrNull(meeting.getType());
			if (type == null && meeting.getSeries() != null) {
				type = CasebookLists.resolvedOrNull(meeting.getSeries().getType());
			}
			if (type == null) {
				continue;
			}
			Set<Organisation> present = new HashSet<>();
			for (Attendance attendance : meeting.getAttendance()) {
				AttendanceStatus status = attendance.getStatus();
				if (status == AttendanceStatus.PRESENT || status == AttendanceStatus.ONLINE) {
					Organisation organisation = CasebookLists.resolvedOrNull(attendance.getOrganisation());
					Professional professional = CasebookLists.resolvedOrNull(attendance.getProfessional());
					if (organisation == null && professional != null) {
						organisation = CasebookLists.resolvedOrNull(professional.getOrganisation());
					}
					if (organisation != null) {
						present.add(organisation);
					}
				}
			}
			for (Organisation required : CasebookLists.resolved(type.getRequiredParties())) {
				if (!present.contains(required)) {
					missed.computeIfAbsent(required, key -> new ArrayList<>()).add(meeting);
				}
			}
		}
		List<MissingParty> result = new ArrayList<>();
		missed.forEach((organisation, meetings) -> result.add(new MissingParty(organisation, List.copyOf(meetings))));
		result.sort(Comparator.comparingInt((MissingParty party) -> -party.meetings().size())
				.thenComparing(party -> nonNull(party.organisation().getName())));
		return result;
	}

	/**
	 * @param aCase a case in a casebook
	 * @return the meetings with the case on their agenda, by date (undated last)
	 */
	public static List<Meeting> meetingsAbout(Case aCase) {
		List<Meeting> result = new ArrayList<>();
		if (!(aCase.eContainer() instanceof Casebook casebook)) {
			return result;
		}
		for (Meeting meeting : CasebookLists.resolved(casebook.getMeetings())) {
			for (AgendaItem item : meeting.getItems()) {
				if (item.getCase() == aCase) {
					result.add(meeting);
					break;
				}
			}
		}
		result.sort(Comparator.comparing(Meeting::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return result;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
