/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.meeting.core.Minutes;
import nl.casustafel.meeting.core.Minutes.AgreementLine;
import nl.casustafel.meeting.core.Minutes.Attendee;
import nl.casustafel.meeting.core.Minutes.Item;
import nl.casustafel.meeting.core.Minutes.Text;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.model.Meeting;

/**
 * Casustafel's DOCX minutes (Apache POI), editable by the secretary before sending. OSGi service
 * with ranking 0.
 */
public final class DocxMinutesExporter implements MinutesExporter {

	private static final String ACCENT = "144678"; //$NON-NLS-1$
	private static final String ALARM = "AA2814"; //$NON-NLS-1$

	@Override
	public String getFormat() {
		return DOCX;
	}

	@Override
	public String getLabel() {
		return Messages.Export_DocxLabel;
	}

	@Override
	public String getFileExtension() {
		return "docx"; //$NON-NLS-1$
	}

	@Override
	public boolean isApplicable(Meeting meeting) {
		return true;
	}

	@Override
	public void export(Minutes minutes, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			document.getProperties().getCoreProperties().setTitle(minutes.title());
			document.getProperties().getCoreProperties().setCreator("Casustafel"); //$NON-NLS-1$
			text(document, Text.MINUTES.label() + ": " + minutes.title(), 18, true, ACCENT); //$NON-NLS-1$
			field(document, Text.DATE, minutes.date());
			field(document, Text.LOCATION, minutes.location());
			field(document, Text.CHAIR, minutes.chair());
			field(document, Text.SECRETARY, minutes.secretary());
			if (minutes.pseudonymised()) {
				text(document, Text.PSEUDONYMISED_NOTICE.label(), 10, true, ALARM);
			}
			text(document, Text.PRESENT.label(), 13, true, ACCENT);
			for (Attendee a : minutes.attendance()) {
				if (a.present()) {
					text(document, "\u2022 " + Minutes.attendeeLine(a) + (a.role().isEmpty() ? "" : " \u2014 " + a.role()), 10, false, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			text(document, Text.ABSENT.label(), 13, true, ACCENT);
			for (Attendee a : minutes.attendance()) {
				if (!a.present()) {
					text(document, "\u2022 " + Minutes.attendeeLine(a) + " \u2014 " + a.status(), 10, false, null); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			if (!minutes.missingParties().isEmpty()) {
				XWPFParagraph p = document.createParagraph();
				run(p, Text.MISSING_PARTIES.label() + ": ", 10, true, ALARM); //$NON-NLS-1$
				run(p, String.join(", ", minutes.missingParties()), 10, false, null); //$NON-NLS-1$
			}
			text(document, Text.ITEMS.label(), 13, true, ACCENT);
			for (Item item : minutes.items()) {
				text(document, item.number() + ". " + item.title(), 12, true, null); //$NON-NLS-1$
				field(document, Text.REASON, item.reason());
				field(document, Text.QUESTION, item.question());
				field(document, Text.DECISION, Minutes.join(item.decision(), item.decisionNote()));
				field(document, Text.NOODSCENARIO, item.noodscenario());
				field(document, Text.NEXT_DATE, item.nextDate());
				field(document, Text.DURATION, item.duration());
				if (!item.flag().isEmpty()) {
					text(document, "! " + item.flag(), 10, true, ALARM); //$NON-NLS-1$
				}
				if (!item.agreements().isEmpty()) {
					XWPFTable table = document.createTable(item.agreements().size() + 1, 4);
					table.setWidth("100%"); //$NON-NLS-1$
					Text[] headers = { Text.AGREEMENTS, Text.OWNER, Text.DUE, Text.STATUS };
					XWPFTableRow header = table.getRow(0);
					for (int c = 0; c < headers.length; c++) {
						cell(header, c, headers[c].label(), true);
					}
					int r = 1;
					for (AgreementLine a : item.agreements()) {
						XWPFTableRow row = table.getRow(r++);
						cell(row, 0, a.description(), false);
						cell(row, 1, a.owner(), false);
						cell(row, 2, a.due(), false);
						cell(row, 3, a.status(), false);
					}
					document.createParagraph();
				}
			}
			text(document, NLS.bind(Text.GENERATED.label(), minutes.generatedOn()), 8, false, "5A5A5A"); //$NON-NLS-1$
			document.write(out);
		}
	}

	private static void cell(XWPFTableRow row, int column, String value, boolean bold) {
		XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
		run(p, value, 10, bold, null);
	}

	private static void field(XWPFDocument document, Text label, String value) {
		if (value == null || value.isEmpty()) {
			return;
		}
		XWPFParagraph p = document.createParagraph();
		p.setSpacingAfter(40);
		run(p, label.label() + ": ", 10, true, null); //$NON-NLS-1$
		run(p, value, 10, false, null);
	}

	private static void text(XWPFDocument document, String value, int size, boolean bold, String color) {
		XWPFParagraph p = document.createParagraph();
		if (size >= 12) {
			p.setSpacingBefore(160);
		}
		run(p, value, size, bold, color);
	}

	private static void run(XWPFParagraph p, String value, int size, boolean bold, String color) {
		XWPFRun run = p.createRun();
		run.setText(value);
		run.setFontSize(size);
		run.setBold(bold);
		run.setFontFamily("Calibri"); //$NON-NLS-1$
		if (color != null) {
			run.setColor(color);
		}
	}
}
