/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A dialog to edit a longer text (reason, question, notes) or a list of short texts, one per line.
 */
public class TextEditDialog extends Dialog {

	private final String fieldName;

	private final String message;

	private String value;

	private Text text;

	/**
	 * @param parent    the parent shell
	 * @param fieldName the name of the field being edited (shown in the title)
	 * @param message   a hint above the text, or {@code null}
	 * @param value     the initial text
	 */
	public TextEditDialog(Shell parent, String fieldName, String message, String value) {
		super(parent);
		this.fieldName = fieldName;
		this.message = message;
		this.value = value == null ? "" : value; //$NON-NLS-1$
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
		if (message != null) {
			Label hint = new Label(area, SWT.WRAP);
			hint.setText(message);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
		}
		text = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, true)
				.hint(convertWidthInCharsToPixels(70), convertHeightInCharsToPixels(10)).applyTo(text);
		return area;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			value = text.getText();
		}
		super.buttonPressed(buttonId);
	}

	/**
	 * @return the text after OK
	 */
	public String getValue() {
		return value;
	}
}
