/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.editor;

import java.util.function.Supplier;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * One editable field of a case page, bound to a feature of a model object: shows the model value,
 * turns the user's input into an EMF command, and marks itself when the input is invalid or the
 * validator reports a problem for its feature.
 */
abstract class Field {

	protected final CasePage page;

	protected final Supplier<? extends EObject> owner;

	protected final EStructuralFeature feature;

	private ControlDecoration decoration;

	private String inputError;

	private String problem;

	private boolean problemIsError;

	Field(CasePage page, Supplier<? extends EObject> owner, EStructuralFeature feature) {
		this.page = page;
		this.owner = owner;
		this.feature = feature;
	}

	/**
	 * @return the field's main control
	 */
	abstract Control control();

	/**
	 * Shows the model value (unless the user typed something newer).
	 */
	abstract void refresh();

	/**
	 * @return whether the field holds input not yet applied to the model
	 */
	boolean isPending() {
		return false;
	}

	/**
	 * Applies pending input to the model as a command.
	 */
	void commit() {
		// applied at once by default
	}

	/**
	 * @return the object edited, or {@code null}
	 */
	EObject owner() {
		return owner.get();
	}

	EStructuralFeature feature() {
		return feature;
	}

	boolean isEditable() {
		return owner() != null && page.editor().isEditable();
	}

	void setInputError(String message) {
		inputError = message;
		updateDecoration();
	}

	void setProblem(String message, boolean error) {
		problem = message;
		problemIsError = error;
		updateDecoration();
	}

	/**
	 * @return the message the field shows, or {@code null}
	 */
	String message() {
		return inputError != null ? inputError : problem;
	}

	private void updateDecoration() {
		Control control = control();
		if (control == null || control.isDisposed()) {
			return;
		}
		String message = message();
		if (message == null) {
			if (decoration != null) {
				decoration.hide();
			}
			return;
		}
		if (decoration == null) {
			decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
			decoration.setMarginWidth(2);
		}
		boolean error = inputError != null || problemIsError;
		decoration.setImage(FieldDecorationRegistry.getDefault()
				.getFieldDecoration(error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING)
				.getImage());
		decoration.setDescriptionText(message);
		decoration.show();
	}
}
