/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.internal.CasebookServiceImpl;
import nl.casustafel.core.internal.storage.FileSink;
import nl.casustafel.core.internal.storage.StorageSettings;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;

/**
 * Shared set-up of the storage tests: a temporary folder, a service with small shards (50 objects,
 * so a few hundred cases make several shard files), helpers to snapshot files and run commands.
 */
public abstract class StorageTestSupport {

	/** Objects per shard in these tests. */
	protected static final int CAPACITY = 50;

	/** Cases in the standard test casebook: 6 case shards, 300 subjects, 300 identities. */
	protected static final int CASES = 300;

	@TempDir
	protected Path temp;

	protected final SwitchableSink sink = new SwitchableSink();

	protected CasebookService service = newService();

	private final List<CasebookSession> sessions = new ArrayList<>();

	/**
	 * @return a service with {@link #CAPACITY} objects per shard, two reading threads, writing
	 *         through {@link #sink}
	 */
	protected CasebookServiceImpl newService() {
		return new CasebookServiceImpl(
				StorageSettings.defaults().withShardCapacity(CAPACITY).withLoadThreads(2).withFileSink(sink));
	}

	@AfterEach
	void closeSessions() {
		for (CasebookSession session : sessions) {
			session.close();
		}
	}

	/** Creates the standard test casebook in {@code temp/book} and closes its session. */
	protected Path createBook() throws CasebookException {
		return createBook(CASES);
	}

	/** Creates a test casebook with the given number of cases in {@code temp/book} and closes its session. */
	protected Path createBook(int cases) throws CasebookException {
		Path folder = temp.resolve("book");
		try (CasebookSession session = service.create(folder, TestCasebooks.build(cases))) {
			assertTrue(!session.isDirty());
		}
		return folder;
	}

	/** Opens a casebook; the session is closed after the test. */
	protected CasebookSession open(Path folder, OpenMode mode) throws CasebookException {
		return track(service.open(folder, mode));
	}

	/** Closes the session after the test. */
	protected CasebookSession track(CasebookSession session) {
		sessions.add(session);
		return session;
	}

	/** Executes a command on the session's command stack and asserts it was executable. */
	protected static void execute(CasebookSession session, Command command) {
		assertTrue(command.canExecute(), "command not executable: " + command);
		session.getEditingDomain().getCommandStack().execute(command);
	}

	/** Sets a feature through a command. */
	protected static void set(CasebookSession session, Object owner, EStructuralFeature feature, Object value) {
		execute(session, SetCommand.create(session.getEditingDomain(), owner, feature, value));
	}

	/** Finds a case by id. */
	protected static Case findCase(Casebook book, String id) {
		return book.getCases().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
	}

	/** The id of the {@code n}-th case of {@link TestCasebooks}. */
	protected static String caseId(int n) {
		return String.format("case-%05d", n);
	}

	/** All files of a folder (relative path with / to content), except the lock file. */
	protected static Map<String, byte[]> snapshot(Path folder) {
		Map<String, byte[]> result = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = folder.relativize(file).toString().replace('\\', '/');
				if (!name.equals(CasebookService.LOCK_FILE_NAME)) {
					result.put(name, Files.readAllBytes(file));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return result;
	}

	/** Names of the files left by a save in progress (there must never be any). */
	protected static List<String> temporaryFiles(Path folder) {
		return snapshot(folder).keySet().stream().filter(name -> name.endsWith(".tmp")).toList();
	}

	/** Reads a file as UTF-8 text. */
	protected static String text(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A file sink that writes normally until told to fail: then the stream it opens throws the
	 * given exception after some bytes (a disk that fills up while writing).
	 */
	protected static final class SwitchableSink implements FileSink {

		private volatile IOException failure;

		private volatile int failAfterFiles;

		private int opened;

		/** Makes every file from the given one on (0 = the first) fail after 100 bytes. */
		public void failFrom(int file, IOException exception) {
			opened = 0;
			failAfterFiles = file;
			failure = exception;
		}

		/** Writes normally again. */
		public void heal() {
			failure = null;
		}

		@Override
		public java.io.OutputStream create(Path file) throws IOException {
			java.io.OutputStream real = FileSink.DEFAULT.create(file);
			IOException planned = failure;
			if (planned == null || opened++ < failAfterFiles) {
				return real;
			}
			return new java.io.FilterOutputStream(real) {

				private int written;

				@Override
				public void write(int b) throws IOException {
					if (++written > 100) {
						throw planned;
					}
					out.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					for (int i = 0; i < length; i++) {
						write(bytes[offset + i]);
					}
				}
			};
		}
	}
}
