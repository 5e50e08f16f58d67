/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingState;

/**
 * Running a meeting: which item is on, its countdown, and which collapsed details the chair has
 * revealed. A state machine without UI; time comes from an injectable {@link Clock}.
 * <p>
 * States: {@link State#NOT_STARTED} &rarr; {@link #start()} &rarr; {@link State#RUNNING} (one item
 * current; {@link #next()}, {@link #previous()}, {@link #goTo(int)}) &rarr; {@link #finish()} &rarr;
 * {@link State#FINISHED}. The countdown of an item starts by itself when the item becomes current,
 * from its timebox minus the time it already had; leaving the item logs the time spent in its
 * {@code actualDurationSeconds} (added up when an item is visited twice). Revealed details hide
 * again when the item changes. The meeting's state follows (planned, running, closed). Every model
 * change is an undoable command on the editing domain.
 * </p>
 *
 * @since 0.1
 */
public final class ConductSession {

	/** States of a conduct session. */
	public enum State {
		/** Created, no item current yet. */
		NOT_STARTED,
		/** An item is current and its countdown runs. */
		RUNNING,
		/** The meeting is closed. */
		FINISHED
	}

	/** Told after every change of item, state or revealed details. */
	@FunctionalInterface
	public interface Listener {
		/**
		 * @param session the session that changed
		 */
		void changed(ConductSession session);
	}

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	private final EditingDomain domain;
	private final Meeting meeting;
	private final Clock clock;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Set<SensitiveField> revealed = EnumSet.noneOf(SensitiveField.class);
	private State state = State.NOT_STARTED;
	private int index = -1;
	private Instant itemStart;
	private int loggedBefore;

	/**
	 * @param domain  the editing domain of the meeting's session
	 * @param meeting the meeting to run
	 * @param clock   the clock (e.g. {@link Clock#systemDefaultZone()}; a fixed or stepping clock in tests)
	 */
	public ConductSession(EditingDomain domain, Meeting meeting, Clock clock) {
		this.domain = Objects.requireNonNull(domain);
		this.meeting = Objects.requireNonNull(meeting);
		this.clock = Objects.requireNonNull(clock);
	}

	/** @return the meeting */
	public Meeting getMeeting() {
		return meeting;
	}

	/** @return the clock */
	public Clock getClock() {
		return clock;
	}

	/** @return today according to the clock */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** @return the state */
	public State getState() {
		return state;
	}

	/** @return the index of the current item, -1 before the start */
	public int getIndex() {
		return index;
	}

	/** @return the number of items */
	public int getItemCount() {
		return meeting.getItems().size();
	}

	/** @return the current item, or {@code null} when none is current */
	public AgendaItem getCurrentItem() {
		return state == State.RUNNING && index >= 0 && index < meeting.getItems().size() ? meeting.getItems().get(index) : null;
	}

	/**
	 * Starts the meeting with its first item (the meeting becomes running).
	 *
	 * @throws IllegalStateException when already started or the agenda is empty
	 */
	public void start() {
		if (state != State.NOT_STARTED) {
			throw new IllegalStateException("already started"); //$NON-NLS-1$
		}
		if (meeting.getItems().isEmpty()) {
			throw new IllegalStateException("the agenda is empty"); //$NON-NLS-1$
		}
		execute(SetCommand.create(domain, meeting, P.getMeeting_State(), MeetingState.RUNNING));
		state = State.RUNNING;
		enter(0);
		fire();
	}

	/** @return whether there is a next item */
	public boolean hasNext() {
		return state == State.RUNNING && index < meeting.getItems().size() - 1;
	}

	/** @return whether there is a previous item */
	public boolean hasPrevious() {
		return state == State.RUNNING && index > 0;
	}

	/** Goes to the next item; does nothing at the last one. */
	public void next() {
		if (hasNext()) {
			goTo(index + 1);
		}
	}

	/** Goes back to the previous item; does nothing at the first one. */
	public void previous() {
		if (hasPrevious()) {
			goTo(index - 1);
		}
	}

	/**
	 * Makes another item current: logs the time of the current one and starts the countdown of the
	 * new one.
	 *
	 * @param newIndex the item's index
	 */
	public void goTo(int newIndex) {
		if (state != State.RUNNING) {
			throw new IllegalStateException("not running"); //$NON-NLS-1$
		}
		if (newIndex < 0 || newIndex >= meeting.getItems().size()) {
			throw new IndexOutOfBoundsException(newIndex);
		}
		if (newIndex == index) {
			return;
		}
		logCurrent();
		enter(newIndex);
		fire();
	}

