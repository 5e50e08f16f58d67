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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import nl.casustafel.ui.emf.EditCommands;
import nl.casustafel.ui.emf.ValueConverter;

/**
 * A text field (one or several lines) bound to a feature. Typed text is applied as one command when
 * the field loses focus, on Enter (one line) or Ctrl+Enter (several lines), before saving and when
 * the page changes, so that undo takes back a whole edit rather than single keystrokes.
 */
final class TextField extends Field {

	private final Text text;

	private final ValueConverter converter;

	private Object lastModelValue;

	private boolean pending;

	private boolean updating;

	TextField(CasePage page, Text text, Supplier<? extends EObject> owner, EStructuralFeature feature,
			ValueConverter converter) {
		super(page, owner, feature);
		this.text = text;
		this.converter = converter;
		text.addModifyListener(event -> {
			if (updating) {
				return;
			}
			boolean wasPending = pending;
			pending = true;
			setInputError(converter.validate(text.getText()));
			if (!wasPending) {
				page.editor().fireDirtyChanged();
			}
		});
		text.addListener(SWT.FocusOut, event -> commit());
		if ((text.getStyle() & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, event -> commit());
		} else {
			text.addListener(SWT.KeyDown, event -> {
				if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR)) {
					event.doit = false;
					commit();
				}
			});
			text.addTraverseListener(event -> {
				if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					event.doit = true;
				}
			});
		}
	}

	@Override
	Control control() {
		return text;
	}

	@Override
	boolean isPending() {
		return pending;
	}

	@Override
	void commit() {
		if (!pending || text.isDisposed()) {
			return;
		}
		EObject object = owner();
		if (object == null) {
			return;
		}
		Object value;
		try {
			value = converter.parse(text.getText());
		} catch (IllegalArgumentException e) {
			setInputError(e.getMessage());
			return;
		}
		pending = false;
		setInputError(null);
		EditCommands.set(object, feature, value);
		lastModelValue = snapshot(object.eGet(feature));
		page.editor().fireDirtyChanged();
	}

	@Override
	void refresh() {
		if (text.isDisposed()) {
			return;
		}
		EObject object = owner();
		text.setEditable(isEditable());
		Object value = object == null ? null : snapshot(object.eGet(feature));
		if (pending && Objects.equals(value, lastModelValue)) {
			return; // keep what the user is typing
		}
		lastModelValue = value;
		pending = false;
		setInputError(null);
		String formatted = converter.format(value);
		if (!formatted.equals(text.getText())) {
			updating = true;
			try {
				text.setText(formatted);
			} finally {
				updating = false;
			}
		}
	}

	private static Object snapshot(Object value) {
		return value instanceof List<?> list ? new ArrayList<>(list) : value;
	}
}
