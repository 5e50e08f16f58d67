/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog to tick several entries of a list (life domains of an involvement, linked cases).
 */
public class ReferencesDialog extends Dialog {

	private final String fieldName;

	private final List<?> choices;

	private final ILabelProvider labels;

	private List<Object> selection;

	private CheckboxTableViewer viewer;

	/**
	 * @param parent    the parent shell
	 * @param fieldName the name of the field being edited (shown in the title)
	 * @param choices   the entries to choose from
	 * @param labels    their labels
	 * @param selected  the entries ticked initially
	 */
	public ReferencesDialog(Shell parent, String fieldName, List<?> choices, ILabelProvider labels,
			Collection<?> selected) {
		super(parent);
		this.fieldName = fieldName;
		this.choices = choices;
		this.labels = labels;
		this.selection = new ArrayList<>(selected);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.dialog_edit_title, fieldName));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
		Label hint = new Label(area, SWT.WRAP);
		hint.setText(Messages.dialog_references_message);
		viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(labels);
		viewer.setInput(choices);
		viewer.setCheckedElements(selection.toArray());
		GridDataFactory.fillDefaults().grab(true, true)
				.hint(convertWidthInCharsToPixels(50), convertHeightInCharsToPixels(16)).applyTo(viewer.getControl());
		return area;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			// keep the order of the choices
			List<Object> checked = new ArrayList<>();
			for (Object choice : choices) {
				if (viewer.getChecked(choice)) {
					checked.add(choice);
				}
			}
			selection = checked;
		}
		super.buttonPressed(buttonId);
	}

	/**
	 * @return the ticked entries after OK, in the order of the choices
	 */
	public List<Object> getSelection() {
		return selection;
	}
}
