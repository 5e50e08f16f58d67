/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.meeting.core.internal.Messages;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.DecisionType;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.MeetingState;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Preparation;
import nl.casustafel.model.PreparationStatus;
import nl.casustafel.model.Urgency;

/**
 * Builds agendas: the next meeting of a series with the open and overdue agreements of its earlier
 * meetings on top, case items with their preparation requests, and reordering. Every change is an
 * undoable EMF command for the session's editing domain.
 *
 * @since 0.1
 */
public final class AgendaPlanner {

	/** Minutes reserved for reviewing the open agreements of one case. */
	public static final int MINUTES_PER_OPEN_AGREEMENTS_CASE = 2;

	/** Minutes reserved for reading back the agreements at the end. */
	public static final int READ_BACK_MINUTES = 5;

	private static final CasebookFactory F = CasebookFactory.eINSTANCE;
	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	private AgendaPlanner() {
	}

	/**
	 * @param series a meeting series
	 * @return its meetings that have a date, earliest first
	 */
	public static List<Meeting> meetingsOf(MeetingSeries series) {
		List<Meeting> meetings = new ArrayList<>();
		for (Meeting meeting : CasebookLists.resolved(series.getMeetings())) {
			if (meeting.getDate() != null) {
				meetings.add(meeting);
			}
		}
		meetings.sort(Comparator.comparing(Meeting::getDate));
		return meetings;
	}

	/**
	 * The agreements an agenda on {@code date} must start with: the still open agreements (overdue
	 * or not) made in meetings of the series before that date, ordered by case number, then due
	 * date.
	 *
	 * @param casebook the casebook
	 * @param series   the series
	 * @param date     the day of the new meeting
	 * @return the agreements to carry forward
	 */
	public static List<Agreement> carriedAgreements(Casebook casebook, MeetingSeries series, LocalDate date) {
		Set<Meeting> earlier = new LinkedHashSet<>();
		for (Meeting meeting : meetingsOf(series)) {
			if (Dates.toLocalDate(meeting.getDate()).isBefore(date)) {
				earlier.add(meeting);
			}
		}
		List<Agreement> result = new ArrayList<>();
		for (Case aCase : CasebookLists.resolved(casebook.getCases())) {
			for (Agreement agreement : aCase.getAgreements()) {
				if (agreement.getStatus() == AgreementStatus.OPEN && earlier.contains(agreement.getSourceMeeting())) {
					result.add(agreement);
				}
			}
		}
		result.sort(Comparator.comparing((Agreement a) -> caseNumber(a))
				.thenComparing(a -> a.getDueDate() == null ? new Date(Long.MAX_VALUE) : a.getDueDate()));
		return result;
	}

	/**
	 * Creates the next meeting of a series: type, duration, chair, secretary and location from the
	 * series' latest meeting; expected attendance: who took part in that meeting; the agenda starts with one
	 * open-agreements item per case with agreements carried forward (see
	 * {@link #carriedAgreements(Casebook, MeetingSeries, LocalDate)}) and ends with reading back the
	 * agreements. Case items are added by the process director.
	 *
	 * @param casebook the casebook
	 * @param series   the series
	 * @param date     date and time of the new meeting
	 * @return the new meeting, not yet in the casebook: add it with {@link #addMeetingCommand}
	 */
	public static Meeting nextMeeting(Casebook casebook, MeetingSeries series, LocalDateTime date) {
		return nextMeeting(casebook, series, date, Map.of());
	}

