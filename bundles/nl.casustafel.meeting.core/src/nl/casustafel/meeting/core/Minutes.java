/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.meeting.core.internal.Messages;
import nl.casustafel.meeting.core.internal.Scrubber;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.DecisionType;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

/**
 * The minutes (<i>verslag</i>) of a meeting as plain text blocks, ready for an exporter: header,
 * attendance, and per item the question, the decision and the agreements. The pseudonymised
 * variant, for wider distribution, names cases by number only, professionals by organisation only,
 * and removes pseudonyms and identifying words from all free text.
 *
 * @param title          the meeting's title (pseudonymised: type and date)
 * @param date           the date, long format
 * @param location       the location, may be empty
 * @param chair          the chair, may be empty
 * @param secretary      the secretary (minute taker), may be empty
 * @param pseudonymised  whether this is the pseudonymised variant
 * @param attendance     who took part and who did not
 * @param missingParties required parties nobody represented
 * @param items          the agenda items
 * @param generatedOn    the day the minutes were made, short format
 * @since 0.1
 */
public record Minutes(String title, String date, String location, String chair, String secretary, boolean pseudonymised,
		List<Attendee> attendance, List<String> missingParties, List<Item> items, String generatedOn) {

	/**
	 * One line of the attendance list.
	 *
	 * @param name         the professional (pseudonymised: empty)
	 * @param organisation the organisation
	 * @param role         the role at the table, may be empty
	 * @param status       present, absent, excused or online, localised
	 * @param present      whether the attendee took part (present or online)
	 */
	public record Attendee(String name, String organisation, String role, String status, boolean present) {
	}

	/**
	 * One agenda item.
	 *
	 * @param number       its number on the agenda, from 1
	 * @param title        case number with pseudonym (pseudonymised: case number only) or the item's title
	 * @param kind         the item's kind, localised
	 * @param reason       why it was on the agenda, may be empty
	 * @param question     the question for the meeting, may be empty
	 * @param decision     the decision, localised, or empty
	 * @param decisionNote the explanation of the decision, may be empty
	 * @param noodscenario the fallback scenario, may be empty
	 * @param nextDate     when the case comes back, short format, or empty
	 * @param duration     "planned 10 min, took 13 min", or empty
	 * @param agreements   the agreements dealt with under the item
	 * @param flag         a flag for the reader (e.g. "more information needed for the second time"), or empty
	 */
	public record Item(int number, String title, String kind, String reason, String question, String decision,
			String decisionNote, String noodscenario, String nextDate, String duration, List<AgreementLine> agreements,
			String flag) {
	}

	/**
	 * One agreement.
	 *
	 * @param description what will be done
	 * @param owner       who (pseudonymised: the organisation)
	 * @param due         by when, short format
	 * @param status      its status, localised
	 */
	public record AgreementLine(String description, String owner, String due, String status) {
	}

	/** Headings and labels the exporters print, localised. */
	public enum Text {
		/** "Verslag". */
		MINUTES,
		/** "Aanwezig". */
		PRESENT,
		/** "Afwezig / afgemeld". */
		ABSENT,
		/** "Verplichte partijen niet aanwezig". */
		MISSING_PARTIES,
		/** "Agenda en besluiten". */
		ITEMS,
		/** "Aanleiding". */
		REASON,
		/** "Vraag aan het overleg". */
		QUESTION,
		/** "Besluit". */
		DECISION,
		/** "Noodscenario". */
		NOODSCENARIO,
		/** "Volgende bespreking". */
		NEXT_DATE,
		/** "Tijd". */
		DURATION,
		/** "Afspraken". */
		AGREEMENTS,
		/** "Wie". */
		OWNER,
		/** "Uiterlijk". */
		DUE,
		/** "Status". */
		STATUS,
		/** "Datum". */
		DATE,
		/** "Locatie". */
		LOCATION,
		/** "Voorzitter". */
		CHAIR,
		/** "Verslag". */
		SECRETARY,
		/** The notice on pseudonymised minutes. */
		PSEUDONYMISED_NOTICE,
		/** "Gemaakt op {0}". */
		GENERATED;

		/** @return the localised text */
		public String label() {
			return switch (this) {
			case MINUTES -> Messages.Minutes_Minutes;
			case PRESENT -> Messages.Minutes_Present;
			case ABSENT -> Messages.Minutes_Absent;
			case MISSING_PARTIES -> Messages.Minutes_MissingParties;
			case ITEMS -> Messages.Minutes_Items;
			case REASON -> Messages.Minutes_Reason;
			case QUESTION -> Messages.Minutes_Question;
			case DECISION -> Messages.Minutes_Decision;
			case NOODSCENARIO -> Messages.Minutes_Noodscenario;
			case NEXT_DATE -> Messages.Minutes_NextDate;
			case DURATION -> Messages.Minutes_Duration;
			case AGREEMENTS -> Messages.Minutes_Agreements;
			case OWNER -> Messages.Minutes_Owner;
			case DUE -> Messages.Minutes_Due;
			case STATUS -> Messages.Minutes_Status;
			case DATE -> Messages.Minutes_Date;
			case LOCATION -> Messages.Minutes_Location;
			case CHAIR -> Messages.Minutes_Chair;
			case SECRETARY -> Messages.Minutes_Secretary;
			case PSEUDONYMISED_NOTICE -> Messages.Minutes_PseudonymisedNotice;
			case GENERATED -> Messages.Minutes_Generated;
			};
		}
	}

	/**
	 * Makes the minutes of a meeting.
	 *
	 * @param meeting       the meeting
	 * @param pseudonymised whether to make the variant for wider distribution
	 * @param today         the day the minutes are made
	 * @return the minutes
	 */
	public static Minutes of(Meeting meeting, boolean pseudonymised, LocalDate today) {
		String title = pseudonymised
				? NLS.bind(Messages.Meeting_Title, meeting.getType() == null ? Messages.Meeting_DefaultName : meeting.getType().getName(),
						Dates.formatLong(meeting.getDate()))
				: nonNull(meeting.getTitle());
		List<Attendee> attendance = new ArrayList<>();
		for (Attendance a : meeting.getAttendance()) {
			Organisation organisation = a.getOrganisation() != null ? a.getOrganisation()
					: a.getProfessional() == null ? null : a.getProfessional().getOrganisation();
			String name = pseudonymised ? "" : Labels.of(a.getProfessional()); //$NON-NLS-1$
			String orgName = Labels.of(organisation);
			if (name.isEmpty() && orgName.isEmpty()) {
				orgName = nonNull(a.getRole());
			}
			attendance.add(new Attendee(name, orgName, nonNull(a.getRole()), Labels.of(a.getStatus()),
					AttendanceCheck.takesPart(a.getStatus() == null ? AttendanceStatus.ABSENT : a.getStatus())));
		}
		List<String> missing = new ArrayList<>();
		for (Organisation organisation : AttendanceCheck.missingRequiredParties(meeting)) {
			missing.add(Labels.of(organisation));
		}
		List<Item> items = new ArrayList<>();
		int number = 0;
		for (AgendaItem item : meeting.getItems()) {
			number++;
			Case aCase = item.getCase();
			Scrubber scrubber = Scrubber.forCase(aCase, pseudonymised, Messages.Projected_Subject);
			String itemTitle;
			if (aCase != null) {
				String caseLabel = pseudonymised ? nonNull(aCase.getCaseNumber()) : Labels.of(aCase);
				itemTitle = item.getKind() == AgendaItemKind.OPEN_AGREEMENTS
						? NLS.bind(Messages.Projected_OpenAgreementsHeading, caseLabel)
						: caseLabel;
			} else {
				itemTitle = nonNull(scrubber.scrub(item.getTitle()));
			}
			List<AgreementLine> agreements = new ArrayList<>();
			for (Agreement agreement : Agreements.dealtWith(item)) {
				agreements.add(agreementLine(agreement, pseudonymised, scrubber, today));
			}
			String duration = ""; //$NON-NLS-1$
			if (item.getActualDurationSeconds() > 0) {
				duration = NLS.bind(Messages.Minutes_DurationValue, Integer.valueOf(item.getTimeboxMinutes()),
						Integer.valueOf((item.getActualDurationSeconds() + 30) / 60));
			} else if (item.getTimeboxMinutes() > 0) {
				duration = NLS.bind(Messages.Minutes_TimeboxValue, Integer.valueOf(item.getTimeboxMinutes()));
			}
			String flag = item.getKind() == AgendaItemKind.CASE && DecisionHistory.isRepeatedMoreInformation(item)
					? Messages.Projected_RepeatedMoreInformation
					: ""; //$NON-NLS-1$
			items.add(new Item(number, itemTitle, Labels.of(item.getKind()), nonNull(scrubber.scrub(item.getReason())),
					nonNull(scrubber.scrub(item.getQuestion())),
					item.getDecision() == null || item.getDecision() == DecisionType.NONE ? "" : Labels.of(item.getDecision()), //$NON-NLS-1$
					nonNull(scrubber.scrub(item.getDecisionNote())), nonNull(scrubber.scrub(item.getNoodscenario())),
					Dates.formatShort(item.getNextDate()), duration, List.copyOf(agreements), flag));
		}
		return new Minutes(title, Dates.formatLong(meeting.getDate()), nonNull(meeting.getLocation()),
				pseudonymised ? Labels.of(organisationOf(meeting.getChair())) : Labels.of(meeting.getChair()),
				pseudonymised ? Labels.of(organisationOf(meeting.getSecretary())) : Labels.of(meeting.getSecretary()),
				pseudonymised, List.copyOf(attendance), List.copyOf(missing), List.copyOf(items), Dates.formatShort(today));
	}

	private static AgreementLine agreementLine(Agreement agreement, boolean pseudonymised, Scrubber scrubber, LocalDate today) {
		String owner = Labels.of(agreement.getOwner());
		String organisation = Labels.of(Agreements.organisationOf(agreement));
		String who = pseudonymised || owner.isEmpty() ? organisation
				: organisation.isEmpty() ? owner : owner + " (" + organisation + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		String status = Agreements.isOverdue(agreement, today) ? Messages.Projected_Overdue : Labels.of(agreement.getStatus());
		return new AgreementLine(nonNull(scrubber.scrub(agreement.getDescription())), who, Dates.formatShort(agreement.getDueDate()),
				status);
	}

	private static Organisation organisationOf(Professional professional) {
		return professional == null ? null : professional.getOrganisation();
	}

	private static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	/**
	 * The minutes as plain text (for printing and previews).
	 *
	 * @return the text, one paragraph per line
	 */
	public List<String> toLines() {
		List<String> lines = new ArrayList<>();
		lines.add(title);
		lines.add(Text.DATE.label() + ": " + date); //$NON-NLS-1$
		if (!location.isEmpty()) {
			lines.add(Text.LOCATION.label() + ": " + location); //$NON-NLS-1$
		}
		if (!chair.isEmpty()) {
			lines.add(Text.CHAIR.label() + ": " + chair); //$NON-NLS-1$
		}
		if (!secretary.isEmpty()) {
			lines.add(Text.SECRETARY.label() + ": " + secretary); //$NON-NLS-1$
		}
		if (pseudonymised) {
			lines.add(Text.PSEUDONYMISED_NOTICE.label());
		}
		lines.add(""); //$NON-NLS-1$
		lines.add(Text.PRESENT.label());
		for (Attendee a : attendance) {
			if (a.present()) {
				lines.add("  " + attendeeLine(a)); //$NON-NLS-1$
			}
		}
		lines.add(Text.ABSENT.label());
		for (Attendee a : attendance) {
			if (!a.present()) {
				lines.add("  " + attendeeLine(a) + " (" + a.status() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		if (!missingParties.isEmpty()) {
			lines.add(Text.MISSING_PARTIES.label() + ": " + String.join(", ", missingParties)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		lines.add(""); //$NON-NLS-1$
		lines.add(Text.ITEMS.label());
		for (Item item : items) {
			lines.add(item.number() + ". " + item.title()); //$NON-NLS-1$
			addLabelled(lines, Text.REASON, item.reason());
			addLabelled(lines, Text.QUESTION, item.question());
			addLabelled(lines, Text.DECISION, join(item.decision(), item.decisionNote()));
			addLabelled(lines, Text.NOODSCENARIO, item.noodscenario());
			addLabelled(lines, Text.NEXT_DATE, item.nextDate());
			if (!item.flag().isEmpty()) {
				lines.add("   ! " + item.flag()); //$NON-NLS-1$
			}
			if (!item.agreements().isEmpty()) {
				lines.add("   " + Text.AGREEMENTS.label() + ":"); //$NON-NLS-1$ //$NON-NLS-2$
				for (AgreementLine a : item.agreements()) {
					lines.add("   - " + a.description() + " \u2014 " + a.owner() + " \u2014 " + Text.DUE.label().toLowerCase() + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							+ a.due() + " \u2014 " + a.status()); //$NON-NLS-1$
				}
			}
		}
		lines.add(""); //$NON-NLS-1$
		lines.add(NLS.bind(Text.GENERATED.label(), generatedOn));
		return lines;
	}

	/**
	 * @param a an attendee
	 * @return "name (organisation)" or the organisation alone
	 */
	public static String attendeeLine(Attendee a) {
		return a.name().isEmpty() ? a.organisation() : a.organisation().isEmpty() ? a.name() : a.name() + " (" + a.organisation() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param decision a decision label
	 * @param note     its explanation
	 * @return "decision: note", or whichever is not empty
	 */
	public static String join(String decision, String note) {
		if (decision.isEmpty()) {
			return note;
		}
		return note.isEmpty() ? decision : decision + ": " + note; //$NON-NLS-1$
	}

	private static void addLabelled(List<String> lines, Text label, String value) {
		if (!value.isEmpty()) {
			lines.add("   " + label.label() + ": " + value); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
