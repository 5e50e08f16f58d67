/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.util.Map;

import org.eclipse.emf.ecore.EPackage;

import nl.casustafel.model.CasebookPackage;

/**
 * The model versions this Casustafel reads. The casebook nsURI is
 * {@code http://casustafel.nl/model/casebook/MAJOR.MINOR}; files name it in their namespace
 * declarations. A file with a newer version is refused (reported, never overwritten); a file with
 * an older version is read through a migration registered in {@link #migrations()} and written back
 * in the current version on its next save. See the bundle's README for the migration path.
 */
public final class ModelVersions {

	/** The part of the nsURI before the version. */
	public static final String NS_URI_PREFIX = "http://casustafel.nl/model/casebook/"; //$NON-NLS-1$

	private ModelVersions() {
		// static access only
	}

	/**
	 * @return the version of the model in this Casustafel, for example {@code 1.0}
	 */
	public static String currentVersion() {
		return CasebookPackage.eNS_URI.substring(NS_URI_PREFIX.length());
	}

	/**
	 * Older nsURIs that are read as the current package (package aliases). Empty while 1.0 is the
	 * only version; when 1.1 is released, 1.0's nsURI goes here (with an ExtendedMetaData-based
	 * migration for renamed or moved features where needed).
	 *
	 * @return nsURI to package
	 */
	public static Map<String, EPackage> migrations() {
		return Map.of();
	}

	/**
	 * Compares two versions {@code MAJOR.MINOR}.
	 *
	 * @param a a version
	 * @param b a version
	 * @return negative, zero or positive as {@code a} is older than, equal to or newer than {@code b}
	 * @throws NumberFormatException when a version is not of the form {@code N.M}
	 */
	public static int compare(String a, String b) {
		int[] x = parse(a);
		int[] y = parse(b);
		int result = Integer.compare(x[0], y[0]);
		return result != 0 ? result : Integer.compare(x[1], y[1]);
	}

	/**
	 * @param version a text
	 * @return whether it is a version of the form {@code N.M}
	 */
	public static boolean isVersion(String version) {
		try {
			parse(version);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static int[] parse(String version) {
		int dot = version.indexOf('.');
		if (dot < 0) {
			throw new NumberFormatException(version);
		}
		return new int[] { Integer.parseInt(version.substring(0, dot)), Integer.parseInt(version.substring(dot + 1)) };
	}
}
