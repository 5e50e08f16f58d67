/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.meeting.core.internal.Messages;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.AgreementType;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.NonCompletionReason;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

/**
 * Agreement follow-up: finding agreements across all cases and meetings, and the undoable
 * commands that capture them and change their status.
 *
 * @since 0.1
 */
public final class Agreements {

	/**
	 * How many days before a meeting a "still valid" confirmation counts for it at least (see
	 * {@link #isConfirmedFor(Agreement, Meeting)}).
	 */
	public static final int CONFIRMATION_LEAD_DAYS = 14;

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	/**
	 * A filter over all agreements of a casebook; {@code null} fields do not filter.
	 *
	 * @param organisation the owning organisation (also matches agreements of its professionals)
	 * @param owner        the owning professional
	 * @param statuses     the statuses to include; empty for all
	 * @param overdueOnly  only open agreements past their due date
	 * @param today        the day overdue is measured against
	 */
	public record Filter(Organisation organisation, Professional owner, Set<AgreementStatus> statuses, boolean overdueOnly,
			LocalDate today) {

		/**
		 * @param today the day overdue is measured against
		 * @return a filter that lets everything through
		 */
		public static Filter all(LocalDate today) {
			return new Filter(null, null, Set.of(), false, today);
		}

		/**
		 * @param agreement an agreement
		 * @return whether it passes
		 */
		public boolean test(Agreement agreement) {
			if (organisation != null && organisationOf(agreement) != organisation) {
				return false;
			}
			if (owner != null && agreement.getOwner() != owner) {
				return false;
			}
			if (!statuses.isEmpty() && !statuses.contains(agreement.getStatus())) {
				return false;
			}
			return !overdueOnly || isOverdue(agreement, today);
		}
	}

	private Agreements() {
	}

	/**
	 * @param agreement an agreement
	 * @param today     the day to measure against
	 * @return whether it is open and its due date lies before {@code today}
	 */
	public static boolean isOverdue(Agreement agreement, LocalDate today) {
		LocalDate due = Dates.toLocalDate(agreement.getDueDate());
		return agreement.getStatus() == AgreementStatus.OPEN && due != null && due.isBefore(today);
	}

	/**
	 * @param agreement an agreement
	 * @return its organisation, else the organisation of its owner
	 */
	public static Organisation organisationOf(Agreement agreement) {
		if (agreement.getOrganisation() != null) {
			return agreement.getOrganisation();
		}
		return agreement.getOwner() == null ? null : agreement.getOwner().getOrganisation();
	}

	/**
	 * @param agreement an agreement
	 * @return the case it belongs to, or {@code null}
	 */
	public static Case caseOf(Agreement agreement) {
		return agreement.eContainer() instanceof Case c ? c : null;
	}

	/**
	 * @param casebook a casebook
	 * @param filter   the filter
	 * @return the matching agreements of all cases: overdue first, then by due date
	 */
	public static List<Agreement> find(Casebook casebook, Filter filter) {
		List<Agreement> result = new ArrayList<>();
		for (Case aCase : CasebookLists.resolved(casebook.getCases())) {
			for (Agreement agreement : aCase.getAgreements()) {
				if (filter.test(agreement)) {
					result.add(agreement);
				}
			}
		}
		result.sort(Comparator.comparing((Agreement a) -> !isOverdue(a, filter.today()))
				.thenComparing(a -> a.getDueDate() == null ? new Date(Long.MAX_VALUE) : a.getDueDate()));
		return result;
	}

	/**
	 * The agreements dealt with under an agenda item: those listed with the item; for a case item
	 * that lists none (e.g. minutes of meetings recorded before the list existed), the agreements of
	 * its case made in its meeting.
	 *
	 * @param item an agenda item
	 * @return the agreements
	 */
	public static List<Agreement> dealtWith(AgendaItem item) {
		if (!item.getAgreements().isEmpty() || item.getKind() != AgendaItemKind.CASE || item.getCase() == null
				|| !(item.eContainer() instanceof Meeting meeting)) {
			return List.copyOf(item.getAgreements());
		}
		List<Agreement> result = new ArrayList<>();
		for (Agreement agreement : item.getCase().getAgreements()) {
			if (agreement.getSourceMeeting() == meeting) {
				result.add(agreement);
			}
		}
		return result;
	}

	/**
	 * Captures an agreement made under an agenda item: it is added to the item's case, with the
	 * meeting as its source, and listed under the item.
	 *
	 * @param domain       the editing domain
	 * @param item         a case item (its case receives the agreement)
	 * @param description  what will be done
	 * @param owner        who (may be {@code null} when an organisation is given)
	 * @param organisation which organisation (defaults to the owner's)
	 * @param due          by when
	 * @param type         the kind of agreement
	 * @param today        the day it is made
	 * @return the command; {@link Command#getResult()} holds the new agreement
	 */
	public static Command captureCommand(EditingDomain domain, AgendaItem item, String description, Professional owner,
			Organisation organisation, LocalDate due, AgreementType type, LocalDate today) {
		Case aCase = Objects.requireNonNull(item.getCase(), "the item has no case"); //$NON-NLS-1$
		Agreement agreement = CasebookFactory.eINSTANCE.createAgreement();
		agreement.setDescription(description);
		agreement.setOwner(owner);
		agreement.setOrganisation(organisation != null ? organisation : owner == null ? null : owner.getOrganisation());
		agreement.setDueDate(Dates.toDate(due));
		agreement.setType(type == null ? AgreementType.INTERVENTION : type);
		agreement.setStatus(AgreementStatus.OPEN);
		agreement.setCreatedOn(Dates.toDate(today));
		if (item.eContainer() instanceof Meeting meeting) {
			agreement.setSourceMeeting(meeting);
		}
		CompoundCommand command = new CompoundCommand(Messages.Command_CaptureAgreement) {
			@Override
			public java.util.Collection<?> getResult() {
				return List.of(agreement);
			}
		};
		command.append(AddCommand.create(domain, aCase, P.getCase_Agreements(), agreement));
		command.append(AddCommand.create(domain, item, P.getAgendaItem_Agreements(), agreement));
		return command;
	}

