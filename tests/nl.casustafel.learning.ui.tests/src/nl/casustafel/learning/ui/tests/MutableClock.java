/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.tests;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock the test moves by hand. */
final class MutableClock implements InstantSource {

	private Instant now;

	MutableClock(Instant start) {
		this.now = start;
	}

	@Override
	public Instant instant() {
		return now;
	}

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	void advanceMinutes(long minutes) {
		advance(Duration.ofMinutes(minutes));
	}
}
