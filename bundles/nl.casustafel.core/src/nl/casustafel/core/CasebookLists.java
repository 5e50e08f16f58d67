/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Safe iteration over model lists that may hold unresolved proxies.
 * <p>
 * When a storage file of a casebook could not be read, the objects stored in it stay in the lists
 * that refer to them as <em>unresolved proxies</em>: empty objects whose {@link EObject#eIsProxy()}
 * is {@code true}. Keeping them is what preserves the references when the casebook is saved.
 * Listing code should show only resolved elements; these helpers give exactly those, without
 * trying to load anything.
 * </p>
 */
public final class CasebookLists {

	private CasebookLists() {
		// static access only
	}

	/**
	 * Returns the resolved elements of a list, in order, skipping unresolved proxies.
	 * <p>
	 * For the casebook's large (split) containment lists this does not attempt to resolve anything
	 * (the session resolved all it could on opening); for other reference lists, proxies are
	 * resolved as usual and those that do not resolve are skipped.
	 * </p>
	 *
	 * @param <T>  the element type
	 * @param list a model list, for example {@code casebook.getCases()}
	 * @return a new unmodifiable list of the resolved elements
	 */
	public static <T extends EObject> List<T> resolved(List<T> list) {
		List<T> source = list;
		if (isContainmentList(list)) {
			source = ((InternalEList<T>) list).basicList();
		}
		List<T> result = new ArrayList<>(source.size());
		for (T element : source) {
			if (element != null && !element.eIsProxy()) {
				result.add(element);
			}
		}
		return Collections.unmodifiableList(result);
	}

	/**
	 * Counts the unresolved proxies in a list (for example to tell the user that some cases are
	 * missing because a file could not be read).
	 *
	 * @param list a model list
	 * @return the number of elements that are unresolved proxies
	 */
	public static int unresolvedCount(List<? extends EObject> list) {
		List<? extends EObject> source = list;
		if (list instanceof InternalEList<? extends EObject> internal) {
			source = internal.basicList();
		}
		int count = 0;
		for (EObject element : source) {
			if (element != null && element.eIsProxy()) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Returns the object itself, or {@code null} when it is {@code null} or an unresolved proxy.
	 * Use on a single-valued reference read with its getter (which resolves what it can).
	 *
	 * @param <T>    the type
	 * @param object the object
	 * @return the object, or {@code null}
	 */
	public static <T extends EObject> T resolvedOrNull(T object) {
		return object == null || object.eIsProxy() ? null : object;
	}

	private static boolean isContainmentList(List<?> list) {
		if (list instanceof InternalEList<?> && list instanceof EStructuralFeature.Setting setting) {
			return setting.getEStructuralFeature() instanceof EReference reference && reference.isContainment();
		}
		return false;
	}
}
