/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.LockHolder;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.internal.Messages;
import nl.casustafel.core.internal.storage.CasebookLock;
import nl.casustafel.model.CasebookPackage.Literals;

/**
 * One writer per casebook: a second opener learns who holds it and may open it read-only.
 */
class LockTest extends StorageTestSupport {

	@Test
	void secondWriterInSameProcessIsRefusedWithHolder() throws Exception {
		Path folder = createBook(20);
		open(folder, OpenMode.READ_WRITE);

		CasebookException locked = assertThrows(CasebookException.class,
				() -> open(folder, OpenMode.READ_WRITE));

		assertEquals(CasebookException.Kind.LOCKED, locked.getKind());
		LockHolder holder = locked.getLockHolder();
		assertNotNull(holder);
		assertEquals(System.getProperty("user.name"), holder.user());
		assertEquals(ProcessHandle.current().pid(), holder.pid());
		assertFalse(holder.host().isBlank());
		assertTrue(Duration.between(holder.since(), Instant.now()).abs().toMinutes() < 5, "since: " + holder.since());
		assertEquals(NLS.bind(Messages.exception_lockedHere, folder.toAbsolutePath().normalize()), locked.getMessage(),
				"within one Casustafel the message says it is open here");
	}

	@Test
	void anotherServiceInstanceIsRefusedToo() throws Exception {
		Path folder = createBook(20);
		open(folder, OpenMode.READ_WRITE);
		CasebookService other = newService();

		CasebookException locked = assertThrows(CasebookException.class, () -> other.open(folder, OpenMode.READ_WRITE));

		assertEquals(CasebookException.Kind.LOCKED, locked.getKind());
	}

	@Test
	void readOnlyOpenWorksWhileLockedAndRefusesChanges() throws Exception {
		Path folder = createBook(20);
		open(folder, OpenMode.READ_WRITE);

		CasebookSession readOnly = open(folder, OpenMode.READ_ONLY);

		assertTrue(readOnly.isReadOnly());
		assertEquals(20, readOnly.getCasebook().getCases().size());
		var command = SetCommand.create(readOnly.getEditingDomain(), readOnly.getCasebook().getCases().get(0),
				Literals.CASE__QUESTION, "poging");
		assertFalse(command.canExecute(), "a read-only session accepts no command");
		assertTrue(readOnly.getEditingDomain().isReadOnly(readOnly.getCasebook().getCases().get(0).eResource()));
		CasebookException refused = assertThrows(CasebookException.class, readOnly::save);
		assertEquals(CasebookException.Kind.READ_ONLY, refused.getKind());
	}

	@Test
	void closingReleasesTheLock() throws Exception {
		Path folder = createBook(20);
		CasebookSession first = open(folder, OpenMode.READ_WRITE);
		assertNotNull(CasebookLock.readHolder(folder), "the lock file tells who holds it");

		first.close();

		assertNull(CasebookLock.readHolder(folder), "the holder text is cleared");
		CasebookSession second = open(folder, OpenMode.READ_WRITE);
		assertFalse(second.isReadOnly());
	}

	@Test
	void failedOpenReleasesTheLock() throws Exception {
		Path folder = createBook(20);
		Path root = folder.resolve(CasebookService.ROOT_FILE_NAME);
		byte[] good = Files.readAllBytes(root);
		Files.writeString(root, "kapot");
		assertThrows(CasebookException.class, () -> open(folder, OpenMode.READ_WRITE));

		Files.write(root, good);

		assertFalse(open(folder, OpenMode.READ_WRITE).isReadOnly());
	}

	/**
	 * The real case: another process (another Casustafel) holds the lock. A small Java program,
	 * started with the launcher of this JVM, takes the lock the way Casustafel does.
	 */
	@Test
	void lockHeldByAnotherProcessIsRefusedWithItsHolder() throws Exception {
		Path folder = createBook(20);
		Optional<String> java = ProcessHandle.current().info().command();
		assumeTrue(java.isPresent(), "no java launcher known");
		Path program = temp.resolve("HoldLock.java");
		Files.writeString(program, """
				import java.nio.*; import java.nio.channels.*; import java.nio.file.*;
				public class HoldLock {
				  public static void main(String[] args) throws Exception {
				    FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
				        StandardOpenOption.READ, StandardOpenOption.WRITE);
				    FileLock lock = channel.tryLock(1L << 40, 1, false);
				    channel.truncate(0);
				    channel.write(ByteBuffer.wrap(("user=anna\\nhost=werkplek-7\\npid=4242\\n"
				        + "since=2026-03-01T09:30:00Z\\n").getBytes()), 0);
				    System.out.println(lock != null ? "LOCKED" : "BUSY");
				    System.out.flush();
				    System.in.read();
				  }
				}
				""");
		Process process = new ProcessBuilder(java.get(), program.toString(),
				folder.resolve(CasebookService.LOCK_FILE_NAME).toString()).redirectErrorStream(true).start();
		try {
			String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
					.readLine();
			assumeTrue("LOCKED".equals(line), "the helper process could not run: " + line);

			CasebookException locked = assertThrows(CasebookException.class,
					() -> open(folder, OpenMode.READ_WRITE));

			assertEquals(CasebookException.Kind.LOCKED, locked.getKind());
			assertEquals(new LockHolder("anna", "werkplek-7", 4242, Instant.parse("2026-03-01T09:30:00Z")),
					locked.getLockHolder());
			assertTrue(locked.getMessage().contains("anna") && locked.getMessage().contains("werkplek-7"),
					locked.getMessage());
			assertTrue(open(folder, OpenMode.READ_ONLY).isReadOnly());
		} finally {
			process.getOutputStream().close();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}

		assertFalse(open(folder, OpenMode.READ_WRITE).isReadOnly(), "the OS released the other process's lock");
	}
}
