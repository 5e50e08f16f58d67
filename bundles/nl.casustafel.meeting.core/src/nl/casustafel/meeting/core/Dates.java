/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

/**
 * Conversions between the model's {@link Date}s and {@code java.time}, in the default time zone,
 * and the date formats of the meeting views and minutes.
 *
 * @since 0.1
 */
public final class Dates {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-yyyy"); //$NON-NLS-1$

	private Dates() {
	}

	/**
	 * @param date a model date, or {@code null}
	 * @return its day in the default time zone, or {@code null}
	 */
	public static LocalDate toLocalDate(Date date) {
		return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

	/**
	 * @param date a model date, or {@code null}
	 * @return its time in the default time zone, or {@code null}
	 */
	public static LocalDateTime toLocalDateTime(Date date) {
		return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
	}

	/**
	 * @param day a day, or {@code null}
	 * @return the start of that day in the default time zone, or {@code null}
	 */
	public static Date toDate(LocalDate day) {
		return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	/**
	 * @param time a time, or {@code null}
	 * @return that time in the default time zone, or {@code null}
	 */
	public static Date toDate(LocalDateTime time) {
		return time == null ? null : Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
	}

	/**
	 * @param date a model date, or {@code null}
	 * @return e.g. {@code 27-01-2026}; empty for {@code null}
	 */
	public static String formatShort(Date date) {
		return date == null ? "" : SHORT.format(toLocalDate(date)); //$NON-NLS-1$
	}

	/**
	 * @param day a day, or {@code null}
	 * @return e.g. {@code 27-01-2026}; empty for {@code null}
	 */
	public static String formatShort(LocalDate day) {
		return day == null ? "" : SHORT.format(day); //$NON-NLS-1$
	}

	/**
	 * @param date a model date, or {@code null}
	 * @return e.g. {@code 13 januari 2026} in the default locale; empty for {@code null}
	 */
	public static String formatLong(Date date) {
		return date == null ? "" //$NON-NLS-1$
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.getDefault()).format(toLocalDate(date));
	}

	/**
	 * Parses a day as typed by a user: {@code 27-01-2026}, {@code 27-1-26}, {@code 2026-01-27}, or
	 * relative to a base day: {@code +14} (days), {@code +2w} (weeks), {@code +1m} (months).
	 *
	 * @param text the text
	 * @param base the day relative input counts from
	 * @return the day, or {@code null} when the text is not a day
	 */
	public static LocalDate parse(String text, LocalDate base) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		try {
			if (t.startsWith("+")) { //$NON-NLS-1$
				char unit = t.charAt(t.length() - 1);
				String number = Character.isDigit(unit) ? t.substring(1) : t.substring(1, t.length() - 1);
				int n = Integer.parseInt(number.strip());
				return switch (unit) {
				case 'w' -> base.plusWeeks(n);
				case 'm' -> base.plusMonths(n);
				default -> Character.isDigit(unit) || unit == 'd' ? base.plusDays(n) : null;
				};
			}
			if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) { //$NON-NLS-1$
				String[] p = t.split("-"); //$NON-NLS-1$
				return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
			}
			String[] p = t.split("[-/.]"); //$NON-NLS-1$
			if (p.length == 3) {
				int year = Integer.parseInt(p[2]);
				if (year < 100) {
					year += 2000;
				}
				return LocalDate.of(year, Integer.parseInt(p[1]), Integer.parseInt(p[0]));
			}
			if (p.length == 2) {
				return LocalDate.of(base.getYear(), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
			}
		} catch (RuntimeException e) {
			return null;
		}
		return null;
	}
}
