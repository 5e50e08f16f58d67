/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;

/**
 * What makes something "probation" in a casebook: organisations whose type is Casustafel's
 * {@value #ORGANISATION_TYPE} or this plug-in's {@value #ADDICTION_PROBATION_TYPE}, and what they
 * own or attend; and the keys this plug-in adds to Casustafel's vocabularies (plugin.xml). Only
 * model API and Casustafel's API packages are used.
 */
public final class Probation {

	/** The organisation type key of probation services (Casustafel's default vocabulary). */
	public static final String ORGANISATION_TYPE = "probation"; //$NON-NLS-1$

	/** Organisation type contributed by this plug-in: an addiction probation service. */
	public static final String ADDICTION_PROBATION_TYPE = "reclassering-verslaving"; //$NON-NLS-1$

	/** Casustafel's role of whoever supervises a person for probation. */
	public static final String SUPERVISION_ROLE = "supervision"; //$NON-NLS-1$

	/** Role contributed by this plug-in: who supervises a community service order. */
	public static final String COMMUNITY_SERVICE_ROLE = "reclassering-werkstrafbegeleider"; //$NON-NLS-1$

	/** Event kind contributed by this plug-in: probation gave an advice report. */
	public static final String EVENT_ADVICE = "reclassering-advies"; //$NON-NLS-1$

	/** Event kind contributed by this plug-in: a special condition was breached. */
	public static final String EVENT_BREACH = "reclassering-overtreding"; //$NON-NLS-1$

	/** Event kind contributed by this plug-in: a three-way talk took place. */
	public static final String EVENT_THREE_WAY_TALK = "reclassering-driegesprek"; //$NON-NLS-1$

	/** The event kinds of this plug-in. */
	public static final Set<String> EVENT_KINDS = Set.of(EVENT_ADVICE, EVENT_BREACH, EVENT_THREE_WAY_TALK);

	/** Key of the meeting type this plug-in contributes (plugin.xml). */
	public static final String DRIEGESPREK_MEETING_TYPE = "reclassering-driegesprek"; //$NON-NLS-1$

	private Probation() {
		// static helpers only
	}

	/**
	 * @param organisation an organisation, may be {@code null}
	 * @return whether it is a probation service
	 */
	public static boolean isProbation(Organisation organisation) {
		return organisation != null && !organisation.eIsProxy()
				&& (ORGANISATION_TYPE.equals(organisation.getType()) || ADDICTION_PROBATION_TYPE.equals(organisation.getType()));
	}

	/**
	 * @param agreement an agreement
	 * @return whether a probation service owns it (its organisation, or its owner's)
	 */
	public static boolean ownedByProbation(Agreement agreement) {
		return isProbation(Agreements.organisationOf(agreement));
	}

	/**
	 * @param casebook a casebook, may be {@code null}
	 * @return its probation services
	 */
	public static List<Organisation> organisations(Casebook casebook) {
		List<Organisation> result = new ArrayList<>();
		if (casebook != null) {
			for (Organisation organisation : CasebookLists.resolved(casebook.getOrganisations())) {
				if (isProbation(organisation)) {
					result.add(organisation);
				}
			}
		}
		return result;
	}

	/**
	 * @param casebook a casebook, may be {@code null}
	 * @return the names under which the minutes show its probation services
	 */
	public static Set<String> labels(Casebook casebook) {
		Set<String> labels = new LinkedHashSet<>();
		for (Organisation organisation : organisations(casebook)) {
			String label = Labels.of(organisation);
			if (!label.isEmpty()) {
				labels.add(label);
			}
		}
		return labels;
	}

	/**
	 * Whether probation plays a part in a meeting: it is a three-way talk of this plug-in, a
	 * probation service is listed in the attendance, or owns an agreement dealt with in it.
	 *
	 * @param meeting a meeting
	 * @return whether the meeting concerns probation
	 */
	public static boolean concerns(Meeting meeting) {
		if (meeting.getType() != null && DRIEGESPREK_MEETING_TYPE.equals(meeting.getType().getKey())) {
			return true;
		}
		for (Attendance attendance : meeting.getAttendance()) {
			Organisation organisation = attendance.getOrganisation() != null ? attendance.getOrganisation()
					: attendance.getProfessional() == null ? null : attendance.getProfessional().getOrganisation();
			if (isProbation(organisation)) {
				return true;
			}
		}
		for (AgendaItem item : meeting.getItems()) {
			for (Agreement agreement : Agreements.dealtWith(item)) {
				if (ownedByProbation(agreement)) {
					return true;
				}
			}
		}
		return false;
	}
}
