/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;

import nl.casustafel.meeting.core.spi.MinutesExporter;

/** Asks the format (one per exporter that applies) and whether to pseudonymise. */
final class ExportMinutesDialog extends TitleAreaDialog {

	private final List<MinutesExporter> exporters;
	private final List<Button> formats = new ArrayList<>();
	private Button pseudonymised;
	private MinutesExporter chosen;
	private boolean pseudo;

	ExportMinutesDialog(Shell shell, List<MinutesExporter> exporters) {
		super(shell);
		this.exporters = exporters;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Export_Title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Export_Title);
		setMessage(Messages.Export_Message);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(1, false));
		Group format = new Group(body, SWT.NONE);
		format.setText(Messages.Export_Format);
		format.setLayout(new GridLayout(1, false));
		format.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (MinutesExporter exporter : exporters) {
			Button radio = new Button(format, SWT.RADIO);
			radio.setText(exporter.getLabel() + " (." + exporter.getFileExtension() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			radio.setData(exporter);
			formats.add(radio);
		}
		if (!formats.isEmpty()) {
			formats.get(0).setSelection(true);
		}
		pseudonymised = new Button(body, SWT.CHECK);
		pseudonymised.setText(Messages.Export_Pseudonymised);
		return area;
	}

	@Override
	protected void okPressed() {
		for (Button b : formats) {
			if (b.getSelection()) {
				chosen = (MinutesExporter) b.getData();
			}
		}
		pseudo = pseudonymised.getSelection();
		super.okPressed();
	}

	MinutesExporter getExporter() {
		return chosen;
	}

	boolean isPseudonymised() {
		return pseudo;
	}
}
