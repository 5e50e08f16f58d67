/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.learning.core.LearningMinutes;
import nl.casustafel.learning.core.LearningMinutes.Content;
import nl.casustafel.learning.core.LearningMinutes.Fact;
import nl.casustafel.learning.core.LearningMinutes.Section;
import nl.casustafel.learning.core.spi.MinutesExporter;
import nl.casustafel.learning.model.LearningSession;

/**
 * The built-in minutes exporter: an A4 PDF with the session's facts and the sections of
 * {@link LearningMinutes#build(LearningSession)}, written with OpenPDF in the standard Helvetica
 * fonts (Windows-1252 encoding: Dutch diacritics and the euro sign print correctly).
 */
public final class PdfMinutesExporter implements MinutesExporter {

	private static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
	private static final Color MUTED = new Color(0x55, 0x55, 0x55);

	@Override
	public String fileExtension() {
		return "pdf"; //$NON-NLS-1$
	}

	@Override
	public String label() {
		return Messages.exporter_pdf;
	}

	@Override
	public void export(LearningSession session, OutputStream out) throws IOException {
		Content content = LearningMinutes.build(session);
		Document document = new Document(PageSize.A4, 56, 56, 56, 64);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setCloseStream(false);
			writer.setPageEvent(new Footer());
			document.addTitle(content.title());
			document.addCreator("Casustafel"); //$NON-NLS-1$
			document.open();

			Paragraph title = new Paragraph(content.title(), font(FontFactory.HELVETICA_BOLD, 18, ACCENT));
			title.setSpacingAfter(10);
			document.add(title);

			PdfPTable facts = new PdfPTable(new float[] { 1.3f, 4f });
			facts.setWidthPercentage(100);
			facts.setSpacingAfter(8);
			for (Fact fact : content.facts()) {
				facts.addCell(cell(fact.label(), font(FontFactory.HELVETICA_BOLD, 10, MUTED)));
				facts.addCell(cell(fact.value(), font(FontFactory.HELVETICA, 10, Color.BLACK)));
			}
			document.add(facts);

			for (Section section : content.sections()) {
				Paragraph heading = new Paragraph(section.heading(), font(FontFactory.HELVETICA_BOLD, 13, ACCENT));
				heading.setSpacingBefore(10);
				heading.setSpacingAfter(4);
				heading.setKeepTogether(true);
				document.add(heading);
				Font body = font(FontFactory.HELVETICA, 11, Color.BLACK);
				if (section.bullets()) {
					com.lowagie.text.List list = new com.lowagie.text.List(section.numbered(), 16);
					if (!section.numbered()) {
						list.setListSymbol(new Chunk("\u2022  ", body)); //$NON-NLS-1$
					}
					for (String line : section.lines()) {
						ListItem item = new ListItem(line, body);
						item.setSpacingAfter(2);
						list.add(item);
					}
					document.add(list);
				} else {
					for (String line : section.lines()) {
						Paragraph paragraph = new Paragraph(line, body);
						paragraph.setSpacingAfter(3);
						document.add(paragraph);
					}
				}
			}
			document.close();
		} catch (DocumentException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static Font font(String name, float size, Color color) {
		return FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, Font.NORMAL, color);
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingBottom(4);
		return cell;
	}

	/** "Casustafel — page n" at the foot of every page. */
	private static final class Footer extends PdfPageEventHelper {

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			Phrase footer = new Phrase(NLS.bind(Messages.minutes_footer, Integer.valueOf(writer.getPageNumber())),
					font(FontFactory.HELVETICA, 8, MUTED));
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
					(document.left() + document.right()) / 2, document.bottom() - 24, 0);
		}
	}
}
