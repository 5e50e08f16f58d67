/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.spi;

import java.io.IOException;
import java.io.OutputStream;

import nl.casustafel.meeting.core.Minutes;
import nl.casustafel.model.Meeting;

/**
 * Writes the minutes of a meeting in one file format.
 * <p>
 * Register an implementation as an OSGi service (e.g. a Declarative Services component). For each
 * format the applicable exporter with the highest {@code service.ranking} is used; Casustafel's
 * PDF and DOCX exporters have ranking 0, so a partner exporter with a higher ranking replaces one
 * of them (for all meetings, or only those it declares itself applicable to), and an exporter for
 * a new format is offered next to them.
 * </p>
 *
 * @since 0.1
 */
public interface MinutesExporter {

	/** Format of Casustafel's PDF exporter. */
	String PDF = "pdf"; //$NON-NLS-1$

	/** Format of Casustafel's DOCX exporter. */
	String DOCX = "docx"; //$NON-NLS-1$

	/**
	 * @return the format this exporter writes, a lower-case key such as {@value #PDF}; exporters of
	 *         the same format compete by ranking
	 */
	String getFormat();

	/**
	 * @return the name of the format for users, e.g. "PDF-document"
	 */
	String getLabel();

	/**
	 * @return the file name extension without the dot, e.g. {@code pdf}
	 */
	String getFileExtension();

	/**
	 * @param meeting the meeting whose minutes are wanted
	 * @return whether this exporter handles it (e.g. only meetings of one type)
	 */
	boolean isApplicable(Meeting meeting);

	/**
	 * Writes the minutes. The minutes are already masked for their audience (see
	 * {@link Minutes#pseudonymised()}); write nothing beyond them.
	 *
	 * @param minutes the minutes
	 * @param out     where to write; not closed by the exporter
	 * @throws IOException when writing fails
	 */
	void export(Minutes minutes, OutputStream out) throws IOException;
}
