/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui;

import org.eclipse.ui.IWorkbenchCommandConstants;

/**
 * The casebook commands of the workbench, the menu groups they sit in and the expression variables
 * that describe the active casebook, for bundles that contribute menus, handlers or
 * {@code visibleWhen}/{@code enabledWhen} expressions.
 * <p>
 * Save, Revert, Undo and Redo are the platform's commands ({@link IWorkbenchCommandConstants});
 * Casustafel's handlers act on the active casebook session, so they work wherever the focus is.
 * Ctrl+S saves the whole casebook even when an editor is active.
 * </p>
 */
public final class CasebookCommands {

	private static final String PREFIX = CasustafelUi.PLUGIN_ID + ".commands."; //$NON-NLS-1$

	/** Creates a new, empty casebook in a folder the user chooses, and opens it. */
	public static final String NEW_CASEBOOK = PREFIX + "newCasebook"; //$NON-NLS-1$

	/** Opens a casebook folder the user chooses. */
	public static final String OPEN_CASEBOOK = PREFIX + "openCasebook"; //$NON-NLS-1$

	/** Opens a recently used casebook; parameter {@link #OPEN_RECENT_CASEBOOK_FOLDER}. */
	public static final String OPEN_RECENT_CASEBOOK = PREFIX + "openRecentCasebook"; //$NON-NLS-1$

	/** Parameter of {@link #OPEN_RECENT_CASEBOOK}: the absolute path of the casebook folder. */
	public static final String OPEN_RECENT_CASEBOOK_FOLDER = OPEN_RECENT_CASEBOOK + ".folder"; //$NON-NLS-1$

	/** Saves the active casebook (Ctrl+S). */
	public static final String SAVE = IWorkbenchCommandConstants.FILE_SAVE;

	/** Throws away the unsaved changes of the active casebook, after confirmation. */
	public static final String REVERT = IWorkbenchCommandConstants.FILE_REVERT;

	/** Undoes the last change to the active casebook (Ctrl+Z). */
	public static final String UNDO = IWorkbenchCommandConstants.EDIT_UNDO;

	/** Redoes the last undone change to the active casebook (Ctrl+Y, Ctrl+Shift+Z). */
	public static final String REDO = IWorkbenchCommandConstants.EDIT_REDO;

	/** The id of the File menu's sub-menu listing recently used casebooks. */
	public static final String MENU_RECENT_CASEBOOKS = CasustafelUi.PLUGIN_ID + ".menu.recentCasebooks"; //$NON-NLS-1$

	/** Group of the File menu with New, Open and the recent casebooks ({@code menu:file?after=casebook}). */
	public static final String GROUP_CASEBOOK = "casebook"; //$NON-NLS-1$

	/** Group of the File menu with Save and Revert. */
	public static final String GROUP_SAVE = "save"; //$NON-NLS-1$

	/** Group of the File menu with Exit. */
	public static final String GROUP_QUIT = "quit"; //$NON-NLS-1$

	/** Group of the Edit menu with Undo and Redo. */
	public static final String GROUP_UNDO = "undo"; //$NON-NLS-1$

	/** Group of the Window menu with Reset perspective. */
	public static final String GROUP_PERSPECTIVE = "perspective"; //$NON-NLS-1$

	/** Group of the Window menu with Preferences. */
	public static final String GROUP_PREFERENCES = "preferences"; //$NON-NLS-1$

	/**
	 * Expression variable: the active {@code nl.casustafel.core.CasebookSession}, undefined when no
	 * casebook is open.
	 */
	public static final String VARIABLE_CASEBOOK = CasustafelUi.PLUGIN_ID + ".casebook"; //$NON-NLS-1$

	/** Expression variable ({@code Boolean}): whether a casebook is open. */
	public static final String VARIABLE_CASEBOOK_OPEN = VARIABLE_CASEBOOK + ".open"; //$NON-NLS-1$

	/** Expression variable ({@code Boolean}): whether the active casebook has unsaved changes. */
	public static final String VARIABLE_CASEBOOK_DIRTY = VARIABLE_CASEBOOK + ".dirty"; //$NON-NLS-1$

	/** Expression variable ({@code Boolean}): whether the active casebook is open read-only. */
	public static final String VARIABLE_CASEBOOK_READ_ONLY = VARIABLE_CASEBOOK + ".readOnly"; //$NON-NLS-1$

	/** Expression variable ({@code Boolean}): whether the active casebook can be edited (open and not read-only). */
	public static final String VARIABLE_CASEBOOK_EDITABLE = VARIABLE_CASEBOOK + ".editable"; //$NON-NLS-1$

	private CasebookCommands() {
	}
}
