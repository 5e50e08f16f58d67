/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import nl.casustafel.core.CorePreferences;

/**
 * The recently used casebooks and the last one, kept in the preferences
 * {@link CorePreferences#CASEBOOK_RECENT} and {@link CorePreferences#CASEBOOK_LAST} (instance scope
 * of node {@value CorePreferences#QUALIFIER}).
 */
public final class RecentCasebooks {

	private RecentCasebooks() {
	}

	/**
	 * @return the recently used casebook folders, most recent first, at most
	 *         {@link #limit()}
	 */
	public static List<Path> list() {
		List<Path> all = CorePreferences.decodePaths(string(CorePreferences.CASEBOOK_RECENT));
		return all.size() <= limit() ? all : List.copyOf(all.subList(0, limit()));
	}

	/**
	 * @return how many recent casebooks are kept: the preference
	 *         {@link CorePreferences#CASEBOOK_RECENT_COUNT}, between 1 and
	 *         {@value CorePreferences#MAX_RECENT_CASEBOOKS}
	 */
	public static int limit() {
		int count = Platform.getPreferencesService().getInt(CorePreferences.QUALIFIER,
				CorePreferences.CASEBOOK_RECENT_COUNT, CorePreferences.DEFAULT_CASEBOOK_RECENT_COUNT, null);
		return Math.max(1, Math.min(CorePreferences.MAX_RECENT_CASEBOOKS, count));
	}

	/**
	 * Puts a casebook at the top of the list and remembers it as the last one used.
	 *
	 * @param folder the casebook folder
	 */
	public static void add(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		List<Path> paths = new ArrayList<>(CorePreferences.decodePaths(string(CorePreferences.CASEBOOK_RECENT)));
		paths.remove(absolute);
		paths.add(0, absolute);
		while (paths.size() > limit()) {
			paths.remove(paths.size() - 1);
		}
		IEclipsePreferences node = node();
		node.put(CorePreferences.CASEBOOK_RECENT, CorePreferences.encodePaths(paths));
		node.put(CorePreferences.CASEBOOK_LAST, absolute.toString());
		flush(node);
	}

	/**
	 * Takes a casebook off the list (it no longer exists).
	 *
	 * @param folder the casebook folder
	 */
	public static void remove(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		List<Path> paths = new ArrayList<>(CorePreferences.decodePaths(string(CorePreferences.CASEBOOK_RECENT)));
		if (paths.remove(absolute)) {
			IEclipsePreferences node = node();
			node.put(CorePreferences.CASEBOOK_RECENT, CorePreferences.encodePaths(paths));
			flush(node);
		}
	}

	/**
	 * Empties the list and forgets the last casebook.
	 */
	public static void clear() {
		IEclipsePreferences node = node();
		node.remove(CorePreferences.CASEBOOK_RECENT);
		node.remove(CorePreferences.CASEBOOK_LAST);
		flush(node);
	}

	/**
	 * @return the casebook used last, or {@code null}
	 */
	public static Path last() {
		List<Path> last = CorePreferences.decodePaths(string(CorePreferences.CASEBOOK_LAST));
		return last.isEmpty() ? null : last.get(0);
	}

	/**
	 * @return the preference {@link CorePreferences#CASEBOOK_OPEN_LAST}
	 */
	public static boolean openLastAtStart() {
		return Platform.getPreferencesService().getBoolean(CorePreferences.QUALIFIER,
				CorePreferences.CASEBOOK_OPEN_LAST, CorePreferences.DEFAULT_CASEBOOK_OPEN_LAST, null);
	}

	/**
	 * @return the preference {@link CorePreferences#CASEBOOK_DEFAULT_FOLDER}
	 */
	public static Path defaultFolder() {
		List<Path> folder = CorePreferences.decodePaths(string(CorePreferences.CASEBOOK_DEFAULT_FOLDER));
		return folder.isEmpty() ? CorePreferences.defaultCasebookFolder() : folder.get(0);
	}

	private static String string(String key) {
		return Platform.getPreferencesService().getString(CorePreferences.QUALIFIER, key, "", null); //$NON-NLS-1$
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(CorePreferences.QUALIFIER);
	}

	private static void flush(IEclipsePreferences node) {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept in memory; written with the workspace at shutdown
		}
	}
}
