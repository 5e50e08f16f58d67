/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.preferences;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.swt.widgets.Composite;

import nl.casustafel.ui.internal.casebook.Messages;

/**
 * A folder that need not exist yet (it is made when the first casebook is created in it), but must
 * be an absolute path and not a file.
 */
class FolderFieldEditor extends DirectoryFieldEditor {

	FolderFieldEditor(String name, String label, Composite parent) {
		super(name, label, parent);
		setErrorMessage(Messages.preferences_error_folder);
	}

	@Override
	protected boolean doCheckState() {
		String text = getTextControl().getText().strip();
		try {
			Path path = Path.of(text);
			return !text.isEmpty() && path.isAbsolute() && (!Files.exists(path) || Files.isDirectory(path));
		} catch (InvalidPathException e) {
			return false;
		}
	}
}
