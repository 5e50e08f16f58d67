/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.product.probe.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The probe's findings: sorted {@code key=value} lines in a properties file (ISO 8859-1 with
 * escapes, as {@link Properties} reads it). Lists are comma-separated and sorted. The
 * last key written is {@code done=true}, so a reader knows the file is complete. Thread-safe.
 */
final class Report {

	private final Path file;

	private final Map<String, String> values = new TreeMap<>();

	Report(Path file) {
		this.file = file;
	}

	synchronized void put(String key, Object value) {
		values.put(key, String.valueOf(value));
	}

	synchronized void putAll(String key, Collection<String> items) {
		values.put(key, String.join(",", new TreeSet<>(items))); //$NON-NLS-1$
	}

	/** Records what went wrong in one check as {@code error.<check>}; the other checks go on. */
	synchronized void failure(String check, Throwable e) {
		StringWriter trace = new StringWriter();
		e.printStackTrace(new PrintWriter(trace));
		values.put("error." + check, trace.toString()); //$NON-NLS-1$
	}

	synchronized void write() {
		Properties properties = new Properties(); // Java 18+ stores the keys sorted
		properties.putAll(values);
		properties.put("done", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Path temporary = Files.createTempFile(parent, "probe", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.ISO_8859_1)) {
				properties.store(out, "Casustafel product probe"); //$NON-NLS-1$
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			System.err.println("casustafel probe: cannot write " + file + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
