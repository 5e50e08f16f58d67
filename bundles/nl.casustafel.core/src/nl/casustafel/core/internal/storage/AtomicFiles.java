/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Atomic replacement of a file: write a temporary file next to it and force it to disk, keep the
 * current version as {@code <name>.bak}, rename the temporary file over the target, force the
 * folder. At every moment the target is either the complete old or the complete new version.
 */
public final class AtomicFiles {

	/** Suffix of temporary files; they are hidden ({@code .<name>.<random>.tmp}). */
	public static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$

	/**
	 * Writes the content of a file.
	 */
	@FunctionalInterface
	public interface Writer {

		/**
		 * @param out the stream to write to (do not close it)
		 * @throws IOException on failure
		 */
		void write(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
		// static access only
	}

	/**
	 * Writes a temporary file next to the target and forces it to disk. On failure, nothing is left
	 * behind.
	 *
	 * @param sink   opens the temporary file
	 * @param target the file that will be replaced
	 * @param writer writes the content
	 * @return the temporary file
	 * @throws IOException when writing fails (the temporary file is then deleted)
	 */
	public static Path writeTemporary(FileSink sink, Path target, Writer writer) throws IOException {
		Path temporary = null;
		OutputStream out = null;
		for (int attempt = 0; out == null; attempt++) {
			temporary = target.resolveSibling('.' + target.getFileName().toString() + '.'
					+ Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX);
			try {
				out = sink.create(temporary);
			} catch (FileAlreadyExistsException e) {
				if (attempt > 10) {
					throw e;
				}
			}
		}
		try {
			try (OutputStream stream = out) {
				writer.write(stream);
			}
			return temporary;
		} catch (IOException | RuntimeException | Error e) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw e;
		}
	}

	/**
	 * Puts a temporary file in place of the target: the current target becomes
	 * {@code <target>.bak} (a hard link where the file system allows, else a copy), then the
	 * temporary file is renamed atomically over the target.
	 *
	 * @param temporary a file written by {@link #writeTemporary}
	 * @param target    the target
	 * @throws IOException when the rename fails (the temporary file is then left for the caller)
	 */
	public static void commit(Path temporary, Path target) throws IOException {
		if (Files.exists(target)) {
			Path backup = target.resolveSibling(target.getFileName() + StorageLayout.BACKUP_SUFFIX);
			Files.deleteIfExists(backup);
			try {
				Files.createLink(backup, target);
			} catch (IOException | UnsupportedOperationException | SecurityException e) {
				Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Forces a folder's entries (new names after renames) to disk where the platform allows it
	 * (Linux, macOS); does nothing elsewhere.
	 *
	 * @param folder a folder
	 */
	public static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// not supported on this platform (e.g. Windows): the rename is still atomic
		}
	}
}
