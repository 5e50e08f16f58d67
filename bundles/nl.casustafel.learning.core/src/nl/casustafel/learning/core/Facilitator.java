/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.casustafel.learning.core.internal.Messages;
import nl.casustafel.learning.model.LearningFactory;
import nl.casustafel.learning.model.LearningPackage.Literals;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.SessionState;
import nl.casustafel.learning.model.StepLog;

/**
 * Runs a learning session step by step: the facilitator mode's state machine and step timer.
 * <p>
 * States: {@link State#NOT_STARTED} &rarr; {@link #start()} &rarr; {@link State#RUNNING} (one step at a
 * time; {@link #next()}, {@link #skip()} and {@link #extend(int)}) &rarr; {@link #finish()} or
 * {@link #next()} after the last step &rarr; {@link State#FINISHED}. A step's timer starts by
 * itself when the step starts; every step gets a {@link StepLog} with its start, end, extension,
 * whether it was skipped and its actual duration.
 * </p>
 * <p>
 * The state is read from the session itself (its {@link StepLog}s and state), and every transition
 * is one command on the editing domain: undoing {@link #next()} brings back the previous step with
 * its timer still counting from when it started. Time comes from the {@link InstantSource} given
 * to the constructor, so tests can drive it.
 * </p>
 *
 * @since 0.1
 */
public final class Facilitator {

	/** Where a session is. */
	public enum State {
		/** No step has started yet (or the session was stopped between steps). */
		NOT_STARTED,
		/** A step is running. */
		RUNNING,
		/** The session is over. */
		FINISHED
	}

	private final LearningSession session;
	private final EditingDomain domain;
	private final InstantSource clock;

	/**
	 * @param session the session; it must have a method with at least one step
	 * @param domain  the editing domain of the session's casebook
	 * @param clock   the source of the current time
	 */
	public Facilitator(LearningSession session, EditingDomain domain, InstantSource clock) {
		this.session = session;
		this.domain = domain;
		this.clock = clock;
	}

	/**
	 * @return the session
	 */
	public LearningSession session() {
		return session;
	}

	/**
	 * @return the clock
	 */
	public InstantSource clock() {
		return clock;
	}

	/**
	 * @return the method's steps, in order
	 */
	public List<MethodStep> steps() {
		return session.getMethod() == null ? List.of() : session.getMethod().getSteps();
	}

	/**
	 * @return the current state
	 */
	public State state() {
		if (session.getState() == SessionState.FINISHED) {
			return State.FINISHED;
		}
		return openLog() != null ? State.RUNNING : State.NOT_STARTED;
	}

	/**
	 * @return the log of the running step, or {@code null} when no step runs
	 */
	public StepLog openLog() {
		List<StepLog> logs = session.getStepLogs();
		for (int i = logs.size() - 1; i >= 0; i--) {
			if (logs.get(i).getEndedAt() == null && logs.get(i).getStartedAt() != null) {
				return logs.get(i);
			}
		}
		return null;
	}

	/**
	 * @return the running step, or {@code null}
	 */
	public MethodStep currentStep() {
		StepLog log = openLog();
		return log == null ? null : log.getStep();
	}

	/**
	 * @return the index of the running step in {@link #steps()}, or -1
	 */
	public int currentIndex() {
		MethodStep step = currentStep();
		return step == null ? -1 : steps().indexOf(step);
	}

	/**
	 * @return the step that {@link #start()} or {@link #next()} would start: the one after the last
	 *         step logged; {@code null} when there is none
	 */
	public MethodStep upcomingStep() {
		List<MethodStep> steps = steps();
		int last = -1;
		for (StepLog log : session.getStepLogs()) {
			last = Math.max(last, steps.indexOf(log.getStep()));
		}
		return last + 1 < steps.size() ? steps.get(last + 1) : null;
	}

	/**
	 * @return the timer of the running step, or {@code null} when no step runs
	 */
	public StepTimer timer() {
		StepLog log = openLog();
		return log == null ? null : timer(log);
	}

	/**
	 * @param log a step log of this session
	 * @return its timer: for a running step measured up to now, for an ended step its actual
	 *         duration
	 */
	public StepTimer timer(StepLog log) {
		int minutes = (log.getStep() == null ? 0 : log.getStep().getMinutes()) + log.getExtraMinutes();
		Duration planned = Duration.ofMinutes(minutes);
		Duration elapsed;
		if (log.getEndedAt() != null) {
			elapsed = Duration.ofSeconds(log.getActualSeconds());
		} else if (log.getStartedAt() != null) {
			elapsed = Duration.between(log.getStartedAt().toInstant(), clock.instant());
			if (elapsed.isNegative()) {
				elapsed = Duration.ZERO;
			}
		} else {
			elapsed = Duration.ZERO;
		}
		return new StepTimer(planned, elapsed);
	}

