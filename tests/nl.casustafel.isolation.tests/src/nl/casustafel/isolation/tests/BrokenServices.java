/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.isolation.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import nl.casustafel.meeting.core.Minutes;
import nl.casustafel.meeting.core.spi.MaskingProfile;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.model.Meeting;

/**
 * Services of the broken plug-in, registered with a ranking far above Casustafel's defaults
 * (OSGI-INF/*.xml), each with a bug.
 */
public final class BrokenServices {

	private BrokenServices() {
	}

	/** An exporter that throws when asked whether it applies. */
	public static final class ThrowsOnApplicable implements MinutesExporter {
		@Override
		public String getFormat() {
			return PDF;
		}

		@Override
		public String getLabel() {
			return "Kapotte PDF";
		}

		@Override
		public String getFileExtension() {
			return "pdf";
		}

		@Override
		public boolean isApplicable(Meeting meeting) {
			throw new IllegalStateException("overlegsoort onbekend");
		}

		@Override
		public void export(Minutes minutes, OutputStream out) throws IOException {
			throw new AssertionError("never chosen");
		}
	}

	/** An exporter of its own format that writes half a file, then throws. */
	public static final class ThrowsOnExport implements MinutesExporter {

		static final String FORMAT = "kapot";

		@Override
		public String getFormat() {
			return FORMAT;
		}

		@Override
		public String getLabel() {
			return "Kapot formaat";
		}

		@Override
		public String getFileExtension() {
			return "txt";
		}

		@Override
		public boolean isApplicable(Meeting meeting) {
			return true;
		}

		@Override
		public void export(Minutes minutes, OutputStream out) throws IOException {
			out.write("Verslag van ".getBytes(StandardCharsets.UTF_8));
			throw new IllegalArgumentException("tabel met afspraken ontbreekt");
		}
	}

	/** A masking profile that applies everywhere and fails on every question. */
	public static final class ThrowingMaskingProfile implements MaskingProfile {
		@Override
		public boolean isApplicable(nl.casustafel.meeting.core.MaskingContext context) {
			return true;
		}

		@Override
		public nl.casustafel.meeting.core.Visibility visibility(nl.casustafel.meeting.core.SensitiveField field,
				nl.casustafel.meeting.core.MaskingContext context) {
			throw new UnsupportedOperationException("profiel niet geconfigureerd");
		}
	}
}
