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

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import nl.casustafel.core.PluginFailures;
import nl.casustafel.core.RankedServices;
import nl.casustafel.meeting.core.internal.DocxMinutesExporter;
import nl.casustafel.meeting.core.internal.Messages;
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
		} else {
			// a plug-in whose exporter throws while saying whether it applies is left out (and logged)
			all = RankedServices.applicable(MinutesExporter.class, exporter -> exporter.isApplicable(meeting));
		}
		for (MinutesExporter exporter : all) {
			String format = format(exporter);
			if (format != null) {
				byFormat.putIfAbsent(format, exporter);
			}
		}
		return new ArrayList<>(byFormat.values());
	}

	private static String label(MinutesExporter exporter) {
		try {
			return exporter.getLabel();
		} catch (RuntimeException | LinkageError e) {
			return exporter.getClass().getSimpleName();
		}
	}

	private static String format(MinutesExporter exporter) {
		try {
			return exporter.getFormat();
		} catch (RuntimeException | LinkageError e) {
			Bundle bundle = PluginFailures.bundleOf(exporter.getClass());
			PluginFailures.log(bundle, bundle == null ? exporter.getClass().getName() : bundle.getSymbolicName(),
					NLS.bind(Messages.Minutes_FormatFailed, PluginFailures.labelOf(exporter), PluginFailures.describe(e)), e);
			return null;
		}
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
	 * @throws IOException when writing fails, or when the exporter (a partner's plug-in) fails: the
	 *                     message then names the plug-in; no file is left behind
	 */
	public static void export(Meeting meeting, MinutesExporter exporter, boolean pseudonymised, LocalDate today, Path file)
			throws IOException {
		Minutes minutes = Minutes.of(meeting, pseudonymised, today);
		Path folder = file.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, ".minutes", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				exporter.export(minutes, out);
			} catch (RuntimeException | LinkageError e) {
				Bundle bundle = PluginFailures.bundleOf(exporter.getClass());
				String message = NLS.bind(Messages.Minutes_ExporterFailed,
						new Object[] { label(exporter), PluginFailures.labelOf(exporter), PluginFailures.describe(e) });
				PluginFailures.log(bundle, bundle == null ? exporter.getClass().getName() : bundle.getSymbolicName(),
						message, e);
				throw new IOException(message, e);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