	/** Logs the current item's time and closes the meeting. */
	public void finish() {
		if (state == State.FINISHED) {
			return;
		}
		if (state == State.RUNNING) {
			logCurrent();
		}
		execute(SetCommand.create(domain, meeting, P.getMeeting_State(), MeetingState.CLOSED));
		state = State.FINISHED;
		index = -1;
		revealed.clear();
		fire();
	}

	/**
	 * @return the time spent on the current item, including earlier visits; zero when none is current
	 */
	public Duration elapsed() {
		if (getCurrentItem() == null) {
			return Duration.ZERO;
		}
		return Duration.ofSeconds(loggedBefore).plus(Duration.between(itemStart, clock.instant()));
	}

	/** @return the current item's timebox */
	public Duration timebox() {
		AgendaItem item = getCurrentItem();
		return item == null ? Duration.ZERO : Duration.ofMinutes(Math.max(0, item.getTimeboxMinutes()));
	}

	/** @return the countdown: timebox minus elapsed; negative while overrunning */
	public Duration remaining() {
		return timebox().minus(elapsed());
	}

	/** @return whether the current item overruns its timebox */
	public boolean isOverrun() {
		return getCurrentItem() != null && remaining().isNegative();
	}

	/**
	 * @return whether less than a fifth of the timebox (at most two minutes) is left, but no overrun
	 */
	public boolean isNearlyUp() {
		Duration remaining = remaining();
		Duration margin = timebox().dividedBy(5);
		if (margin.compareTo(Duration.ofMinutes(2)) > 0) {
			margin = Duration.ofMinutes(2);
		}
		return getCurrentItem() != null && !remaining.isNegative() && remaining.compareTo(margin) <= 0;
	}

	/**
	 * Reveals a collapsed category of details for the current item.
	 *
	 * @param field the category
	 */
	public void reveal(SensitiveField field) {
		if (field != SensitiveField.IDENTITY && revealed.add(field)) {
			fire();
		}
	}

	/**
	 * Collapses a revealed category again.
	 *
	 * @param field the category
	 */
	public void hide(SensitiveField field) {
		if (revealed.remove(field)) {
			fire();
		}
	}

	/** Collapses everything revealed. */
	public void hideAll() {
		if (!revealed.isEmpty()) {
			revealed.clear();
			fire();
		}
	}

	/** @return the revealed categories (a copy) */
	public Set<SensitiveField> getRevealed() {
		return revealed.isEmpty() ? EnumSet.noneOf(SensitiveField.class) : EnumSet.copyOf(revealed);
	}

	/**
	 * @param audience who will see it
	 * @return the current item as that audience may see it, or {@code null} when none is current
	 */
	public ProjectedItem project(Audience audience) {
		AgendaItem item = getCurrentItem();
		return item == null ? null : ProjectedItem.of(item, audience, revealed, today());
	}

	/**
	 * Tells the listeners that the current item changed in the model (e.g. an agreement was captured).
	 */
	public void modelChanged() {
		fire();
	}

	/** @param listener told after every change */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void enter(int newIndex) {
		index = newIndex;
		revealed.clear();
		itemStart = clock.instant();
		loggedBefore = Math.max(0, meeting.getItems().get(newIndex).getActualDurationSeconds());
	}

	private void logCurrent() {
		AgendaItem item = getCurrentItem();
		if (item == null) {
			return;
		}
		long seconds = elapsed().toSeconds();
		execute(SetCommand.create(domain, item, P.getAgendaItem_ActualDurationSeconds(),
				Integer.valueOf((int) Math.min(Integer.MAX_VALUE, Math.max(0, seconds)))));
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private void fire() {
		for (Listener listener : listeners) {
			listener.changed(this);
		}
	}

	/**
	 * Formats a countdown as the projector shows it: {@code 09:58}, and {@code +01:15} for an overrun.
	 *
	 * @param remaining the remaining time
	 * @return the text
	 */
	public static String format(Duration remaining) {
		boolean over = remaining.isNegative();
		long seconds = Math.abs(remaining.toSeconds());
		if (over && remaining.toMillis() % 1000 != 0) {
			seconds = Math.abs(remaining.toMillis()) / 1000;
		}
		return (over ? "+" : "") + String.format("%02d:%02d", Long.valueOf(seconds / 60), Long.valueOf(seconds % 60)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
