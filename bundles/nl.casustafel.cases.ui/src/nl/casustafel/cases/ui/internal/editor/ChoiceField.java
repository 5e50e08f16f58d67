/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;

import nl.casustafel.cases.ui.internal.Messages;
import nl.casustafel.ui.emf.EditCommands;
import nl.casustafel.ui.emf.ModelLabels;

/**
 * A drop-down bound to a feature (an enumeration or a reference): choosing applies the value at
 * once as a command.
 */
final class ChoiceField extends Field {

	private static final Object NONE = new Object();

	private final ComboViewer combo;

	private final Supplier<List<?>> choices;

	private final boolean optional;

	private boolean updating;

	ChoiceField(CasePage page, ComboViewer combo, Supplier<? extends EObject> owner, EStructuralFeature feature,
			Supplier<List<?>> choices, boolean optional) {
		super(page, owner, feature);
		this.combo = combo;
		this.choices = choices;
		this.optional = optional;
		combo.setContentProvider(ArrayContentProvider.getInstance());
		combo.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == NONE ? Messages.editor_choice_none : ModelLabels.value(null, feature, element);
			}
		});
		combo.addSelectionChangedListener(event -> {
			if (updating) {
				return;
			}
			EObject object = owner();
			Object chosen = combo.getStructuredSelection().getFirstElement();
			if (object != null && chosen != null) {
				EditCommands.set(object, feature, chosen == NONE ? null : chosen);
			}
		});
	}

	@Override
	Control control() {
		return combo.getControl();
	}

	@Override
	void refresh() {
		if (combo.getControl().isDisposed()) {
			return;
		}
		EObject object = owner();
		combo.getControl().setEnabled(isEditable());
		List<Object> input = new ArrayList<>();
		if (optional) {
			input.add(NONE);
		}
		if (object != null) {
			input.addAll(choices.get());
		}
		Object value = object == null ? null : object.eGet(feature);
		if (value != null && !input.contains(value)) {
			input.add(value);
		}
		updating = true;
		try {
			if (!Objects.equals(combo.getInput(), input)) {
				combo.setInput(input);
			}
			combo.setSelection(value == null ? optional ? new StructuredSelection(NONE) : StructuredSelection.EMPTY
					: new StructuredSelection(value));
		} finally {
			updating = false;
		}
	}
}
