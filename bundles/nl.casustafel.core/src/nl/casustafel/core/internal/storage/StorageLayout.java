/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EReference;

import nl.casustafel.core.CasebookService;
import nl.casustafel.model.CasebookPackage;

/**
 * Where the parts of a casebook live in its folder.
 * <ul>
 * <li>{@code casebook.xmi}: the {@code Casebook} root, its small lists, and references
 * ({@code href}s) to the objects of the split lists;</li>
 * <li>for every split list (a containment of {@code Casebook} with {@code resolveProxies="true"}:
 * organisations, professionals, identities, subjects, cases, meetings, relations, contributions) a
 * folder named after the feature with shard files {@code <feature>-NNN.xmi} (for example
 * {@code cases/cases-000.xmi}), each holding up to {@link StorageSettings#shardCapacity()} objects
 * of that list as its top-level contents;</li>
 * <li>{@code <file>.bak} next to every file: its previous version, kept by each save;</li>
 * <li>{@code .casustafel.lock}: the lock of a casebook open for editing.</li>
 * </ul>
 */
public final class StorageLayout {

	/** Suffix of the backup of a file's previous version. */
	public static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$

	/** Extension of model files. */
	public static final String EXTENSION = "xmi"; //$NON-NLS-1$

	private static final Pattern SHARD_NAME = Pattern.compile("(.+)-(\\d{3,9})\\." + EXTENSION); //$NON-NLS-1$

	private static final List<EReference> SPLIT_FEATURES;

	static {
		List<EReference> features = new ArrayList<>();
		for (EReference reference : CasebookPackage.Literals.CASEBOOK.getEAllContainments()) {
			if (reference.isResolveProxies() && reference.isMany()) {
				features.add(reference);
			}
		}
		SPLIT_FEATURES = Collections.unmodifiableList(features);
	}

	private StorageLayout() {
		// static access only
	}

	/**
	 * @return the containment lists of {@code Casebook} stored in shard files, in model order
	 */
	public static List<EReference> splitFeatures() {
		return SPLIT_FEATURES;
	}

	/**
	 * @param reference a containment of {@code Casebook}
	 * @return whether its elements are stored in shard files
	 */
	public static boolean isSplit(EReference reference) {
		return SPLIT_FEATURES.contains(reference);
	}

	/**
	 * @param folder the casebook folder
	 * @return the root file
	 */
	public static Path rootFile(Path folder) {
		return folder.resolve(CasebookService.ROOT_FILE_NAME);
	}

	/**
	 * @param folder the casebook folder
	 * @return the lock file
	 */
	public static Path lockFile(Path folder) {
		return folder.resolve(CasebookService.LOCK_FILE_NAME);
	}

	/**
	 * @param folder  the casebook folder
	 * @param feature a split feature
	 * @return the folder of its shard files
	 */
	public static Path shardFolder(Path folder, EReference feature) {
		return folder.resolve(feature.getName());
	}

	/**
	 * @param feature a split feature
	 * @param index   the shard number
	 * @return the shard's file name, for example {@code cases-003.xmi}
	 */
	public static String shardFileName(EReference feature, int index) {
		return String.format(Locale.ROOT, "%s-%03d.%s", feature.getName(), index, EXTENSION); //$NON-NLS-1$
	}

	/**
	 * @param feature  a split feature
	 * @param fileName a file name
	 * @return the shard number when the name is one of the feature's shard names, else {@code -1}
	 */
	public static int shardIndex(EReference feature, String fileName) {
		Matcher matcher = SHARD_NAME.matcher(fileName);
		if (matcher.matches() && matcher.group(1).equals(feature.getName())) {
			return Integer.parseInt(matcher.group(2));
		}
		return -1;
	}

	/**
	 * @param file a file
	 * @return its file URI
	 */
	public static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}

	/**
	 * @param uri a file URI
	 * @return its path
	 */
	public static Path path(URI uri) {
		return Path.of(uri.toFileString());
	}

	/**
	 * @param folder the casebook folder
	 * @param file   a file in it
	 * @return the file relative to the folder, with {@code /} as separator, for messages
	 */
	public static String displayName(Path folder, Path file) {
		Path relative = file.startsWith(folder) ? folder.relativize(file) : file;
		return relative.toString().replace('\\', '/');
	}
}
