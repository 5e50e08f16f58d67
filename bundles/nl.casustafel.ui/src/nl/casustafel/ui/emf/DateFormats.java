/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Date;

import org.eclipse.osgi.util.NLS;

/**
 * Calendar dates as Dutch users write them: {@code dd-MM-yyyy} (24-02-2026). Parsing also accepts
 * one-digit days and months and "/" or "." as separators. A parsed date is stored as noon local time,
 * so that it shows as the same day in any nearby time zone.
 */
public final class DateFormats {

	/** The pattern shown to users. */
	public static final String PATTERN = "dd-MM-uuuu"; //$NON-NLS-1$

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN);

	private static final DateTimeFormatter PARSE = DateTimeFormatter.ofPattern("d-M-uuuu") //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);

	private DateFormats() {
		// static helpers only
	}

	/**
	 * @param date a date, or {@code null}
	 * @return the date as dd-MM-yyyy, or the empty string for {@code null}
	 */
	public static String format(Date date) {
		return date == null ? "" : FORMAT.format(toLocalDate(date)); //$NON-NLS-1$
	}

	/**
	 * @param date a date
	 * @return the calendar day of the date in the local time zone
	 */
	public static LocalDate toLocalDate(Date date) {
		return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

	/**
	 * @param day a calendar day
	 * @return noon of that day, local time
	 */
	public static Date toDate(LocalDate day) {
		return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
	}

	/**
	 * Parses what a user typed.
	 *
	 * @param text the text; blank means "no date"
	 * @return the date (noon local time), or {@code null} for blank text
	 * @throws IllegalArgumentException with a message for the user when the text is not a valid date
	 */
	public static Date parse(String text) {
		String trimmed = text == null ? "" : text.trim(); //$NON-NLS-1$
		if (trimmed.isEmpty()) {
			return null;
		}
		String normalized = trimmed.replace('/', '-').replace('.', '-');
		try {
			return toDate(LocalDate.parse(normalized, PARSE));
		} catch (DateTimeException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.date_invalid, trimmed, FORMAT.format(LocalDate.now())), e);
		}
	}
}