	/**
	 * @return the log of the step, or {@code null} when it has not run
	 * @param step a step of the session's method
	 */
	public StepLog log(MethodStep step) {
		StepLog found = null;
		for (StepLog log : session.getStepLogs()) {
			if (log.getStep() == step) {
				found = log;
			}
		}
		return found;
	}

	/** @return whether {@link #start()} can be called */
	public boolean canStart() {
		return state() == State.NOT_STARTED && upcomingStep() != null;
	}

	/**
	 * Starts the session with its first step (or, when it was stopped between steps, with the step
	 * after the last one logged). The step's timer starts now.
	 *
	 * @throws IllegalStateException when the session is running or finished, or has no step left
	 */
	public void start() {
		if (!canStart()) {
			throw new IllegalStateException(String.valueOf(state()));
		}
		CompoundCommand command = new CompoundCommand(Messages.command_startSession);
		if (session.getState() != SessionState.RUNNING) {
			command.append(SetCommand.create(domain, session, Literals.LEARNING_SESSION__STATE, SessionState.RUNNING));
		}
		command.append(startStep(upcomingStep(), clock.instant()));
		execute(command);
	}

	/**
	 * Ends the running step and starts the next one; after the last step the session is finished.
	 *
	 * @throws IllegalStateException when no step runs
	 */
	public void next() {
		advance(false, Messages.command_nextStep);
	}

	/**
	 * Ends the running step as skipped (its actual duration so far is logged) and goes on as
	 * {@link #next()}.
	 *
	 * @throws IllegalStateException when no step runs
	 */
	public void skip() {
		advance(true, Messages.command_skipStep);
	}

	/**
	 * Gives the running step more time.
	 *
	 * @param minutes the minutes to add, more than 0
	 * @throws IllegalStateException when no step runs
	 */
	public void extend(int minutes) {
		if (minutes <= 0) {
			throw new IllegalArgumentException(Integer.toString(minutes));
		}
		StepLog log = requireOpen();
		execute(SetCommand.create(domain, log, Literals.STEP_LOG__EXTRA_MINUTES, Integer.valueOf(log.getExtraMinutes() + minutes)),
				Messages.command_extendStep);
	}

	/**
	 * Ends the running step (if any) and the session.
	 *
	 * @throws IllegalStateException when the session is finished already
	 */
	public void finish() {
		if (state() == State.FINISHED) {
			throw new IllegalStateException(String.valueOf(state()));
		}
		CompoundCommand command = new CompoundCommand(Messages.command_finishSession);
		StepLog log = openLog();
		Instant now = clock.instant();
		if (log != null) {
			command.append(endStep(log, now, false));
		}
		command.append(SetCommand.create(domain, session, Literals.LEARNING_SESSION__STATE, SessionState.FINISHED));
		execute(command);
	}

	private void advance(boolean skipped, String label) {
		StepLog log = requireOpen();
		Instant now = clock.instant();
		CompoundCommand command = new CompoundCommand(label);
		command.append(endStep(log, now, skipped));
		List<MethodStep> steps = steps();
		int index = steps.indexOf(log.getStep());
		if (index + 1 < steps.size()) {
			command.append(startStep(steps.get(index + 1), now));
		} else {
			command.append(SetCommand.create(domain, session, Literals.LEARNING_SESSION__STATE, SessionState.FINISHED));
		}
		execute(command);
	}

	private StepLog requireOpen() {
		StepLog log = openLog();
		if (log == null) {
			throw new IllegalStateException(String.valueOf(state()));
		}
		return log;
	}

	private Command startStep(MethodStep step, Instant now) {
		StepLog log = LearningFactory.eINSTANCE.createStepLog();
		log.setStep(step);
		log.setStartedAt(Date.from(now));
		return AddCommand.create(domain, session, Literals.LEARNING_SESSION__STEP_LOGS, log);
	}

	private Command endStep(StepLog log, Instant now, boolean skipped) {
		CompoundCommand command = new CompoundCommand();
		long seconds = Math.max(0, Duration.between(log.getStartedAt().toInstant(), now).getSeconds());
		command.append(SetCommand.create(domain, log, Literals.STEP_LOG__ENDED_AT, Date.from(now)));
		command.append(SetCommand.create(domain, log, Literals.STEP_LOG__ACTUAL_SECONDS,
				Integer.valueOf((int) Math.min(Integer.MAX_VALUE, seconds))));
		if (skipped) {
			command.append(SetCommand.create(domain, log, Literals.STEP_LOG__SKIPPED, Boolean.TRUE));
		}
		return command;
	}

	private void execute(Command command, String label) {
		CompoundCommand labelled = new CompoundCommand(label);
		labelled.append(command);
		execute(labelled);
	}

	private void execute(Command command) {
		if (!command.canExecute()) {
			throw new IllegalStateException(Messages.command_notExecutable);
		}
		domain.getCommandStack().execute(command);
	}
}
