/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.LockHolder;

/**
 * The casebook prompts as modal dialogs, in the user's language.
 */
public class DialogPrompts implements CasebookPrompts {

	@Override
	public SaveChoice askSaveChanges(Shell shell, CasebookSession session) {
		MessageDialog dialog = new MessageDialog(shell, Messages.saveChanges_title, null,
				NLS.bind(Messages.saveChanges_message, CasebookNames.of(session)), MessageDialog.QUESTION, 0,
				Messages.saveChanges_save, Messages.saveChanges_discard, Messages.button_cancel);
		return switch (dialog.open()) {
		case 0 -> SaveChoice.SAVE;
		case 1 -> SaveChoice.DISCARD;
		default -> SaveChoice.CANCEL;
		};
	}

	@Override
	public boolean askOpenReadOnly(Shell shell, Path folder, CasebookException reason) {
		MessageDialog dialog = new MessageDialog(shell, reason.getKind() == CasebookException.Kind.LOCKED
				? Messages.locked_title : Messages.readOnlyFolder_title, null, readOnlyMessage(folder, reason),
				MessageDialog.WARNING, 0, Messages.locked_openReadOnly, Messages.button_cancel);
		return dialog.open() == 0;
	}

	/**
	 * @param folder the casebook folder
	 * @param reason why it cannot be opened for editing
	 * @return the explanation shown when a casebook cannot be opened for editing: who holds it
	 *         (user, computer, since when), and what read-only means
	 */
	public static String readOnlyMessage(Path folder, CasebookException reason) {
		String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
		LockHolder holder = reason.getLockHolder();
		if (reason.getKind() != CasebookException.Kind.LOCKED) {
			return reason.getMessage() + "\n\n" + Messages.readOnly_explanation; //$NON-NLS-1$
		}
		if (holder == null) {
			return reason.getMessage(); // names no holder, but says it can be opened read-only
		}
		if (holder.pid() == ProcessHandle.current().pid()) {
			// held by another session of this Casustafel: the core's message says so
			return reason.getMessage() + "\n\n" + Messages.readOnly_explanation; //$NON-NLS-1$
		}
		String who;
		if (holder.since() == null) {
			who = NLS.bind(Messages.locked_holder, new Object[] { name, holder.user(), holder.host() });
		} else {
			String since = DateTimeFormatter.ofPattern(Messages.locked_sinceFormat, Locale.getDefault())
					.withZone(ZoneId.systemDefault()).format(holder.since());
			who = NLS.bind(Messages.locked_holderSince, new Object[] { name, holder.user(), holder.host(), since });
		}
		return who + "\n\n" + Messages.locked_explanation + ' ' + Messages.readOnly_explanation; //$NON-NLS-1$
	}

	@Override
	public boolean confirmRevert(Shell shell, CasebookSession session) {
		MessageDialog dialog = new MessageDialog(shell, Messages.revert_title, null,
				NLS.bind(Messages.revert_message, CasebookNames.of(session)), MessageDialog.WARNING, 1,
				Messages.revert_confirm, Messages.button_cancel);
		return dialog.open() == 0;
	}

	@Override
	public boolean confirmResetPerspective(Shell shell) {
		MessageDialog dialog = new MessageDialog(shell, Messages.resetPerspective_title, null,
				Messages.resetPerspective_message, MessageDialog.QUESTION, 0, Messages.resetPerspective_confirm,
				Messages.button_cancel);
		return dialog.open() == 0;
	}

	@Override
	public void showError(Shell shell, String title, String message) {
		MessageDialog.openError(shell, title, message);
	}

	@Override
	public void showProblems(Shell shell, CasebookSession session) {
		new CasebookProblemsDialog(shell, session).open();
	}

	@Override
	public Path chooseCasebookFolder(Shell shell, Path initial) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.open_title);
		dialog.setMessage(Messages.open_message);
		if (initial != null && Files.isDirectory(initial)) {
			dialog.setFilterPath(initial.toString());
		}
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	@Override
	public NewCasebook askNewCasebook(Shell shell, Path defaultParent) {
		NewCasebookDialog dialog = new NewCasebookDialog(shell, defaultParent);
		return dialog.open() == Window.OK ? dialog.result() : null;
	}
}
