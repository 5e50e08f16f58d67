/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.osgi.util.NLS;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import nl.casustafel.meeting.core.Minutes;
import nl.casustafel.meeting.core.Minutes.AgreementLine;
import nl.casustafel.meeting.core.Minutes.Attendee;
import nl.casustafel.meeting.core.Minutes.Item;
import nl.casustafel.meeting.core.Minutes.Text;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.model.Meeting;

/**
 * Casustafel's PDF minutes (OpenPDF): A4, one section per agenda item, agreements as a table.
 * OSGi service with ranking 0.
 * <p>
 * OpenPDF 2.x marks its {@code com.lowagie} API deprecated in favour of the {@code org.openpdf}
 * packages of OpenPDF 3; 2.4.0 (the version in the target platform) has only the former.
 * </p>
 */
@SuppressWarnings("deprecation")
public final class PdfMinutesExporter implements MinutesExporter {

	private static final Color ACCENT = new Color(20, 70, 120);
	private static final Color GREY = new Color(90, 90, 90);

	@Override
	public String getFormat() {
		return PDF;
	}

	@Override
	public String getLabel() {
		return Messages.Export_PdfLabel;
	}

	@Override
	public String getFileExtension() {
		return "pdf"; //$NON-NLS-1$
	}

	@Override
	public boolean isApplicable(Meeting meeting) {
		return true;
	}

	@Override
	public void export(Minutes minutes, OutputStream out) throws IOException {
		Font title = font(18, Font.BOLD, ACCENT);
		Font heading = font(13, Font.BOLD, ACCENT);
		Font itemHeading = font(12, Font.BOLD, Color.BLACK);
		Font body = font(10, Font.NORMAL, Color.BLACK);
		Font label = font(10, Font.BOLD, Color.BLACK);
		Font small = font(8, Font.ITALIC, GREY);
		Font flag = font(10, Font.BOLD, new Color(170, 40, 20));

		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, new NonClosingStream(out));
			writer.setCloseStream(false);
			document.addTitle(minutes.title());
			document.addSubject(Text.MINUTES.label());
			document.addCreator("Casustafel"); //$NON-NLS-1$
			document.open();

			document.add(new Paragraph(Text.MINUTES.label() + ": " + minutes.title(), title)); //$NON-NLS-1$
			addField(document, Text.DATE, minutes.date(), label, body);
			addField(document, Text.LOCATION, minutes.location(), label, body);
			addField(document, Text.CHAIR, minutes.chair(), label, body);
			addField(document, Text.SECRETARY, minutes.secretary(), label, body);
			if (minutes.pseudonymised()) {
				document.add(new Paragraph(Text.PSEUDONYMISED_NOTICE.label(), flag));
			}

			document.add(spaced(new Paragraph(Text.PRESENT.label(), heading)));
			for (Attendee a : minutes.attendance()) {
				if (a.present()) {
					document.add(new Paragraph("\u2022 " + Minutes.attendeeLine(a) + suffix(a.role()), body)); //$NON-NLS-1$
				}
			}
			document.add(spaced(new Paragraph(Text.ABSENT.label(), heading)));
			for (Attendee a : minutes.attendance()) {
				if (!a.present()) {
					document.add(new Paragraph("\u2022 " + Minutes.attendeeLine(a) + " \u2014 " + a.status(), body)); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			if (!minutes.missingParties().isEmpty()) {
				Paragraph missing = new Paragraph();
				missing.add(new Chunk(Text.MISSING_PARTIES.label() + ": ", flag)); //$NON-NLS-1$
				missing.add(new Chunk(String.join(", ", minutes.missingParties()), body)); //$NON-NLS-1$
				document.add(spaced(missing));
			}

			document.add(spaced(new Paragraph(Text.ITEMS.label(), heading)));
			for (Item item : minutes.items()) {
				Paragraph itemTitle = new Paragraph(item.number() + ". " + item.title(), itemHeading); //$NON-NLS-1$
				itemTitle.setSpacingBefore(8);
				document.add(itemTitle);
				addField(document, Text.REASON, item.reason(), label, body);
				addField(document, Text.QUESTION, item.question(), label, body);
				addField(document, Text.DECISION, Minutes.join(item.decision(), item.decisionNote()), label, body);
				addField(document, Text.NOODSCENARIO, item.noodscenario(), label, body);
				addField(document, Text.NEXT_DATE, item.nextDate(), label, body);
				addField(document, Text.DURATION, item.duration(), label, body);
				if (!item.flag().isEmpty()) {
					document.add(new Paragraph("! " + item.flag(), flag)); //$NON-NLS-1$
				}
				if (!item.agreements().isEmpty()) {
					PdfPTable table = new PdfPTable(new float[] { 50, 24, 12, 14 });
					table.setWidthPercentage(100);
					table.setSpacingBefore(4);
					table.setHeaderRows(1);
					for (Text header : new Text[] { Text.AGREEMENTS, Text.OWNER, Text.DUE, Text.STATUS }) {
						PdfPCell cell = new PdfPCell(new Phrase(header.label(), label));
						cell.setBackgroundColor(new Color(225, 232, 240));
						table.addCell(cell);
					}
					for (AgreementLine a : item.agreements()) {
						table.addCell(new Phrase(a.description(), body));
						table.addCell(new Phrase(a.owner(), body));
						table.addCell(new Phrase(a.due(), body));
						table.addCell(new Phrase(a.status(), body));
					}
					document.add(table);
				}
			}
			Paragraph generated = new Paragraph(NLS.bind(Text.GENERATED.label(), minutes.generatedOn()), small);
			generated.setAlignment(Element.ALIGN_RIGHT);
			document.add(spaced(generated));
		} catch (DocumentException e) {
			throw new IOException(e.getMessage(), e);
		} finally {
			if (document.isOpen()) {
				document.close();
			}
		}
	}

	private static void addField(Document document, Text label, String value, Font labelFont, Font body)
			throws DocumentException {
		if (value == null || value.isEmpty()) {
			return;
		}
		Paragraph p = new Paragraph();
		p.add(new Chunk(label.label() + ": ", labelFont)); //$NON-NLS-1$
		p.add(new Chunk(value, body));
		document.add(p);
	}

	private static Paragraph spaced(Paragraph p) {
		p.setSpacingBefore(10);
		return p;
	}

	private static String suffix(String role) {
		return role == null || role.isEmpty() ? "" : " \u2014 " + role; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Font font(float size, int style, Color color) {
		return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style, color);
	}

	/** Keeps the caller's stream open: OpenPDF closes its stream when the document closes. */
	private static final class NonClosingStream extends java.io.FilterOutputStream {
		NonClosingStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
