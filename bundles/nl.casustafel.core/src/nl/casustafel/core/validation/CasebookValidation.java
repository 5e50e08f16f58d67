/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

import nl.casustafel.model.CasebookPackage;

/**
 * Entry point of casebook validation.
 * <p>
 * {@link #install()} registers the {@link CasebookValidator} for the casebook package in the global
 * {@link EValidator.Registry}, so that every {@link Diagnostician} (including EMF's own) uses it.
 * {@link #validate(EObject)} installs it when needed and validates an object with everything it
 * contains.
 * </p>
 *
 * <pre>
 * Diagnostic result = CasebookValidation.validate(casebook);
 * for (Diagnostic problem : CasebookValidation.problems(result)) {
 * 	EObject object = CasebookValidation.objectOf(problem);
 * 	EStructuralFeature field = CasebookValidation.featureOf(problem);
 * 	// show problem.getMessage() next to that field
 * }
 * </pre>
 */
public final class CasebookValidation {

	private CasebookValidation() {
		// static access only
	}

	/**
	 * Registers the {@link CasebookValidator} for the casebook package, replacing any validator
	 * registered before. Calling it again has no further effect.
	 */
	public static synchronized void install() {
		EValidator.Registry registry = EValidator.Registry.INSTANCE;
		if (registry.get(CasebookPackage.eINSTANCE) != CasebookValidator.INSTANCE) {
			registry.put(CasebookPackage.eINSTANCE, CasebookValidator.INSTANCE);
		}
	}

	/**
	 * Validates an object and all objects it contains.
	 *
	 * @param eObject the object, for example a whole casebook or one case
	 * @return the result; its severity is {@link Diagnostic#OK} when nothing is wrong, and its
	 *         children are the problems found
	 */
	public static Diagnostic validate(EObject eObject) {
		install();
		return Diagnostician.INSTANCE.validate(eObject);
	}

	/**
	 * @param result a result of {@link #validate(EObject)}
	 * @return all leaf diagnostics of at least {@link Diagnostic#WARNING warning} severity, depth
	 *         first
	 */
	public static List<Diagnostic> problems(Diagnostic result) {
		List<Diagnostic> problems = new ArrayList<>();
		collect(result, problems);
		return problems;
	}

	/**
	 * @param diagnostic a diagnostic of the casebook validator (or of EMF's default constraints)
	 * @return the object to fix, or {@code null} when the diagnostic names none
	 */
	public static EObject objectOf(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		return !data.isEmpty() && data.get(0) instanceof EObject eObject ? eObject : null;
	}

	/**
	 * @param diagnostic a diagnostic of the casebook validator (or of EMF's default constraints)
	 * @return the feature to fix, or {@code null} when the diagnostic names none
	 */
	public static EStructuralFeature featureOf(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		return data.size() > 1 && data.get(1) instanceof EStructuralFeature feature ? feature : null;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				problems.add(diagnostic);
			}
		} else {
			for (Diagnostic child : diagnostic.getChildren()) {
				collect(child, problems);
			}
		}
	}
}