	/**
	 * Creates the next meeting of a series as {@link #nextMeeting(Casebook, MeetingSeries, LocalDateTime)}
	 * does, leaving out the carried agreements whose answer to "still valid?" settles them.
	 *
	 * @param casebook the casebook
	 * @param series   the series
	 * @param date     date and time of the new meeting
	 * @param answers  answers to "still valid?" per carried agreement; an agreement without answer
	 *                 is carried
	 * @return the new meeting, not yet in the casebook
	 */
	public static Meeting nextMeeting(Casebook casebook, MeetingSeries series, LocalDateTime date,
			Map<Agreement, CarryAnswer> answers) {
		List<Meeting> earlier = meetingsOf(series);
		Meeting previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
		MeetingType type = series.getType() != null ? series.getType() : previous == null ? null : previous.getType();
		Meeting meeting = newMeeting(type, date);
		meeting.setTitle(NLS.bind(Messages.Meeting_Title, nameOf(series, type), Dates.formatLong(Dates.toDate(date))));
		if (previous != null) {
			meeting.setChair(previous.getChair());
			meeting.setSecretary(previous.getSecretary());
			meeting.setLocation(previous.getLocation());
			for (Attendance before : previous.getAttendance()) {
				if (before.getProfessional() == null && before.getOrganisation() == null
						|| !AttendanceCheck.takesPart(before.getStatus())) {
					continue; // the client is invited per meeting; who stayed away is not expected
				}
				Attendance expected = F.createAttendance();
				expected.setProfessional(before.getProfessional());
				expected.setOrganisation(before.getOrganisation());
				expected.setRole(before.getRole());
				expected.setStatus(AttendanceStatus.PRESENT);
				meeting.getAttendance().add(expected);
			}
		}
		Map<Case, List<Agreement>> byCase = new LinkedHashMap<>();
		for (Agreement agreement : carriedAgreements(casebook, series, date.toLocalDate())) {
			CarryAnswer answer = answers.get(agreement);
			if (answer != null && !answer.carries()) {
				continue;
			}
			byCase.computeIfAbsent((Case) agreement.eContainer(), c -> new ArrayList<>()).add(agreement);
		}
		for (Map.Entry<Case, List<Agreement>> entry : byCase.entrySet()) {
			AgendaItem item = F.createAgendaItem();
			item.setKind(AgendaItemKind.OPEN_AGREEMENTS);
			item.setCase(entry.getKey());
			item.setTitle(NLS.bind(Messages.Item_OpenAgreementsTitle, entry.getKey().getCaseNumber()));
			item.setTimeboxMinutes(MINUTES_PER_OPEN_AGREEMENTS_CASE);
			item.setUrgency(Urgency.NORMAL);
			item.setDecision(DecisionType.NONE);
			item.getAgreements().addAll(entry.getValue());
			meeting.getItems().add(item);
		}
		AgendaItem readBack = F.createAgendaItem();
		readBack.setKind(AgendaItemKind.READ_BACK);
		readBack.setTitle(Messages.Item_ReadBackTitle);
		readBack.setTimeboxMinutes(READ_BACK_MINUTES);
		meeting.getItems().add(readBack);
		return meeting;
	}

	/**
	 * Plans the next meeting of a series together with the answers to "still valid?" for the
	 * agreements it would carry, as one undoable command: each answer is applied (see
	 * {@link Agreements#carryCommand}), the agreements still valid (or not answered) are carried, and
	 * the meeting is added to the casebook and the series. Undo restores the agreements and removes
	 * the meeting.
	 *
	 * @param domain   the editing domain
	 * @param casebook the casebook
	 * @param series   the series
	 * @param date     date and time of the new meeting
	 * @param answers  answers per carried agreement (see {@link #carriedAgreements}); may be empty
	 * @param today    the day of the answers
	 * @return the command; {@link Command#getResult()} holds the new meeting
	 */
	public static Command nextMeetingCommand(EditingDomain domain, Casebook casebook, MeetingSeries series, LocalDateTime date,
			Map<Agreement, CarryAnswer> answers, LocalDate today) {
		Meeting meeting = nextMeeting(casebook, series, date, answers);
		CompoundCommand command = new CompoundCommand(Messages.Command_NextMeeting) {
			@Override
			public java.util.Collection<?> getResult() {
				return List.of(meeting);
			}
		};
		for (Map.Entry<Agreement, CarryAnswer> answer : answers.entrySet()) {
			command.append(Agreements.carryCommand(domain, answer.getKey(), answer.getValue(), today));
		}
		command.append(addMeetingCommand(domain, casebook, meeting, series));
		return command;
	}

	/**
	 * Creates an empty meeting of a type (for a meeting outside a series, or the first of one).
	 *
	 * @param type the meeting type, may be {@code null}
	 * @param date date and time
	 * @return the new meeting, not yet in the casebook
	 */
	public static Meeting newMeeting(MeetingType type, LocalDateTime date) {
		Meeting meeting = F.createMeeting();
		meeting.setType(type);
		meeting.setDate(Dates.toDate(date));
		meeting.setDurationMinutes(type == null || type.getDefaultDurationMinutes() <= 0 ? 60 : type.getDefaultDurationMinutes());
		meeting.setState(MeetingState.PLANNED);
		meeting.setTitle(NLS.bind(Messages.Meeting_Title, type == null ? Messages.Meeting_DefaultName : type.getName(),
				Dates.formatLong(Dates.toDate(date))));
		return meeting;
	}

