/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import nl.casustafel.core.RankedServices;
import nl.casustafel.model.Casebook;

/**
 * Shared helpers of the demo region and the synthetic generator: dates in the region's time zone
 * and protected identifiers that are fake by construction.
 */
final class DemoSupport {

	/** Time zone of the fictional region (a Dutch one), so dates do not depend on the machine. */
	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam"); //$NON-NLS-1$

	private static final int[] BSN_WEIGHTS = { 9, 8, 7, 6, 5, 4, 3, 2, -1 };

	private DemoSupport() {
		// static helpers only
	}

	/**
	 * Lets every registered {@link DemoContributor} add its data; one that throws is logged and
	 * skipped. Does nothing outside OSGi.
	 */
	static void contribute(Casebook casebook) {
		for (DemoContributor contributor : RankedServices.all(DemoContributor.class)) {
			try {
				contributor.contribute(casebook);
			} catch (RuntimeException | LinkageError e) {
				ILog.of(DemoSupport.class).log(Status.error("Demo contributor failed: " + contributor.getClass().getName(), e)); //$NON-NLS-1$
			}
		}
	}

	/**
	 * A calendar date, stored as noon local time so that it shows as the same day in any time zone
	 * within twelve hours of the region.
	 */
	static Date date(int year, int month, int day) {
		return date(LocalDate.of(year, month, day));
	}

	static Date date(LocalDate date) {
		return Date.from(date.atTime(12, 0).atZone(ZONE).toInstant());
	}

	/** A date with a time of day (meetings). */
	static Date dateTime(int year, int month, int day, int hour, int minute) {
		return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant());
	}

	/**
	 * A 9-digit number shaped like a BSN that fails the eleven-test (elfproef), so it can never be a
	 * real citizen service number.
	 *
	 * @param seed any number; equal seeds give equal results
	 * @return nine digits failing the eleven-test
	 */
	static String fakeBsn(long seed) {
		long n = Math.floorMod(seed * 7_919L + 123_456_789L, 900_000_000L) + 100_000_000L;
		char[] digits = Long.toString(n).toCharArray();
		if (passesElevenTest(new String(digits))) {
			// Changing the last digit by one changes the weighted sum by one: no longer divisible by 11.
			digits[8] = (char) ('0' + (digits[8] - '0' + 1) % 10);
		}
		return new String(digits);
	}

	/**
	 * @param number a string of digits
	 * @return whether it is nine digits passing the eleven-test of real BSNs
	 */
	static boolean passesElevenTest(String number) {
		if (number == null || number.length() != 9) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			char c = number.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			sum += (c - '0') * BSN_WEIGHTS[i];
		}
		return sum % 11 == 0;
	}
}
