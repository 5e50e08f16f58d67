/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.meeting.core.AgendaPlanner;
import nl.casustafel.meeting.core.CarryAnswer;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.MeetingTypeDescriptor;
import nl.casustafel.meeting.core.MeetingTypes;
import nl.casustafel.meeting.core.MinutesExport;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.meeting.ui.MeetingUi;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.MeetingType;

/** What the meeting commands do, without their dialogs (the handlers ask, then call these). */
public final class MeetingActions {

	private static volatile MeetingPrompts prompts = new DialogMeetingPrompts();

	private MeetingActions() {
	}

	/**
	 * Replaces the questions put to the user (tests answer them without dialogs).
	 *
	 * @param newPrompts the prompts; {@code null} restores the dialogs
	 * @return the prompts used until now
	 */
	public static MeetingPrompts setPrompts(MeetingPrompts newPrompts) {
		MeetingPrompts previous = prompts;
		prompts = newPrompts == null ? new DialogMeetingPrompts() : newPrompts;
		return previous;
	}

	/**
	 * Creates the next meeting of a series (open agreements of earlier meetings on top) and opens
	 * its agenda. First asks, per agreement the meeting would carry, whether it is still valid (see
	 * {@link MeetingPrompts#confirmCarriedAgreements}); the answers and the new meeting are one
	 * undoable command, and agreements answered done or no longer valid are not carried.
	 *
	 * @param page    the workbench page
	 * @param session the casebook session
	 * @param series  the series
	 * @param date    date and time of the new meeting
	 * @return the agenda editor of the new meeting
	 */
	public static AgendaEditor createNextMeeting(IWorkbenchPage page, CasebookSession session, MeetingSeries series,
			LocalDateTime date) {
		Casebook casebook = session.getCasebook();
		List<Agreement> carried = AgendaPlanner.carriedAgreements(casebook, series, date.toLocalDate());
		Map<Agreement, CarryAnswer> answers = carried.isEmpty() ? null
				: prompts.confirmCarriedAgreements(page.getWorkbenchWindow().getShell(), date, carried);
		Command command = AgendaPlanner.nextMeetingCommand(session.getEditingDomain(), casebook, series, date,
				answers == null ? Map.of() : answers, Sessions.today());
		session.getEditingDomain().getCommandStack().execute(command);
		return opened(page, session, (Meeting) command.getResult().iterator().next());
	}

	/**
	 * Creates a meeting of a type (a contributed type is first copied into the casebook) and opens
	 * its agenda.
	 *
	 * @param page    the workbench page
	 * @param session the casebook session
	 * @param type    a {@link MeetingType} of the casebook or a {@link MeetingTypeDescriptor}
	 * @param series  the series, or {@code null}
	 * @param date    date and time
	 * @return the agenda editor
	 */
	public static AgendaEditor createMeeting(IWorkbenchPage page, CasebookSession session, Object type, MeetingSeries series,
			LocalDateTime date) {
		if (series != null) {
			return createNextMeeting(page, session, series, date);
		}
		Casebook casebook = session.getCasebook();
		CompoundCommand command = new CompoundCommand(nl.casustafel.meeting.ui.internal.Messages.Command_NewMeeting);
		MeetingType meetingType;
		if (type instanceof MeetingTypeDescriptor descriptor) {
			meetingType = MeetingTypes.toMeetingType(casebook, descriptor);
			command.append(MeetingTypes.addToCasebookCommand(session.getEditingDomain(), casebook, meetingType));
		} else {
			meetingType = (MeetingType) type;
		}
		Meeting meeting = AgendaPlanner.newMeeting(meetingType, date);
		command.append(AgendaPlanner.addMeetingCommand(session.getEditingDomain(), casebook, meeting, null));
		session.getEditingDomain().getCommandStack().execute(command);
		return opened(page, session, meeting);
	}

	private static AgendaEditor opened(IWorkbenchPage page, CasebookSession session, Meeting meeting) {
		IViewPart view = page.findView(MeetingUi.MEETINGS_VIEW_ID);
		if (view instanceof MeetingsView meetings) {
			meetings.select(meeting);
		}
		return AgendaEditors.open(page, session, meeting);
	}

	/**
	 * @param series a series
	 * @return the suggested date of its next meeting: four weeks after the latest, same time
	 */
	public static LocalDateTime suggestedNextDate(MeetingSeries series) {
		List<Meeting> meetings = AgendaPlanner.meetingsOf(series);
		if (meetings.isEmpty()) {
			return Sessions.today().plusWeeks(1).atTime(10, 0);
		}
		LocalDateTime last = Dates.toLocalDateTime(meetings.get(meetings.size() - 1).getDate());
		LocalDateTime next = last.plusWeeks(4);
		while (next.toLocalDate().isBefore(Sessions.today())) {
			next = next.plusWeeks(4);
		}
		return next;
	}

	/**
	 * Exports the minutes of a meeting.
	 *
	 * @param meeting       the meeting
	 * @param format        a format, e.g. {@link MinutesExporter#PDF}
	 * @param pseudonymised the variant for wider distribution
	 * @param file          the file
	 * @throws IOException when writing fails or no exporter handles the format
	 */
	public static void exportMinutes(Meeting meeting, String format, boolean pseudonymised, Path file) throws IOException {
		MinutesExporter exporter = MinutesExport.exporter(meeting, format)
				.orElseThrow(() -> new IOException("No exporter for " + format)); //$NON-NLS-1$
		MinutesExport.export(meeting, exporter, pseudonymised, Sessions.today(), file);
	}
}
