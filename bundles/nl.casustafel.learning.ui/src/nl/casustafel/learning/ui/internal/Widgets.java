/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Widget;

import nl.casustafel.learning.core.Language;
import nl.casustafel.learning.ui.LearningUi;

/** Small helpers shared by the learning views. */
final class Widgets {

	private Widgets() {
	}

	/** Names a widget for tests ({@link LearningUi#WIDGET_KEY}). */
	static <T extends Widget> T name(T widget, String name) {
		widget.setData(LearningUi.WIDGET_KEY, name);
		return widget;
	}

	static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** "3 mrt 2026 13:30" in the user's language; "" for null. */
	static String dateTime(Date date) {
		return date == null ? "" //$NON-NLS-1$
				: DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Language.locale()) //$NON-NLS-1$
						.format(date.toInstant().atZone(ZoneId.systemDefault()));
	}

	/** "3 mrt 2026" in the user's language; "" for null. */
	static String date(Date date) {
		return date == null ? "" //$NON-NLS-1$
				: DateTimeFormatter.ofPattern("d MMM yyyy", Language.locale()) //$NON-NLS-1$
						.format(date.toInstant().atZone(ZoneId.systemDefault()));
	}

	/** Shows a date (and time, for a time widget) in date and time widgets. */
	static void show(Date date, DateTime day, DateTime time) {
		LocalDateTime value = date == null ? LocalDateTime.now().withHour(13).withMinute(30)
				: LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
		day.setDate(value.getYear(), value.getMonthValue() - 1, value.getDayOfMonth());
		if (time != null) {
			time.setTime(value.getHour(), value.getMinute(), 0);
		}
	}

	/** The date (and time) in date and time widgets; without a time widget: 17:00 that day. */
	static Date read(DateTime day, DateTime time) {
		LocalDateTime value = LocalDateTime.of(day.getYear(), day.getMonth() + 1, day.getDay(),
				time == null ? 17 : time.getHours(), time == null ? 0 : time.getMinutes());
		return Date.from(value.atZone(ZoneId.systemDefault()).toInstant());
	}
}
