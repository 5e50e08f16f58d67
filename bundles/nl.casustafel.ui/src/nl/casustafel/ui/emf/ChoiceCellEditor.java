/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A drop-down choice of values (enumeration literals, yes/no, a referenced object). Choosing an
 * entry applies it at once. When the value is optional, a "(geen)" entry stands for no value.
 */
public class ChoiceCellEditor extends ComboBoxViewerCellEditor {

	private static final Object NONE = new Object();

	private boolean updating;

	/**
	 * @param parent   the parent control
	 * @param choices  the values to choose from (a {@code null} among them is ignored)
	 * @param labels   labels of the values
	 * @param optional whether "no value" may be chosen
	 */
	public ChoiceCellEditor(Composite parent, Collection<?> choices, ILabelProvider labels, boolean optional) {
		super(parent, SWT.READ_ONLY);
		setActivationStyle(DROP_DOWN_ON_MOUSE_ACTIVATION | DROP_DOWN_ON_KEY_ACTIVATION
				| DROP_DOWN_ON_PROGRAMMATIC_ACTIVATION | DROP_DOWN_ON_TRAVERSE_ACTIVATION);
		setContentProvider(ArrayContentProvider.getInstance());
		setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == NONE ? Messages.choice_none : labels.getText(element);
			}
		});
		List<Object> input = new ArrayList<>(choices.size() + 1);
		if (optional) {
			input.add(NONE);
		}
		for (Object choice : choices) {
			if (choice != null) {
				input.add(choice);
			}
		}
		setInput(input);
		getViewer().addSelectionChangedListener(event -> {
			if (!updating && isActivated()) {
				markDirty();
				focusLost();
			}
		});
	}

	@Override
	protected Object doGetValue() {
		Object value = ((IStructuredSelection) getViewer().getSelection()).getFirstElement();
		return value == NONE ? null : value;
	}

	@Override
	protected void doSetValue(Object value) {
		updating = true;
		try {
			getViewer().setSelection(new StructuredSelection(value == null ? NONE : value));
		} finally {
			updating = false;
		}
	}
}
