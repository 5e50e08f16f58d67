/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui;

/**
 * Identifiers of the reflection user interface, for perspectives, menus and tests.
 *
 * @since 0.1
 */
public final class ReflectionUi {

	/** Symbolic name of this bundle. */
	public static final String PLUGIN_ID = "nl.casustafel.reflection.ui"; //$NON-NLS-1$

	/**
	 * The Reflection view (<i>Reflectie</i>). It follows the selection of other views: any
	 * structured selection whose first element is (or adapts to) a case, agenda item, meeting,
	 * learning session or another reflection target (see
	 * {@code nl.casustafel.reflection.core.ReflectionTargets}), or an object contained in one.
	 */
	public static final String VIEW_ID = PLUGIN_ID + ".view"; //$NON-NLS-1$

	/** The command that projects the selected question on the shared screen. */
	public static final String COMMAND_PROJECT = PLUGIN_ID + ".project"; //$NON-NLS-1$

	/** Key of {@code Widget.getData(String)} naming a widget for tests. */
	public static final String WIDGET_KEY = PLUGIN_ID + ".widget"; //$NON-NLS-1$

	private ReflectionUi() {
	}
}
