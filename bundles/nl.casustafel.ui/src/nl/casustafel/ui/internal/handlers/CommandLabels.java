/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.handlers;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.EMFEditPlugin;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.ui.internal.casebook.Messages;

/**
 * The labels of the Undo and Redo menu items. A command's label is shown when it says what the
 * change was ("Vraag wijzigen"); EMF's generic labels ("Set", "Add", "Do Command", ...) are English
 * and say nothing, so then the item reads just "Ongedaan maken".
 */
public final class CommandLabels {

	private static final Set<String> GENERIC = new HashSet<>();

	private static final String[] CREATE_CHILD;

	static {
		for (String key : new String[] { "_UI_AddCommand_label", "_UI_CopyCommand_label", //$NON-NLS-1$ //$NON-NLS-2$
				"_UI_CopyToClipboardCommand_label", "_UI_CreateCopyCommand_label", "_UI_CutToClipboardCommand_label", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"_UI_DragAndDropCommand_label", "_UI_InitializeCopyCommand_label", "_UI_MoveCommand_label", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"_UI_PasteFromClipboardCommand_label", "_UI_RemoveCommand_label", "_UI_ReplaceCommand_label", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"_UI_SetCommand_label", "_UI_DeleteCommand_label" }) { //$NON-NLS-1$ //$NON-NLS-2$
			addGeneric(() -> EMFEditPlugin.INSTANCE.getString(key));
		}
		for (String key : new String[] { "_UI_AbstractCommand_label", "_UI_CommandWrapper_label", //$NON-NLS-1$ //$NON-NLS-2$
				"_UI_CompoundCommand_label", "_UI_IdentityCommand_label", "_UI_UnexecutableCommand_label" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			addGeneric(() -> CommonPlugin.INSTANCE.getString(key));
		}
		String createChild;
		try {
			createChild = EMFEditPlugin.INSTANCE.getString("_UI_CreateChildCommand_label"); //$NON-NLS-1$
		} catch (RuntimeException e) {
			createChild = "New {0}"; //$NON-NLS-1$
		}
		CREATE_CHILD = createChild.split("\\{0\\}", -1); //$NON-NLS-1$
	}

	private CommandLabels() {
	}

	private static void addGeneric(java.util.function.Supplier<String> label) {
		try {
			GENERIC.add(label.get().strip());
		} catch (RuntimeException e) {
			// a key missing from EMF's resources: nothing to recognise
		}
	}

	/**
	 * @param command a command, or {@code null}
	 * @return its label when that names the change, else {@code null}
	 */
	public static String meaningfulLabel(Command command) {
		String label = command == null ? null : command.getLabel();
		if (label == null || label.isBlank()) {
			return null;
		}
		label = label.strip();
		if (GENERIC.contains(label)) {
			return null;
		}
		if (CREATE_CHILD.length == 2 && label.startsWith(CREATE_CHILD[0]) && label.endsWith(CREATE_CHILD[1])) {
			return null;
		}
		return label;
	}

	/**
	 * @param command the command Undo would undo, or {@code null}
	 * @return the Undo menu label, e.g. "Ongedaan maken: Vraag wijzigen"
	 */
	public static String undoLabel(Command command) {
		String label = meaningfulLabel(command);
		return label == null ? Messages.undo_label : NLS.bind(Messages.undo_labelWithCommand, escape(label));
	}

	/**
	 * @param command the command Redo would redo, or {@code null}
	 * @return the Redo menu label, e.g. "Opnieuw: Vraag wijzigen"
	 */
	public static String redoLabel(Command command) {
		String label = meaningfulLabel(command);
		return label == null ? Messages.redo_label : NLS.bind(Messages.redo_labelWithCommand, escape(label));
	}

	/** Keeps an ampersand in a command label from becoming a mnemonic. */
	private static String escape(String label) {
		return label.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
