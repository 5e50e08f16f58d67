/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

/**
 * A contribution was refused because the step's rules do not allow it: the participant reached the
 * step's maximum, the step does not collect this kind of contribution, or the presenter is to
 * listen. The message says so in the user's language.
 *
 * @since 0.1
 */
public final class CaptureLimitException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why a contribution was refused. */
	public enum Reason {
		/** The maximum for the participant (or the step) is reached. */
		LIMIT_REACHED,
		/** The step does not collect this kind of contribution. */
		NOT_IN_STEP,
		/** The contribution needs a participant. */
		PARTICIPANT_REQUIRED,
		/** The presenter does not ask questions or give advice on their own case. */
		PRESENTER
	}

	private final Reason reason;
	private final int maximum;

	/**
	 * @param reason  why
	 * @param maximum the maximum that applied, or 0
	 * @param message the message for the user
	 */
	public CaptureLimitException(Reason reason, int maximum, String message) {
		super(message);
		this.reason = reason;
		this.maximum = maximum;
	}

	/** @return why the contribution was refused */
	public Reason reason() {
		return reason;
	}

	/** @return the maximum that applied, or 0 */
	public int maximum() {
		return maximum;
	}
}
