/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.casustafel.learning.model.LearningPoint;
import nl.casustafel.learning.model.LearningSession;

/**
 * Learning points gathered across sessions: by tag, within a period, and counted per period, so a
 * team sees which themes keep coming back.
 *
 * @since 0.1
 */
public final class LearningPointsAggregation {

	/** The key under which points without a tag are grouped. */
	public static final String UNTAGGED = ""; //$NON-NLS-1$

	/** How to cut time into periods. */
	public enum Period {
		/** Calendar months, e.g. {@code 2026-03}. */
		MONTH,
		/** Calendar quarters, e.g. {@code 2026-Q1}. */
		QUARTER,
		/** Calendar years, e.g. {@code 2026}. */
		YEAR
	}

	/**
	 * One learning point with the session it came from.
	 *
	 * @param point   the point
	 * @param session its session
	 */
	public record Entry(LearningPoint point, LearningSession session) {
	}

	/**
	 * The learning points carrying one tag.
	 *
	 * @param tag     the normalised tag, or {@link #UNTAGGED}
	 * @param entries the points, latest session first
	 */
	public record TagGroup(String tag, List<Entry> entries) {
	}

	private LearningPointsAggregation() {
		// static access only
	}

	/**
	 * Groups the learning points of the sessions held within a period by tag. A point with several
	 * tags appears in each of their groups.
	 *
	 * @param sessions sessions
	 * @param from     first day of the period (inclusive), or {@code null} for no lower bound
	 * @param to       last day of the period (inclusive), or {@code null} for no upper bound
	 * @param zone     the time zone in which session dates are read as days
	 * @return the groups, most points first, then by tag; untagged points last
	 */
	public static List<TagGroup> byTag(Collection<LearningSession> sessions, LocalDate from, LocalDate to, ZoneId zone) {
		Map<String, List<Entry>> groups = new LinkedHashMap<>();
		List<LearningSession> sorted = new ArrayList<>(sessions);
		sorted.sort(Comparator.comparing(LearningSession::getDate, Comparator.nullsLast(Comparator.reverseOrder())));
		for (LearningSession session : sorted) {
			if (!within(session.getDate(), from, to, zone)) {
				continue;
			}
			for (LearningPoint point : session.getLearningPoints()) {
				List<String> tags = LearningTags.normalise(point.getTags());
				if (tags.isEmpty()) {
					tags = List.of(UNTAGGED);
				}
				for (String tag : tags) {
					groups.computeIfAbsent(tag, key -> new ArrayList<>()).add(new Entry(point, session));
				}
			}
		}
		List<TagGroup> result = new ArrayList<>();
		groups.forEach((tag, entries) -> result.add(new TagGroup(tag, List.copyOf(entries))));
		result.sort(Comparator.comparing((TagGroup group) -> group.tag().equals(UNTAGGED))
				.thenComparing(group -> -group.entries().size()).thenComparing(TagGroup::tag));
		return result;
	}

	/**
	 * Counts learning points per period and tag.
	 *
	 * @param sessions sessions
	 * @param period   how to cut time
	 * @param zone     the time zone in which session dates are read as days
	 * @return period label (sortable, e.g. {@code 2026-Q1}) to tag to number of points, periods in
	 *         order; sessions without a date are left out
	 */
	public static Map<String, Map<String, Integer>> countByPeriod(Collection<LearningSession> sessions, Period period,
			ZoneId zone) {
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (LearningSession session : sessions) {
			if (session.getDate() == null) {
				continue;
			}
			String label = periodLabel(session.getDate().toInstant().atZone(zone).toLocalDate(), period);
			Map<String, Integer> perTag = counts.computeIfAbsent(label, key -> new TreeMap<>());
			for (LearningPoint point : session.getLearningPoints()) {
				List<String> tags = LearningTags.normalise(point.getTags());
				if (tags.isEmpty()) {
					tags = List.of(UNTAGGED);
				}
				for (String tag : tags) {
					perTag.merge(tag, Integer.valueOf(1), (a, b) -> Integer.valueOf(a.intValue() + b.intValue()));
				}
			}
		}
		return counts;
	}

	/**
	 * Counts learning points per period (a point with several tags counts once).
	 *
	 * @param sessions sessions
	 * @param period   how to cut time
	 * @param zone     the time zone in which session dates are read as days
	 * @return period label to number of learning points, periods in order; sessions without a date
	 *         are left out
	 */
	public static Map<String, Integer> pointsByPeriod(Collection<LearningSession> sessions, Period period, ZoneId zone) {
		Map<String, Integer> counts = new TreeMap<>();
		for (LearningSession session : sessions) {
			if (session.getDate() != null) {
				String label = periodLabel(session.getDate().toInstant().atZone(zone).toLocalDate(), period);
				counts.merge(label, Integer.valueOf(session.getLearningPoints().size()),
						(a, b) -> Integer.valueOf(a.intValue() + b.intValue()));
			}
		}
		return counts;
	}

	/**
	 * @param day    a day
	 * @param period a kind of period
	 * @return the label of the period containing the day: {@code 2026-03}, {@code 2026-Q1} or
	 *         {@code 2026}
	 */
	public static String periodLabel(LocalDate day, Period period) {
		return switch (period) {
		case MONTH -> String.format("%04d-%02d", Integer.valueOf(day.getYear()), Integer.valueOf(day.getMonthValue())); //$NON-NLS-1$
		case QUARTER -> String.format("%04d-Q%d", Integer.valueOf(day.getYear()), //$NON-NLS-1$
				Integer.valueOf((day.getMonthValue() - 1) / 3 + 1));
		case YEAR -> Integer.toString(day.getYear());
		};
	}

	private static boolean within(Date date, LocalDate from, LocalDate to, ZoneId zone) {
		if (from == null && to == null) {
			return true;
		}
		if (date == null) {
			return false;
		}
		LocalDate day = date.toInstant().atZone(zone).toLocalDate();
		return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
	}
}
