/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.meeting.core.Minutes;
import nl.casustafel.meeting.core.Minutes.AgreementLine;
import nl.casustafel.meeting.core.Minutes.Item;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.model.Meeting;

/**
 * The agreements of a meeting that the probation service owns, as a CSV file for the probation
 * unit's own registration: one row per agreement with meeting, date, item, case, agreement, owner,
 * due date and status. Semicolons separate the fields (as Dutch spreadsheets expect), the file is
 * UTF-8 with a byte-order mark and CRLF line ends, fields are quoted as RFC 4180 says.
 * <p>
 * A new format ({@value #FORMAT}) next to Casustafel's PDF and DOCX exporters, which it leaves
 * alone: it is offered only for meetings that concern probation ({@link Probation#concerns}).
 * Registered as an OSGi service by
 * {@code OSGI-INF/nl.casustafel.examples.probation.agreementsCsvExporter.xml}.
 * </p>
 * <p>
 * The minutes name owners by text only. Which of them are probation is decided with the names of
 * the probation services of the workbench's active casebook (the casebook whose meeting is
 * exported); without an active casebook every agreement is written.
 * </p>
 */
public final class ProbationAgreementsExporter implements MinutesExporter {

	/** The format key of this exporter. */
	public static final String FORMAT = "reclassering-csv"; //$NON-NLS-1$

	private static final char SEPARATOR = ';';

	private static final String LINE_END = "\r\n"; //$NON-NLS-1$

	/** Set by Declarative Services (field reference "casebooks", optional and dynamic). */
	private volatile CasebookService casebooks;

	@Override
	public String getFormat() {
		return FORMAT;
	}

	@Override
	public String getLabel() {
		return Messages.exporter_label;
	}

	@Override
	public String getFileExtension() {
		return "csv"; //$NON-NLS-1$
	}

	@Override
	public boolean isApplicable(Meeting meeting) {
		return meeting != null && Probation.concerns(meeting);
	}

	@Override
	public void export(Minutes minutes, OutputStream out) throws IOException {
		Set<String> probation = probationLabels();
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		row(writer, List.of(Messages.exporter_column_meeting, Messages.exporter_column_date, Messages.exporter_column_item,
				Messages.exporter_column_case, Messages.exporter_column_agreement, Messages.exporter_column_owner,
				Messages.exporter_column_due, Messages.exporter_column_status));
		for (Item item : minutes.items()) {
			for (AgreementLine agreement : item.agreements()) {
				if (probation.isEmpty() || isProbation(agreement.owner(), probation)) {
					row(writer, List.of(minutes.title(), minutes.date(), Integer.toString(item.number()), item.title(),
							agreement.description(), agreement.owner(), agreement.due(), agreement.status()));
				}
			}
		}
		writer.flush(); // the stream is not ours to close
	}

	/**
	 * @param owner  the owner as the minutes show it: "name (organisation)", the organisation, or a name
	 * @param labels the names of the probation services
	 * @return whether the owner is (someone of) a probation service
	 */
	static boolean isProbation(String owner, Set<String> labels) {
		for (String label : labels) {
			if (owner.equals(label) || owner.endsWith(" (" + label + ")")) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	private Set<String> probationLabels() {
		CasebookService service = casebooks;
		CasebookSession session = service == null ? null : service.getActiveSession();
		return session == null || session.isClosed() ? Set.of() : Probation.labels(session.getCasebook());
	}

	private static void row(Writer writer, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				writer.write(SEPARATOR);
			}
			writer.write(quote(fields.get(i)));
		}
		writer.write(LINE_END);
	}

	/**
	 * @param field a field
	 * @return the field, in double quotes (inner quotes doubled) when it holds a separator, a quote
	 *         or a line break
	 */
	static String quote(String field) {
		String value = field == null ? "" : field; //$NON-NLS-1$
		if (value.indexOf(SEPARATOR) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
