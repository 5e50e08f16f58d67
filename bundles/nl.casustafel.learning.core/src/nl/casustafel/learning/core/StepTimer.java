/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.time.Duration;

/**
 * The timer of one step: how long it may take (its minutes plus any extension) and how long it has
 * been running.
 *
 * @param planned the time the step may take
 * @param elapsed the time it has been running (for a finished step: its actual duration)
 * @since 0.1
 */
public record StepTimer(Duration planned, Duration elapsed) {

	/** Seconds before the end from which the timer warns that time is nearly up. */
	public static final long WARNING_SECONDS = 60;

	/**
	 * @return the time left; negative when the step runs over
	 */
	public Duration remaining() {
		return planned.minus(elapsed);
	}

	/**
	 * @return whether the step has taken longer than planned
	 */
	public boolean isOverrun() {
		return elapsed.compareTo(planned) > 0;
	}

	/**
	 * @return how far the step has run over; zero when it has not
	 */
	public Duration overrun() {
		return isOverrun() ? elapsed.minus(planned) : Duration.ZERO;
	}

	/**
	 * @return whether at most {@value #WARNING_SECONDS} seconds are left (and the step has not run
	 *         over yet)
	 */
	public boolean isNearlyUp() {
		return !isOverrun() && remaining().getSeconds() <= WARNING_SECONDS;
	}

	/**
	 * @return the time left as {@code mm:ss}, or the overrun as {@code +mm:ss}
	 */
	public String display() {
		return isOverrun() ? "+" + clock(overrun()) : clock(remaining()); //$NON-NLS-1$
	}

	/**
	 * @param duration a duration of zero or more
	 * @return {@code mm:ss} (minutes may exceed 59)
	 */
	public static String clock(Duration duration) {
		long seconds = Math.max(0, duration.getSeconds());
		return String.format("%02d:%02d", Long.valueOf(seconds / 60), Long.valueOf(seconds % 60)); //$NON-NLS-1$
	}
}