	/**
	 * Sets the status of an agreement. Not done needs a reason; done records the completion day.
	 *
	 * @param domain    the editing domain
	 * @param agreement the agreement
	 * @param status    the new status
	 * @param reason    why it was not done: required for {@link AgreementStatus#NOT_DONE}, may be
	 *                  {@code null} otherwise
	 * @param today     the day of the change
	 * @return the command
	 * @throws IllegalArgumentException when {@code status} is NOT_DONE and no reason is given
	 */
	public static Command setStatusCommand(EditingDomain domain, Agreement agreement, AgreementStatus status,
			NonCompletionReason reason, LocalDate today) {
		if (status == AgreementStatus.NOT_DONE && (reason == null || reason == NonCompletionReason.NONE)) {
			throw new IllegalArgumentException(Messages.Agreement_ReasonRequired);
		}
		CompoundCommand command = new CompoundCommand(Messages.Command_AgreementStatus);
		command.append(SetCommand.create(domain, agreement, P.getAgreement_Status(), status));
		NonCompletionReason newReason = switch (status) {
		case NOT_DONE -> reason;
		case NO_LONGER_VALID -> reason == null || reason == NonCompletionReason.NONE ? NonCompletionReason.NO_LONGER_VALID : reason;
		default -> NonCompletionReason.NONE;
		};
		command.append(SetCommand.create(domain, agreement, P.getAgreement_NonCompletionReason(), newReason));
		command.append(SetCommand.create(domain, agreement, P.getAgreement_CompletedOn(),
				status == AgreementStatus.DONE ? Dates.toDate(today) : null));
		return command;
	}

	/**
	 * Confirms that an agreement carried into a new meeting is still valid.
	 *
	 * @param domain    the editing domain
	 * @param agreement the agreement
	 * @param today     the day of the confirmation
	 * @return the command
	 */
	public static Command confirmStillValidCommand(EditingDomain domain, Agreement agreement, LocalDate today) {
		return SetCommand.create(domain, agreement, P.getAgreement_ConfirmedValidOn(), Dates.toDate(today));
	}

	/**
	 * Applies the answer to "still valid?" for an agreement carried into a new meeting: still valid
	 * confirms it today, done closes it as done, no longer valid closes it with that not-done reason.
	 *
	 * @param domain    the editing domain
	 * @param agreement the agreement
	 * @param answer    the answer
	 * @param today     the day of the answer
	 * @return the command
	 */
	public static Command carryCommand(EditingDomain domain, Agreement agreement, CarryAnswer answer, LocalDate today) {
		return switch (answer) {
		case STILL_VALID -> confirmStillValidCommand(domain, agreement, today);
		case DONE -> setStatusCommand(domain, agreement, AgreementStatus.DONE, null, today);
		case NO_LONGER_VALID -> setStatusCommand(domain, agreement, AgreementStatus.NO_LONGER_VALID,
				NonCompletionReason.NO_LONGER_VALID, today);
		};
	}

	/**
	 * Whether an agreement's validity was confirmed for a meeting: the confirmation was given after
	 * the previous meeting of the meeting's series (when the agreement was carried into this one), or
	 * at most {@value #CONFIRMATION_LEAD_DAYS} days before the meeting's day, or later.
	 *
	 * @param agreement an agreement carried into a meeting
	 * @param meeting   the meeting
	 * @return whether its validity was confirmed for the meeting
	 */
	public static boolean isConfirmedFor(Agreement agreement, Meeting meeting) {
		LocalDate confirmed = Dates.toLocalDate(agreement.getConfirmedValidOn());
		LocalDate day = Dates.toLocalDate(meeting.getDate());
		if (confirmed == null) {
			return false;
		}
		if (day == null || !confirmed.isBefore(day.minusDays(CONFIRMATION_LEAD_DAYS))) {
			return true;
		}
		LocalDate previous = previousMeetingDay(meeting, day);
		return previous != null && confirmed.isAfter(previous);
	}

	private static LocalDate previousMeetingDay(Meeting meeting, LocalDate day) {
		if (meeting.getSeries() == null) {
			return null;
		}
		LocalDate previous = null;
		for (Meeting other : AgendaPlanner.meetingsOf(meeting.getSeries())) {
			LocalDate otherDay = Dates.toLocalDate(other.getDate());
			if (other != meeting && otherDay.isBefore(day) && (previous == null || otherDay.isAfter(previous))) {
				previous = otherDay;
			}
		}
		return previous;
	}
}
