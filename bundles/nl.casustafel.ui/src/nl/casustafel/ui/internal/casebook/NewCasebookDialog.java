/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.casustafel.ui.internal.casebook.CasebookPrompts.NewCasebook;

/**
 * Asks for the name of a new casebook and its folder: an empty or not yet existing folder,
 * proposed under the default casebook folder and named after the casebook until the user picks
 * one.
 */
public class NewCasebookDialog extends TitleAreaDialog {

	private final Path defaultParent;

	private Text nameText;

	private Text folderText;

	private boolean folderEdited;

	private boolean settingFolder;

	private NewCasebook result;

	/**
	 * @param parent        the parent shell
	 * @param defaultParent the folder under which the casebook folder is proposed
	 */
	public NewCasebookDialog(Shell parent, Path defaultParent) {
		super(parent);
		this.defaultParent = defaultParent;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.new_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.new_title);
		setMessage(Messages.new_message);

		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

		new Label(fields, SWT.NONE).setText(Messages.new_name);
		nameText = new Text(fields, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(420, SWT.DEFAULT).applyTo(nameText);

		new Label(fields, SWT.NONE).setText(Messages.new_folder);
		folderText = new Text(fields, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText(Messages.new_browse);
		browse.addListener(SWT.Selection, event -> browse());

		nameText.addListener(SWT.Modify, event -> {
			if (!folderEdited) {
				setFolder(proposedFolder(nameText.getText()));
			}
			validate();
		});
		folderText.addListener(SWT.Modify, event -> {
			if (!settingFolder) {
				folderEdited = true;
			}
			validate();
		});
		setFolder(proposedFolder("")); //$NON-NLS-1$
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.new_create, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.button_cancel, false);
		validate();
		setErrorMessage(null);
	}

	private void setFolder(String folder) {
		settingFolder = true;
		try {
			folderText.setText(folder);
		} finally {
			settingFolder = false;
		}
	}

	private String proposedFolder(String name) {
		String slug = slug(name);
		return (slug.isEmpty() ? defaultParent : defaultParent.resolve(slug)).toString();
	}

	/**
	 * @param name a casebook name
	 * @return a folder name for it: lower case letters, digits and hyphens
	 */
	static String slug(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.new_title);
		dialog.setMessage(Messages.new_browseMessage);
		Path current = currentFolder();
		Path start = current != null && Files.isDirectory(current) ? current
				: current != null && current.getParent() != null && Files.isDirectory(current.getParent())
						? current.getParent() : null;
		if (start != null) {
			dialog.setFilterPath(start.toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			folderText.setText(chosen);
		}
	}

	private Path currentFolder() {
		String text = folderText.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		String error = problem();
		setErrorMessage(error);
		if (error == null) {
			setMessage(Messages.new_message, IMessageProvider.NONE);
		}
		if (ok != null) {
			ok.setEnabled(error == null);
		}
	}

	private String problem() {
		if (nameText.getText().isBlank()) {
			return Messages.new_error_noName;
		}
		Path folder = currentFolder();
		if (folder == null) {
			return Messages.new_error_noFolder;
		}
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			return NLS.bind(Messages.new_error_notAFolder, folder);
		}
		if (Files.isDirectory(folder)) {
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					return NLS.bind(Messages.new_error_notEmpty, folder);
				}
			} catch (IOException e) {
				return NLS.bind(Messages.new_error_notEmpty, folder);
			}
		}
		return null;
	}

	@Override
	protected void okPressed() {
		if (problem() != null) {
			return;
		}
		result = new NewCasebook(nameText.getText().strip(), currentFolder());
		super.okPressed();
	}

	/**
	 * @return what the user asked for, after OK
	 */
	public NewCasebook result() {
		return result;
	}
}
