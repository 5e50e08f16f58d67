/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;

import nl.casustafel.meeting.core.Minutes;

/**
 * Prints minutes on an SWT printer: the text of {@link Minutes#toLines()}, wrapped to the page,
 * 2 cm margins, page numbers.
 */
final class MinutesPrinter {

	private MinutesPrinter() {
	}

	/**
	 * @param printer the printer (the caller disposes it)
	 * @param minutes the minutes
	 * @param jobName the print job's name
	 * @return the number of pages printed, 0 when the job could not start
	 */
	static int print(Printer printer, Minutes minutes, String jobName) {
		if (!printer.startJob(jobName)) {
			return 0;
		}
		Point dpi = printer.getDPI();
		Rectangle page = printer.getClientArea();
		int margin = dpi.x * 2 * 100 / 254; // 2 cm
		Rectangle text = new Rectangle(page.x + margin, page.y + margin, page.width - 2 * margin, page.height - 2 * margin);
		GC gc = new GC(printer);
		Font body = new Font(printer, new FontData("Sans", 10, SWT.NORMAL)); //$NON-NLS-1$
		Font title = new Font(printer, new FontData("Sans", 14, SWT.BOLD)); //$NON-NLS-1$
		int pages = 0;
		try {
			List<String> lines = minutes.toLines();
			int y = text.y;
			boolean pageOpen = false;
			for (int i = 0; i < lines.size(); i++) {
				gc.setFont(i == 0 ? title : body);
				for (String part : wrap(gc, lines.get(i), text.width)) {
					int height = gc.getFontMetrics().getHeight();
					if (!pageOpen || y + height > text.y + text.height) {
						if (pageOpen) {
							footer(gc, body, ++pages, text);
							printer.endPage();
						}
						printer.startPage();
						pageOpen = true;
						y = text.y;
						gc.setFont(i == 0 ? title : body);
					}
					gc.drawString(part, text.x, y, true);
					y += height;
				}
			}
			if (pageOpen) {
				footer(gc, body, ++pages, text);
				printer.endPage();
			}
			printer.endJob();
		} finally {
			body.dispose();
			title.dispose();
			gc.dispose();
		}
		return pages;
	}

	private static void footer(GC gc, Font font, int number, Rectangle text) {
		gc.setFont(font);
		String label = String.valueOf(number);
		gc.drawString(label, text.x + text.width - gc.textExtent(label).x, text.y + text.height + gc.getFontMetrics().getHeight(), true);
	}

	static List<String> wrap(GC gc, String line, int width) {
		List<String> result = new ArrayList<>();
		if (line.isEmpty()) {
			result.add(""); //$NON-NLS-1$
			return result;
		}
		String indent = line.substring(0, line.length() - line.stripLeading().length());
		StringBuilder current = new StringBuilder();
		for (String word : line.strip().split(" ")) { //$NON-NLS-1$
			String candidate = current.isEmpty() ? indent + word : current + " " + word; //$NON-NLS-1$
			if (gc.textExtent(candidate).x > width && !current.isEmpty()) {
				result.add(current.toString());
				current = new StringBuilder(indent + "  " + word); //$NON-NLS-1$
			} else {
				current = new StringBuilder(candidate);
			}
		}
		result.add(current.toString());
		return result;
	}
}
