/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui;

/**
 * Identifiers of the case-work views and editor, for bundles that show, open or place them
 * (perspectives, other views, tests).
 */
public final class CasesUi {

	/** Symbolic name of this bundle. */
	public static final String PLUGIN_ID = "nl.casustafel.cases.ui"; //$NON-NLS-1$

	/** The cases navigator view (<i>Casussen</i>). */
	public static final String NAVIGATOR_VIEW_ID = PLUGIN_ID + ".navigator"; //$NON-NLS-1$

	/** The directory view of organisations and professionals. */
	public static final String DIRECTORY_VIEW_ID = PLUGIN_ID + ".directory"; //$NON-NLS-1$

	/** The case editor; its input is a {@link CaseEditorInput}. */
	public static final String CASE_EDITOR_ID = PLUGIN_ID + ".caseEditor"; //$NON-NLS-1$

	/**
	 * Key of {@link org.eclipse.swt.widgets.Widget#getData(String)} naming a widget of these views
	 * (e.g. {@code "navigator.search"}, {@code "case.question"}), for UI tests and accessibility
	 * tools.
	 */
	public static final String WIDGET_KEY = PLUGIN_ID + ".widget"; //$NON-NLS-1$

	private CasesUi() {
	}
}
