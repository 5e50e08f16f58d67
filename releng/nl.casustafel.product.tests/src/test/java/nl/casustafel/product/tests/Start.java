/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One finished start of the product: the probe's report, the console output and the log files.
 */
final class Start {

	/** An entry of an Eclipse log file: {@code !ENTRY <plugin> <severity> <code> <date>}. */
	private static final Pattern ENTRY = Pattern.compile("^!ENTRY (\\S+) (\\d+) .*$", Pattern.MULTILINE);

	private static final int ERROR = 4;

	private final int number;

	private final int exitCode;

	private final long millis;

	private final Properties report = new Properties();

	private final String output;

	private final List<String> logs = new ArrayList<>();

	Start(int number, int exitCode, long millis, Path reportFile, Path outputFile, List<Path> logFiles)
			throws IOException {
		this.number = number;
		this.exitCode = exitCode;
		this.millis = millis;
		this.output = Files.exists(outputFile) ? Files.readString(outputFile, StandardCharsets.UTF_8) : "";
		for (Path log : logFiles) {
			logs.add(Files.readString(log, StandardCharsets.UTF_8));
		}
		if (Files.exists(reportFile)) {
			try (Reader in = Files.newBufferedReader(reportFile, StandardCharsets.ISO_8859_1)) {
				report.load(in);
			}
		}
		if (!"true".equals(report.getProperty("done"))) {
			fail("start " + number + " wrote no complete probe report (" + reportFile + ")\n" + describe());
		}
		assertEquals(0, exitCode, "exit code of start " + number + "\n" + describe());
		assertEquals(List.of(), errorKeys(), "checks of the probe that threw\n" + describe());
	}

	/** @return the value of a key of the report; fails when the probe did not report it */
	String value(String key) {
		String value = report.getProperty(key);
		if (value == null) {
			fail("the probe reported no " + key + "\n" + describe());
		}
		return value;
	}

	/** @return a comma-separated list of the report as a set (empty for an empty value) */
	Set<String> list(String key) {
		String value = value(key);
		return value.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(value.split(",")));
	}

	/** Asserts that the probe saw no error being logged and that the log files hold no error entry. */
	void assertNoErrorsLogged() {
		assertEquals("", value("log.errors"), "errors logged while the probe ran\n" + describe());
		List<String> errors = new ArrayList<>();
		for (String log : logs) {
			Matcher entry = ENTRY.matcher(log);
			while (entry.find()) {
				if (Integer.parseInt(entry.group(2)) >= ERROR) {
					errors.add(entry.group());
				}
			}
		}
		assertTrue(errors.isEmpty(), "error entries in the product's log of start " + number + ": " + errors + "\n"
				+ String.join("\n", logs));
	}

	/** @return the report, the end of the console output and the duration, for failure messages */
	String describe() {
		StringBuilder text = new StringBuilder();
		text.append("start ").append(number).append(": exit code ").append(exitCode).append(" after ")
				.append(millis).append(" ms\nprobe report:\n");
		new TreeSet<>(report.stringPropertyNames())
				.forEach(key -> text.append("  ").append(key).append('=').append(report.getProperty(key)).append('\n'));
		String tail = output.length() > 6000 ? output.substring(output.length() - 6000) : output;
		text.append("console output (end):\n").append(tail);
		return text.toString();
	}

	private List<String> errorKeys() {
		return report.stringPropertyNames().stream().filter(key -> key.startsWith("error.")).sorted()
				.map(key -> key + ": " + report.getProperty(key)).toList();
	}
}
