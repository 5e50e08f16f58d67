/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import nl.casustafel.model.Case;

/**
 * Finds the case a selection is about, the way every view that follows the selected case should.
 *
 * @since 0.1
 */
public final class CaseSelections {

	private CaseSelections() {
		// static helpers only
	}

	/**
	 * @param selection a workbench selection, may be {@code null}
	 * @return the case its first element is about, or {@code null}
	 * @see #caseOf(Object)
	 */
	public static Case caseOf(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return null;
		}
		return caseOf(structured.getFirstElement());
	}

	/**
	 * The case an object is about: the object itself when it is a case; the case containing it (an
	 * agreement, an involvement, a timeline event); the case it refers to through a single-valued
	 * reference named {@code case} (an agenda item, a disclosure); else what it adapts to.
	 *
	 * @param element an object, may be {@code null}
	 * @return the case, or {@code null} when the object is about no case (or about a proxy)
	 */
	public static Case caseOf(Object element) {
		EObject object = element instanceof EObject eObject ? eObject : Adapters.adapt(element, EObject.class);
		if (object == null) {
			return element == null ? null : usable(Adapters.adapt(element, Case.class));
		}
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Case aCase) {
				return usable(aCase);
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isMany() && !reference.isContainment() && "case".equals(reference.getName()) //$NON-NLS-1$
					&& object.eGet(reference, false) instanceof Case aCase) {
				return usable(aCase);
			}
		}
		return null;
	}

	private static Case usable(Case aCase) {
		return aCase == null || aCase.eIsProxy() ? null : aCase;
	}
}
