/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.spi;

import org.eclipse.swt.widgets.Composite;

import nl.casustafel.model.Case;

/**
 * A section a partner plug-in adds to the overview page of the case editor, contributed through
 * the extension point {@code nl.casustafel.cases.ui.caseEditorSections}.
 * <p>
 * The editor creates one instance per open case editor (public no-argument constructor), calls
 * {@link #createContents(Composite, CaseSectionSite)} once, then {@link #showCase(Case)} with the
 * case and again after every change of the casebook (an edit, undo, redo, or a revert, after which
 * the case is a new instance). Edits must go through {@link CaseSectionSite#execute}. Everything
 * runs on the UI thread.
 * </p>
 * <p>
 * Isolation: an exception thrown by any of these methods is caught; the section then shows a
 * message naming the contributing plug-in, the problem is logged under that plug-in's id, and the
 * rest of the editor keeps working. The section is not called again for that editor.
 * </p>
 *
 * @since 0.1
 */
public interface CaseEditorSection {

	/**
	 * Creates the section's widgets.
	 *
	 * @param parent the section's client area; it has no layout yet, set one
	 * @param site   what the section may use of the editor
	 */
	void createContents(Composite parent, CaseSectionSite site);

	/**
	 * Shows the case, for the first time or after a change of the casebook.
	 *
	 * @param aCase the case of the editor (not {@code null}, not a proxy)
	 */
	void showCase(Case aCase);

	/**
	 * Releases what the section holds beyond its widgets (which the editor disposes).
	 */
	default void dispose() {
		// nothing by default
	}
}
