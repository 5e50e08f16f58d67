/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

/**
 * How a sensitive field is shown to an audience.
 *
 * @since 0.1
 */
public enum Visibility {
	/** Shown. */
	SHOWN,
	/** Only its heading is shown until the chair reveals it (it hides again at the next item). */
	COLLAPSED,
	/** Never shown. */
	HIDDEN;

	/**
	 * @param other another visibility
	 * @return the stricter of both
	 */
	public Visibility atLeast(Visibility other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
