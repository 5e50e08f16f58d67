/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for any value that has a text form (text, numbers, dates). Invalid input is
 * not applied; its message (e.g. "'31-02-2026' is geen geldige datum…") is the cell editor's error
 * message, which the Properties view shows in its status line.
 */
public class ConvertingTextCellEditor extends TextCellEditor {

	private final ValueConverter converter;

	/**
	 * @param parent    the parent control
	 * @param converter the conversion between value and text
	 */
	public ConvertingTextCellEditor(Composite parent, ValueConverter converter) {
		super(parent, SWT.SINGLE);
		this.converter = converter;
		// called with the typed text, and with the model value when the editor is filled
		setValidator(value -> value instanceof String text ? converter.validate(text) : null);
	}

	@Override
	protected Object doGetValue() {
		String text = (String) super.doGetValue();
		try {
			return converter.parse(text);
		} catch (IllegalArgumentException e) {
			return text;
		}
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(converter.format(value));
	}
}
