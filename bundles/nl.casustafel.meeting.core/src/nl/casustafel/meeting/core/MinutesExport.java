/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.casustafel.core.RankedServices;
import nl.casustafel.meeting.core.internal.DocxMinutesExporter;
import nl.casustafel.meeting.core.internal.PdfMinutesExporter;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.model.Meeting;

/**
 * Exporting minutes: the exporter of highest ranking per format among the applicable
 * {@link MinutesExporter} services (Casustafel's PDF and DOCX exporters outside OSGi).
 *
 * @since 0.1
 */
public final class MinutesExport {

	private MinutesExport() {
	}

	/**
	 * @param meeting a meeting
	 * @return one exporter per format that applies to the meeting, the highest ranked of each
	 */
	public static List<MinutesExporter> exporters(Meeting meeting) {
		Map<String, MinutesExporter> byFormat = new LinkedHashMap<>();
		List<MinutesExporter> all = RankedServices.all(MinutesExporter.class);
		if (all.isEmpty()) {
			all = List.of(new PdfMinutesExporter(), new DocxMinutesExporter());
		}
		for (MinutesExporter exporter : all) {
			if (exporter.isApplicable(meeting)) {
				byFormat.putIfAbsent(exporter.getFormat(), exporter);
			}
		}
		return new ArrayList<>(byFormat.values());
	}

	/**
	 * @param meeting a meeting
	 * @param format  a format, e.g. {@link MinutesExporter#PDF}
	 * @return the exporter of highest ranking for that format that applies to the meeting
	 */
	public static Optional<MinutesExporter> exporter(Meeting meeting, String format) {
		return exporters(meeting).stream().filter(e -> format.equals(e.getFormat())).findFirst();
	}

	/**
	 * Writes the minutes of a meeting to a file, atomically (a temporary file renamed into place).
	 *
	 * @param meeting       the meeting
	 * @param exporter      the exporter
	 * @param pseudonymised whether to write the variant for wider distribution
	 * @param today         the day the minutes are made
	 * @param file          the file
	 * @throws IOException when writing fails
	 */
	public static void export(Meeting meeting, MinutesExporter exporter, boolean pseudonymised, LocalDate today, Path file)
			throws IOException {
		Minutes minutes = Minutes.of(meeting, pseudonymised, today);
		Path folder = file.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, ".minutes", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				exporter.export(minutes, out);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