	/**
	 * @param domain   the editing domain
	 * @param casebook the casebook
	 * @param meeting  a new meeting
	 * @param series   its series, or {@code null}
	 * @return an undoable command adding the meeting to the casebook (and to the series)
	 */
	public static Command addMeetingCommand(EditingDomain domain, Casebook casebook, Meeting meeting, MeetingSeries series) {
		CompoundCommand command = new CompoundCommand(Messages.Command_NewMeeting);
		command.append(AddCommand.create(domain, casebook, P.getCasebook_Meetings(), meeting));
		if (series != null) {
			command.append(SetCommand.create(domain, meeting, P.getMeeting_Series(), series));
		}
		return command;
	}

	/**
	 * Makes a case item: title from the case, the meeting type's default timebox, the case's
	 * urgency, and a preparation request (asked) to every organisation involved in the case.
	 *
	 * @param meeting  the meeting (for its type)
	 * @param aCase    the case
	 * @param reason   why the case is on the agenda (required)
	 * @param question the question for the meeting (required)
	 * @return the new item, not yet on the agenda
	 */
	public static AgendaItem newCaseItem(Meeting meeting, Case aCase, String reason, String question) {
		AgendaItem item = F.createAgendaItem();
		item.setKind(AgendaItemKind.CASE);
		item.setCase(aCase);
		item.setTitle(Labels.of(aCase));
		item.setReason(reason);
		item.setQuestion(question);
		item.setUrgency(aCase.getUrgency() == null ? Urgency.NORMAL : aCase.getUrgency());
		item.setDecision(DecisionType.NONE);
		MeetingType type = meeting.getType();
		item.setTimeboxMinutes(type == null || type.getDefaultTimeboxMinutes() <= 0 ? 10 : type.getDefaultTimeboxMinutes());
		Set<Organisation> asked = new LinkedHashSet<>();
		for (Involvement involvement : aCase.getInvolvements()) {
			Organisation organisation = involvement.getOrganisation();
			if (organisation != null && asked.add(organisation)) {
				Preparation preparation = F.createPreparation();
				preparation.setOrganisation(organisation);
				preparation.setStatus(PreparationStatus.ASKED);
				item.getPreparations().add(preparation);
			}
		}
		return item;
	}

	/**
	 * Where a new case item goes: after the last case item, else before the closing items
	 * (escalations, read-back), else at the end.
	 *
	 * @param meeting the meeting
	 * @return the index for a new case item
	 */
	public static int caseItemIndex(Meeting meeting) {
		List<AgendaItem> items = meeting.getItems();
		for (int i = items.size() - 1; i >= 0; i--) {
			AgendaItemKind kind = items.get(i).getKind();
			if (kind == AgendaItemKind.CASE || kind == AgendaItemKind.OPEN_AGREEMENTS || kind == AgendaItemKind.OTHER) {
				return i + 1;
			}
		}
		int index = items.size();
		while (index > 0 && (items.get(index - 1).getKind() == AgendaItemKind.READ_BACK
				|| items.get(index - 1).getKind() == AgendaItemKind.ESCALATIONS)) {
			index--;
		}
		return index;
	}

	/**
	 * @param domain  the editing domain
	 * @param meeting the meeting
	 * @param item    a new item
	 * @param index   where it goes
	 * @return an undoable command adding the item to the agenda
	 */
	public static Command addItemCommand(EditingDomain domain, Meeting meeting, AgendaItem item, int index) {
		return AddCommand.create(domain, meeting, P.getMeeting_Items(), item, index);
	}

	/**
	 * @param domain  the editing domain
	 * @param meeting the meeting
	 * @param item    an item of its agenda
	 * @return an undoable command removing it
	 */
	public static Command removeItemCommand(EditingDomain domain, Meeting meeting, AgendaItem item) {
		return RemoveCommand.create(domain, meeting, P.getMeeting_Items(), item);
	}

	/**
	 * @param domain  the editing domain
	 * @param meeting the meeting
	 * @param item    an item of its agenda
	 * @param index   its new position
	 * @return an undoable {@link MoveCommand}
	 */
	public static Command moveItemCommand(EditingDomain domain, Meeting meeting, AgendaItem item, int index) {
		return MoveCommand.create(domain, meeting, P.getMeeting_Items(), item, index);
	}

	private static String nameOf(MeetingSeries series, MeetingType type) {
		if (type != null && type.getName() != null) {
			return type.getName();
		}
		return series.getName() == null ? Messages.Meeting_DefaultName : series.getName();
	}

	private static String caseNumber(Agreement agreement) {
		return agreement.eContainer() instanceof Case c && c.getCaseNumber() != null ? c.getCaseNumber() : ""; //$NON-NLS-1$
	}
}
