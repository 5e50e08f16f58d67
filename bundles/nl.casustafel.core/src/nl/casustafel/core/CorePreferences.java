/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The preferences of Casustafel: keys, defaults and value formats. This class is the contract;
 * user interfaces only edit the values.
 * <p>
 * All keys live in the preference node {@value #QUALIFIER}. Defaults are set in the
 * {@code DefaultScope} by the bundle's preference initializer (extension point
 * {@code org.eclipse.core.runtime.preferences}); values the user chooses are stored in the
 * {@code InstanceScope} (the workspace's {@code .metadata}). Read them through the preferences
 * service with this qualifier, for example
 * {@code Platform.getPreferencesService().getInt(CorePreferences.QUALIFIER, CorePreferences.AGENDA_DEFAULT_TIMEBOX, CorePreferences.DEFAULT_AGENDA_DEFAULT_TIMEBOX, null)}.
 * </p>
 */
public final class CorePreferences {

	/** The preference node (qualifier) of every key below: the symbolic name of this bundle. */
	public static final String QUALIFIER = "nl.casustafel.core"; //$NON-NLS-1$

	/**
	 * The folder proposed for new casebooks and where the open dialog starts (absolute path,
	 * string). Default: {@code Casustafel} in the user's home folder.
	 */
	public static final String CASEBOOK_DEFAULT_FOLDER = "casebook.defaultFolder"; //$NON-NLS-1$

	/**
	 * Whether the workbench opens the casebook used last when it starts without a
	 * {@code -casebook} argument (boolean). Default {@value #DEFAULT_CASEBOOK_OPEN_LAST}; when
	 * {@code false}, or when the last casebook is gone, the demo casebook opens.
	 */
	public static final String CASEBOOK_OPEN_LAST = "casebook.openLastAtStart"; //$NON-NLS-1$

	/** Default of {@link #CASEBOOK_OPEN_LAST}. */
	public static final boolean DEFAULT_CASEBOOK_OPEN_LAST = true;

	/**
	 * The folder of the casebook used last (absolute path, string; empty when none). Written by the
	 * workbench, not shown on a preference page.
	 */
	public static final String CASEBOOK_LAST = "casebook.last"; //$NON-NLS-1$

	/**
	 * The recently used casebooks, most recent first: absolute folder paths, one per line (see
	 * {@link #decodePaths(String)} and {@link #encodePaths(List)}). Written by the workbench.
	 */
	public static final String CASEBOOK_RECENT = "casebook.recent"; //$NON-NLS-1$

	/**
	 * How many recently used casebooks are remembered and listed (int, 1 to
	 * {@value #MAX_RECENT_CASEBOOKS}). Default {@value #DEFAULT_CASEBOOK_RECENT_COUNT}.
	 */
	public static final String CASEBOOK_RECENT_COUNT = "casebook.recentCount"; //$NON-NLS-1$

	/** The most recently used casebooks a user can ask to be listed. */
	public static final int MAX_RECENT_CASEBOOKS = 8;

	/** Default of {@link #CASEBOOK_RECENT_COUNT}. */
	public static final int DEFAULT_CASEBOOK_RECENT_COUNT = MAX_RECENT_CASEBOOKS;

	/**
	 * Above how many cases per hour an agenda gets a warning (int, at least 1). Default
	 * {@value #DEFAULT_AGENDA_CASES_PER_HOUR_WARNING}; a meeting type may set its own maximum.
	 */
	public static final String AGENDA_CASES_PER_HOUR_WARNING = "agenda.casesPerHourWarning"; //$NON-NLS-1$

	/** Default of {@link #AGENDA_CASES_PER_HOUR_WARNING}. */
	public static final int DEFAULT_AGENDA_CASES_PER_HOUR_WARNING = 6;

	/**
	 * The timebox, in minutes, of a new agenda item when its meeting type sets none (int, at least
	 * 1). Default {@value #DEFAULT_AGENDA_DEFAULT_TIMEBOX}.
	 */
	public static final String AGENDA_DEFAULT_TIMEBOX = "agenda.defaultTimeboxMinutes"; //$NON-NLS-1$

	/** Default of {@link #AGENDA_DEFAULT_TIMEBOX}. */
	public static final int DEFAULT_AGENDA_DEFAULT_TIMEBOX = 10;

	private CorePreferences() {
		// constants and helpers only
	}

	/**
	 * @return the default of {@link #CASEBOOK_DEFAULT_FOLDER}: {@code ~/Casustafel}
	 */
	public static Path defaultCasebookFolder() {
		return Path.of(System.getProperty("user.home"), "Casustafel").toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Reads a list of folders stored by {@link #encodePaths(List)}, skipping blank lines and
	 * duplicates.
	 *
	 * @param value the stored value, may be {@code null}
	 * @return the paths in stored order, unmodifiable
	 */
	public static List<Path> decodePaths(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		Set<Path> paths = new LinkedHashSet<>();
		for (String line : value.split("\n")) { //$NON-NLS-1$
			String trimmed = line.strip();
			if (!trimmed.isEmpty()) {
				try {
					paths.add(Path.of(trimmed));
				} catch (RuntimeException e) {
					// an invalid path (edited by hand): skip it
				}
			}
		}
		return Collections.unmodifiableList(new ArrayList<>(paths));
	}

	/**
	 * Stores a list of folders: absolute paths, one per line.
	 *
	 * @param paths the folders
	 * @return the value to store
	 */
	public static String encodePaths(List<Path> paths) {
		StringBuilder result = new StringBuilder();
		for (Path path : paths) {
			if (result.length() > 0) {
				result.append('\n');
			}
			result.append(path.toAbsolutePath());
		}
		return result.toString();
	}
}
