/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.internal.Messages;

/**
 * Writes the changed files of a casebook in two phases. First every changed file is written to a
 * temporary file and forced to disk: a failure there (a full disk) deletes the temporary files and
 * leaves the casebook on disk exactly as it was. Then the temporary files are renamed into place,
 * shards first and the root last, each keeping its previous version as {@code .bak}; the folders
 * are forced. Broken files (that could not be read) are never written.
 */
public final class CasebookSaver {

	private CasebookSaver() {
		// static access only
	}

	/**
	 * Saves the modified files of a casebook.
	 *
	 * @param casebook the casebook
	 * @param settings the storage settings (file sink)
	 * @return the files written, in the order they were put in place
	 * @throws CasebookException {@link CasebookException.Kind#DISK_FULL} or
	 *                           {@link CasebookException.Kind#SAVE_FAILED}; every file that was not
	 *                           put in place is still marked modified
	 */
	public static List<Path> save(LoadedCasebook casebook, StorageSettings settings) throws CasebookException {
		List<CasebookResource> resources = casebook.resourcesToSave();
		Map<CasebookResource, Path> temporaries = new LinkedHashMap<>();
		Path current = null;
		try {
			for (CasebookResource resource : resources) {
				current = StorageLayout.path(resource.getURI());
				Files.createDirectories(current.getParent());
				Map<Object, Object> options = CasebookResourceSets.saveOptions();
				temporaries.put(resource,
						AtomicFiles.writeTemporary(settings.fileSink(), current, out -> resource.save(out, options)));
			}
		} catch (IOException | RuntimeException e) {
			discard(temporaries.values(), e);
			markModified(resources);
			throw failure(casebook.folder(), current, e);
		}

		List<Path> written = new ArrayList<>();
		Set<Path> folders = new LinkedHashSet<>();
		List<CasebookResource> pending = new ArrayList<>(temporaries.keySet());
		try {
			for (Map.Entry<CasebookResource, Path> entry : temporaries.entrySet()) {
				current = StorageLayout.path(entry.getKey().getURI());
				AtomicFiles.commit(entry.getValue(), current);
				entry.getKey().setModified(false);
				pending.remove(entry.getKey());
				written.add(current);
				folders.add(current.getParent());
			}
		} catch (IOException | RuntimeException e) {
			List<Path> left = new ArrayList<>();
			for (CasebookResource resource : pending) {
				left.add(temporaries.get(resource));
			}
			discard(left, e);
			markModified(pending);
			throw failure(casebook.folder(), current, e);
		} finally {
			for (Path folder : folders) {
				AtomicFiles.forceFolder(folder);
			}
		}
		return written;
	}

	private static void discard(Iterable<Path> temporaries, Exception failure) {
		for (Path temporary : temporaries) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException e) {
				failure.addSuppressed(e);
			}
		}
	}

	private static void markModified(List<CasebookResource> resources) {
		for (CasebookResource resource : resources) {
			resource.setModified(true);
		}
	}

	private static CasebookException failure(Path folder, Path file, Exception exception) {
		String name = file == null ? folder.toString() : StorageLayout.displayName(folder, file);
		if (isDiskFull(exception)) {
			return new CasebookException(CasebookException.Kind.DISK_FULL, NLS.bind(Messages.exception_diskFull, name),
					file, exception);
		}
		return new CasebookException(CasebookException.Kind.SAVE_FAILED,
				NLS.bind(Messages.exception_saveFailed, name, describe(exception)), file, exception);
	}

	/**
	 * @param exception an exception
	 * @return whether it (or a cause) says the device is full or the quota exceeded
	 */
	static boolean isDiskFull(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			String message = cause.getMessage();
			if (message != null) {
				String lower = message.toLowerCase(Locale.ROOT);
				if (lower.contains("no space left on device") || lower.contains("not enough space on the disk") //$NON-NLS-1$ //$NON-NLS-2$
						|| lower.contains("disk quota exceeded")) { //$NON-NLS-1$
					return true;
				}
			}
		}
		return false;
	}

	private static String describe(Throwable exception) {
		Throwable cause = exception;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message;
	}
}
