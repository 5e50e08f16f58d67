/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/**
 * The preferences of reflection: keys, defaults and how to read them. User interfaces only edit
 * the values. All keys live in the preference node {@value #QUALIFIER}; the defaults are set in the
 * {@code DefaultScope} by this bundle's preference initializer.
 *
 * @since 0.1
 */
public final class ReflectionPreferences {

	/** The preference node of every key below: the symbolic name of this bundle. */
	public static final String QUALIFIER = "nl.casustafel.reflection.core"; //$NON-NLS-1$

	/**
	 * The folder where imported question sets are kept (absolute path, string). Default:
	 * {@code .casustafel/question-sets} in the user's home folder.
	 */
	public static final String IMPORT_FOLDER = "questionSets.importFolder"; //$NON-NLS-1$

	/**
	 * The name reflections are written under (string). Default empty: the operating system's user
	 * name.
	 */
	public static final String AUTHOR = "reflection.author"; //$NON-NLS-1$

	private ReflectionPreferences() {
		// constants and helpers only
	}

	/**
	 * @return the default of {@link #IMPORT_FOLDER}
	 */
	public static Path defaultImportFolder() {
		return Path.of(System.getProperty("user.home"), ".casustafel", "question-sets").toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * @return the folder of imported question sets (it may not exist yet)
	 */
	public static Path importFolder() {
		String value = get(IMPORT_FOLDER);
		if (value != null && !value.isBlank()) {
			try {
				return Path.of(value).toAbsolutePath();
			} catch (RuntimeException e) {
				// not a path: use the default
			}
		}
		return defaultImportFolder();
	}

	/**
	 * @return the name new reflections are written under; never empty
	 */
	public static String author() {
		String value = get(AUTHOR);
		if (value != null && !value.isBlank()) {
			return value.strip();
		}
		String user = System.getProperty("user.name"); //$NON-NLS-1$
		return user == null || user.isBlank() ? "?" : user; //$NON-NLS-1$
	}

	private static String get(String key) {
		IPreferencesService service = Platform.isRunning() ? Platform.getPreferencesService() : null;
		return service == null ? null : service.getString(QUALIFIER, key, null, null);
	}
}
