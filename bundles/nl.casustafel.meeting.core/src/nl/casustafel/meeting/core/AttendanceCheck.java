/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

/**
 * Attendance checks: which required parties of the meeting type are not at the table, and for
 * which case items nobody present knows the person.
 *
 * @since 0.1
 */
public final class AttendanceCheck {

	private AttendanceCheck() {
	}

	/**
	 * @param status an attendance status
	 * @return whether it means taking part (present in the room or online)
	 */
	public static boolean takesPart(AttendanceStatus status) {
		return status == AttendanceStatus.PRESENT || status == AttendanceStatus.ONLINE;
	}

	/**
	 * @param meeting a meeting
	 * @return the professionals taking part
	 */
	public static Set<Professional> presentProfessionals(Meeting meeting) {
		Set<Professional> present = new HashSet<>();
		for (Attendance attendance : meeting.getAttendance()) {
			if (takesPart(attendance.getStatus()) && attendance.getProfessional() != null) {
				present.add(attendance.getProfessional());
			}
		}
		return present;
	}

	/**
	 * @param meeting a meeting
	 * @return the organisations represented by someone taking part
	 */
	public static Set<Organisation> presentOrganisations(Meeting meeting) {
		Set<Organisation> present = new HashSet<>();
		for (Attendance attendance : meeting.getAttendance()) {
			if (takesPart(attendance.getStatus())) {
				Organisation organisation = attendance.getOrganisation() != null ? attendance.getOrganisation()
						: attendance.getProfessional() == null ? null : attendance.getProfessional().getOrganisation();
				if (organisation != null) {
					present.add(organisation);
				}
			}
		}
		return present;
	}

	/**
	 * @param meeting a meeting
	 * @return the required parties of its type that nobody represents, in the type's order
	 */
	public static List<Organisation> missingRequiredParties(Meeting meeting) {
		List<Organisation> missing = new ArrayList<>();
		if (meeting.getType() == null) {
			return missing;
		}
		Set<Organisation> present = presentOrganisations(meeting);
		for (Organisation required : meeting.getType().getRequiredParties()) {
			if (!present.contains(required)) {
				missing.add(required);
			}
		}
		return missing;
	}

	/**
	 * Whether someone at the table knows the person of a case: a professional taking part whose
	 * involvement in the case is marked "knows the person", or, for such an involvement without a
	 * named professional, a representative of its organisation.
	 *
	 * @param meeting the meeting
	 * @param aCase   the case
	 * @return whether somebody present knows the person
	 */
	public static boolean somebodyKnowsPerson(Meeting meeting, Case aCase) {
		Set<Professional> professionals = presentProfessionals(meeting);
		Set<Organisation> organisations = presentOrganisations(meeting);
		for (Involvement involvement : aCase.getInvolvements()) {
			if (!involvement.isKnowsPerson()) {
				continue;
			}
			if (involvement.getProfessional() != null ? professionals.contains(involvement.getProfessional())
					: organisations.contains(involvement.getOrganisation())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param meeting the meeting
	 * @return the case items for which nobody present knows the person
	 */
	public static List<AgendaItem> itemsNobodyKnows(Meeting meeting) {
		List<AgendaItem> result = new ArrayList<>();
		for (AgendaItem item : meeting.getItems()) {
			if (item.getKind() == AgendaItemKind.CASE && item.getCase() != null
					&& !somebodyKnowsPerson(meeting, item.getCase())) {
				result.add(item);
			}
		}
		return result;
	}
}
