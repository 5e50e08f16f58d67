/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.LockHolder;
import nl.casustafel.core.internal.Messages;

/**
 * The lock of a casebook open for editing: an OS file lock ({@link FileChannel#tryLock}) on
 * {@code .casustafel.lock} in the casebook folder, plus readable holder information in that file
 * (user, host, process id, time). The OS releases the lock when the process dies, so a crash never
 * leaves a casebook locked; the file itself stays (deleting it would let two processes lock
 * different files). Within one JVM a second lock on the same file fails too
 * ({@link OverlappingFileLockException}).
 * <p>
 * The lock covers one byte far beyond the holder text, so that the text stays readable on
 * platforms with mandatory locks.
 * </p>
 */
public final class CasebookLock {

	private static final long LOCK_POSITION = 1L << 40;

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private final LockHolder holder;

	private CasebookLock(Path file, FileChannel channel, FileLock lock, LockHolder holder) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
		this.holder = holder;
	}

	/**
	 * Takes the lock of a casebook folder.
	 *
	 * @param folder the casebook folder (it must exist)
	 * @return the lock, to be {@link #release() released}
	 * @throws CasebookException {@link CasebookException.Kind#LOCKED} with the holder when someone
	 *                           holds it; {@link CasebookException.Kind#READ_ONLY} when the folder
	 *                           cannot be written
	 */
	public static CasebookLock acquire(Path folder) throws CasebookException {
		Path file = StorageLayout.lockFile(folder);
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
		} catch (AccessDeniedException e) {
			throw readOnlyFolder(folder, e);
		} catch (FileSystemException e) {
			if (e.getMessage() != null && e.getMessage().contains("Read-only")) { //$NON-NLS-1$
				throw readOnlyFolder(folder, e);
			}
			throw ioError(folder, e);
		} catch (IOException e) {
			throw ioError(folder, e);
		}
		FileLock lock;
		try {
			lock = channel.tryLock(LOCK_POSITION, 1, false);
		} catch (OverlappingFileLockException e) {
			lock = null;
		} catch (IOException e) {
			closeQuietly(channel);
			throw ioError(folder, e);
		}
		if (lock == null) {
			LockHolder other = read(channel);
			closeQuietly(channel);
			throw locked(folder, other);
		}
		LockHolder holder = new LockHolder(System.getProperty("user.name"), hostName(), //$NON-NLS-1$
				ProcessHandle.current().pid(), Instant.now());
		try {
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(format(holder).getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(false);
		} catch (IOException e) {
			try {
				lock.release();
			} catch (IOException suppressed) {
				e.addSuppressed(suppressed);
			}
			closeQuietly(channel);
			throw ioError(folder, e);
		}
		return new CasebookLock(file, channel, lock, holder);
	}

	/**
	 * Reads who holds the lock of a folder, without taking it.
	 *
	 * @param folder a casebook folder
	 * @return the holder as recorded in the lock file, or {@code null} when there is none
	 */
	public static LockHolder readHolder(Path folder) {
		Path file = StorageLayout.lockFile(folder);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			return read(channel);
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * @return who holds this lock (this process)
	 */
	public LockHolder holder() {
		return holder;
	}

	/**
	 * @return whether the lock is still held
	 */
	public boolean isValid() {
		return lock.isValid();
	}

	/**
	 * Clears the holder text and releases the lock. Does nothing when already released.
	 */
	public void release() {
		if (!channel.isOpen()) {
			return;
		}
		try {
			channel.truncate(0);
		} catch (IOException e) {
			// the lock is released anyway; stale text without a lock means nothing
		}
		try {
			lock.release();
		} catch (IOException e) {
			// closing the channel below releases it as well
		}
		closeQuietly(channel);
	}

	@Override
	public String toString() {
		return "CasebookLock[" + file + ", " + holder + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String format(LockHolder holder) {
		return "# Casustafel: this casebook is open for editing\n" //$NON-NLS-1$
				+ "user=" + escape(holder.user()) + '\n' //$NON-NLS-1$
				+ "host=" + escape(holder.host()) + '\n' //$NON-NLS-1$
				+ "pid=" + holder.pid() + '\n' //$NON-NLS-1$
				+ "since=" + holder.since() + '\n'; //$NON-NLS-1$
	}

	private static String escape(String value) {
		StringBuilder result = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (c == '\\') {
				result.append("\\\\"); //$NON-NLS-1$
			} else if (c < 0x20 || c > 0x7e) {
				result.append(String.format(Locale.ROOT, "\\u%04x", (int) c)); //$NON-NLS-1$
			} else {
				result.append(c);
			}
		}
		return result.toString();
	}

	private static LockHolder read(FileChannel channel) {
		try {
			long size = Math.min(channel.size(), 4096);
			if (size == 0) {
				return null;
			}
			ByteBuffer buffer = ByteBuffer.allocate((int) size);
			while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
				// keep reading
			}
			Properties properties = new Properties();
			properties.load(new StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
			if (properties.isEmpty()) {
				return null;
			}
			long pid = -1;
			try {
				pid = Long.parseLong(properties.getProperty("pid", "-1").trim()); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (NumberFormatException e) {
				// unknown
			}
			Instant since = null;
			try {
				String text = properties.getProperty("since"); //$NON-NLS-1$
				since = text == null ? null : Instant.parse(text.trim());
			} catch (DateTimeParseException e) {
				// unknown
			}
			return new LockHolder(properties.getProperty("user"), properties.getProperty("host"), pid, since); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | IllegalArgumentException e) {
			return null;
		}
	}

	private static CasebookException locked(Path folder, LockHolder holder) {
		String message;
		if (holder == null) {
			message = NLS.bind(Messages.exception_lockedUnknownHolder, folder);
		} else if (holder.pid() == ProcessHandle.current().pid()) {
			message = NLS.bind(Messages.exception_lockedHere, folder);
		} else {
			String since = holder.since() == null ? Messages.lock_unknown
					: DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT) //$NON-NLS-1$
							.withZone(ZoneId.systemDefault()).format(holder.since());
			message = NLS.bind(Messages.exception_locked, new Object[] { folder, holder.user(), holder.host(),
					holder.pid() < 0 ? Messages.lock_unknown : Long.toString(holder.pid()), since });
		}
		return new CasebookException(CasebookException.Kind.LOCKED, message, folder, holder, null, null);
	}

	private static CasebookException readOnlyFolder(Path folder, IOException e) {
		return new CasebookException(CasebookException.Kind.READ_ONLY, NLS.bind(Messages.exception_folderReadOnly, folder),
				folder, e);
	}

	private static CasebookException ioError(Path folder, IOException e) {
		return new CasebookException(CasebookException.Kind.IO_ERROR,
				NLS.bind(Messages.exception_ioError, folder, e.getMessage()), folder, e);
	}

	private static String hostName() {
		String name = System.getenv("COMPUTERNAME"); //$NON-NLS-1$
		if (name == null || name.isBlank()) {
			name = System.getenv("HOSTNAME"); //$NON-NLS-1$
		}
		if (name == null || name.isBlank()) {
			try {
				Path kernel = Path.of("/proc/sys/kernel/hostname"); //$NON-NLS-1$
				if (Files.isReadable(kernel)) {
					name = Files.readString(kernel).strip();
				}
			} catch (IOException | RuntimeException e) {
				name = null;
			}
		}
		if (name == null || name.isBlank()) {
			try {
				name = InetAddress.getLocalHost().getHostName();
			} catch (IOException e) {
				name = null;
			}
		}
		return name;
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		} catch (IOException e) {
			// nothing to do
		}
	}
}
