/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The product unpacked from its archive into a folder of its own, started like a user starts it:
 * with its {@code casustafel} script.
 */
final class ProductInstallation {

	/** How long one start (up to the probe closing the workbench) may take on a busy machine. */
	private static final long START_TIMEOUT_SECONDS = 300;

	/** How long the dropins reconciler may take to install the plug-ins on a busy machine. */
	private static final long RECONCILE_TIMEOUT_SECONDS = 90;

	/** The symbolic name of the probe (tests/nl.casustafel.product.probe). */
	static final String PROBE = "nl.casustafel.product.probe";

	private final Path work;

	private final Path root;

	private int starts;

	/** Why an earlier start had to be stopped; later starts would only wait as long again. */
	private String broken;

	private ProductInstallation(Path work, Path root) {
		this.work = work;
		this.root = root;
	}

	/**
	 * Unpacks the product archive ({@code tar -xzf}, as the README tells users) into an emptied
	 * work folder.
	 */
	static ProductInstallation unpack(Path archive, Path work) throws IOException {
		if (!Files.isRegularFile(archive)) {
			throw new IOException("the product archive is not built: " + archive);
		}
		deleteRecursively(work);
		Files.createDirectories(work);
		run(work, "tar", "-xzf", archive.toString(), "-C", work.toString());
		Path root = work.resolve("casustafel");
		if (!Files.isExecutable(root.resolve("casustafel"))) {
			throw new IOException("the archive has no executable casustafel script in casustafel/: " + archive);
		}
		return new ProductInstallation(work, root);
	}

	Path root() {
		return root;
	}

	Path dropins() {
		return root.resolve("dropins");
	}

	/** Copies a plug-in jar into {@code dropins/}. */
	Path drop(Path jar) throws IOException {
		return Files.copy(jar, dropins().resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
	}

	/** Deletes a file from {@code dropins/}. */
	void remove(String fileName) throws IOException {
		Files.delete(dropins().resolve(fileName));
	}

	/** Deletes every jar of a plug-in from {@code dropins/}. */
	void removeAll(String symbolicName) throws IOException {
		try (Stream<Path> files = Files.list(dropins())) {
			for (Path file : files.filter(f -> isJarOf(f, symbolicName)).toList()) {
				Files.delete(file);
			}
		}
	}

	/**
	 * @return the file names of the jars of a plug-in that the product's configuration
	 *         ({@code bundles.info}) starts from {@code dropins/}
	 */
	List<String> installedFromDropins(String symbolicName) throws IOException {
		List<String> files = new ArrayList<>();
		Path bundlesInfo = root.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		for (String line : Files.readAllLines(bundlesInfo, StandardCharsets.UTF_8)) {
			String[] fields = line.split(",");
			if (fields.length >= 3 && fields[0].equals(symbolicName) && fields[2].contains("dropins/")) {
				files.add(fields[2].substring(fields[2].lastIndexOf('/') + 1));
			}
		}
		return files;
	}

	/**
	 * Starts the product on the demo casebook with the probe looking at a plug-in, and waits until
	 * the probe has closed the workbench. The product's log files of earlier starts are moved away
	 * first, so the start's logs are its own.
	 */
	Start start(String symbolicName) throws IOException, InterruptedException {
		if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
			throw new IllegalStateException(
					"starting the product needs a display: run under xvfb-run (releng/scripts/test.sh does)");
		}
		if (broken != null) {
			throw new AssertionError("not started again: " + broken);
		}
		int number = ++starts;
		Path report = work.resolve("start-" + number + ".properties");
		Path output = work.resolve("start-" + number + ".out");
		Path workspace = work.resolve("workspace");
		moveLogs(workspace, work.resolve("logs-before-start-" + number));

		ProcessBuilder builder = new ProcessBuilder(root.resolve("casustafel").toString(), "-data",
				workspace.toString(), "-demo", work.resolve("demo").toString(), "-consoleLog");
		builder.environment().put("CASUSTAFEL_JAVA_OPTS",
				"-Dcasustafel.probe.out=" + report + " -Dcasustafel.probe.bundle=" + symbolicName);
		builder.redirectErrorStream(true).redirectOutput(output.toFile());
		long began = System.nanoTime();
		Process process = builder.start();
		String stopped = waitFor(process, began, symbolicName);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
		if (stopped != null) {
			broken = "start " + number + ": " + stopped;
			throw new AssertionError("start " + number + ": " + stopped + "\nconsole output:\n"
					+ Files.readString(output, StandardCharsets.UTF_8));
		}
		return new Start(number, process.exitValue(), millis, report, output, logs(workspace));
	}

	/**
	 * Waits until the product exits (the probe closes the workbench when it has written its report).
	 *
	 * @return why the product was stopped instead, or {@code null} when it exited by itself
	 */
	private String waitFor(Process process, long began, String symbolicName) throws IOException, InterruptedException {
		while (!process.waitFor(1, TimeUnit.SECONDS)) {
			long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);
			String reason = null;
			if (seconds >= RECONCILE_TIMEOUT_SECONDS && installedFromDropins(PROBE).isEmpty()) {
				// The dropins reconciler installs before the workbench starts; the probe never came.
				reason = "after " + seconds + " s the product's bundles.info still lists nothing from dropins/ "
						+ "(not even the probe): the dropins reconciler did not install the plug-ins";
			} else if (seconds >= START_TIMEOUT_SECONDS) {
				reason = "the product did not close itself within " + seconds + " s (the probe closes it after "
						+ "looking at " + symbolicName + ")";
			}
			if (reason != null) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor();
				return reason;
			}
		}
		return null;
	}

	private List<Path> logs(Path workspace) throws IOException {
		List<Path> logs = new ArrayList<>();
		Path workspaceLog = workspace.resolve(".metadata/.log");
		if (Files.exists(workspaceLog)) {
			logs.add(workspaceLog);
		}
		try (Stream<Path> files = Files.list(root.resolve("configuration"))) {
			files.filter(f -> f.getFileName().toString().endsWith(".log")).forEach(logs::add);
		}
		return logs;
	}

	private void moveLogs(Path workspace, Path target) throws IOException {
		List<Path> logs = logs(workspace);
		if (!logs.isEmpty()) {
			Files.createDirectories(target);
			for (Path log : logs) {
				Files.move(log, target.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	private static boolean isJarOf(Path file, String symbolicName) {
		String name = file.getFileName().toString();
		return name.endsWith(".jar") && (name.startsWith(symbolicName + '_') || name.startsWith(symbolicName + '-'));
	}

	private static void run(Path directory, String... command) throws IOException {
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
			if (process.waitFor() != 0) {
				throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
