/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookProblem;
import nl.casustafel.core.CasebookProblem.Kind;
import nl.casustafel.core.internal.Messages;

/**
 * Builds {@link CasebookProblem}s with their user-facing messages.
 */
public final class Problems {

	private Problems() {
		// static access only
	}

	/**
	 * @param folder the casebook folder
	 * @param file   the file with the problem
	 * @param kind   the kind
	 * @param detail the detail for the kind (see {@link FileProbe.Result#detail()}), a count for
	 *               {@link Kind#MISSING_OBJECTS} and {@link Kind#ORPHANED_OBJECTS}, or {@code null}
	 * @param shard  whether the file is a shard (the message then says that the rest was opened)
	 * @return the problem
	 */
	public static CasebookProblem problem(Path folder, Path file, Kind kind, Object detail, boolean shard) {
		String name = StorageLayout.displayName(folder, file);
		String text = switch (kind) {
			case MISSING -> NLS.bind(Messages.problem_missing, name);
			case EMPTY -> NLS.bind(Messages.problem_empty, name);
			case TRUNCATED -> NLS.bind(Messages.problem_truncated, name);
			case CORRUPT -> NLS.bind(Messages.problem_corrupt, name, detail);
			case FOREIGN -> detail == null ? NLS.bind(Messages.problem_notXml, name)
					: NLS.bind(Messages.problem_foreign, name, detail);
			case NEWER_VERSION -> NLS.bind(Messages.problem_newerVersion,
					new Object[] { name, detail, ModelVersions.currentVersion() });
			case UNSUPPORTED_VERSION -> NLS.bind(Messages.problem_unsupportedVersion, name, detail);
			case UNREADABLE -> NLS.bind(Messages.problem_unreadable, name, detail);
			case MISSING_OBJECTS -> NLS.bind(Messages.problem_missingObjects, name, detail);
			case ORPHANED_OBJECTS -> NLS.bind(Messages.problem_orphanedObjects, name, detail);
		};
		boolean fileUnusable = kind != Kind.MISSING_OBJECTS && kind != Kind.ORPHANED_OBJECTS;
		if (shard && fileUnusable) {
			text = text + ' ' + Messages.problem_shardConsequence;
		}
		return new CasebookProblem(folder.relativize(file), kind, text);
	}
}
