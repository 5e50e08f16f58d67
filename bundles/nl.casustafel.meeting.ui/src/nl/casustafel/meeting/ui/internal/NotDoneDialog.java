/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.NonCompletionReason;

/**
 * Setting an agreement to "not done": the reason is required (circumstances changed, not carried
 * out, no longer valid); OK stays disabled until one is chosen.
 */
final class NotDoneDialog extends TitleAreaDialog {

	private final Agreement agreement;
	private NonCompletionReason reason;

	private NotDoneDialog(Shell shell, Agreement agreement) {
		super(shell);
		this.agreement = agreement;
	}

	/**
	 * Asks for the reason and sets the status.
	 *
	 * @param shell     the parent shell
	 * @param domain    the editing domain
	 * @param agreement the agreement
	 */
	static void ask(Shell shell, EditingDomain domain, Agreement agreement) {
		NotDoneDialog dialog = new NotDoneDialog(shell, agreement);
		if (dialog.open() == OK) {
			domain.getCommandStack().execute(
					Agreements.setStatusCommand(domain, agreement, AgreementStatus.NOT_DONE, dialog.reason, Sessions.today()));
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.NotDone_Title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.NotDone_Title);
		setMessage(NLS.bind(Messages.NotDone_Message, Widgets.nonNull(agreement.getDescription())));
		Composite choices = new Composite(area, SWT.NONE);
		choices.setLayout(new GridLayout(1, false));
		choices.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (NonCompletionReason r : NonCompletionReason.VALUES) {
			if (r == NonCompletionReason.NONE) {
				continue;
			}
			Button radio = Widgets.name(new Button(choices, SWT.RADIO), "notDone." + r.getName()); //$NON-NLS-1$
			radio.setText(Labels.of(r));
			radio.addListener(SWT.Selection, e -> {
				if (radio.getSelection()) {
					reason = r;
					getButton(IDialogConstants.OK_ID).setEnabled(true);
				}
			});
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}
}
