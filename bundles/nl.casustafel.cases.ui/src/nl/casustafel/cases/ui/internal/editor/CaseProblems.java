/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.casustafel.core.validation.CasebookValidation;
import nl.casustafel.model.Case;

/**
 * The problems of a case: what the casebook validator ({@link CasebookValidation}) reports for the
 * case and everything it contains (life domains, involvements, agreements…).
 */
final class CaseProblems {

	private CaseProblems() {
		// static helpers only
	}

	/**
	 * @param aCase a case
	 * @return its warnings and errors, errors first
	 */
	static List<Diagnostic> of(Case aCase) {
		if (aCase == null || aCase.eResource() == null) {
			return List.of();
		}
		List<Diagnostic> result = new ArrayList<>(CasebookValidation.problems(CasebookValidation.validate(aCase)));
		result.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
		return result;
	}

	/**
	 * @param diagnostic a problem
	 * @return the object it is about, or {@code null}
	 */
	static EObject object(Diagnostic diagnostic) {
		return CasebookValidation.objectOf(diagnostic);
	}

	/**
	 * @param diagnostic a problem
	 * @return the feature it is about, or {@code null}
	 */
	static EStructuralFeature feature(Diagnostic diagnostic) {
		return CasebookValidation.featureOf(diagnostic);
	}
}
