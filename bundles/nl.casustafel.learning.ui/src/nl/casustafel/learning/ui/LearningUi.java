/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui;

/**
 * Identifiers of the learning-session UI, for bundles that contribute to it (perspective
 * extensions, menus) and for tests.
 *
 * @since 0.1
 */
public final class LearningUi {

	/** Symbolic name of this bundle. */
	public static final String PLUGIN_ID = "nl.casustafel.learning.ui"; //$NON-NLS-1$

	/** The facilitator's perspective (<i>leerprocesbegeleider</i>). */
	public static final String PERSPECTIVE_ID = PLUGIN_ID + ".perspective.facilitator"; //$NON-NLS-1$

	/** The list of learning sessions of the active casebook. */
	public static final String VIEW_SESSIONS = PLUGIN_ID + ".sessions"; //$NON-NLS-1$

	/** The theory library. */
	public static final String VIEW_THEORY = PLUGIN_ID + ".theory"; //$NON-NLS-1$

	/** The facilitator console that drives facilitator mode on the shared screen. */
	public static final String VIEW_FACILITATOR = PLUGIN_ID + ".facilitator"; //$NON-NLS-1$

	/** Learning points across sessions, by tag and period. */
	public static final String VIEW_LEARNING_POINTS = PLUGIN_ID + ".learningPoints"; //$NON-NLS-1$

	/** The editor of one learning session. */
	public static final String EDITOR_SESSION = PLUGIN_ID + ".sessionEditor"; //$NON-NLS-1$

	/** Command: open the facilitator's perspective. */
	public static final String COMMAND_OPEN_PERSPECTIVE = PLUGIN_ID + ".openPerspective"; //$NON-NLS-1$

	/** Command: create a learning session. */
	public static final String COMMAND_NEW_SESSION = PLUGIN_ID + ".newSession"; //$NON-NLS-1$

	/**
	 * Key of {@code Widget.getData(String)} naming the widgets tests and page objects look for,
	 * e.g. {@code facilitator.timer}.
	 */
	public static final String WIDGET_KEY = PLUGIN_ID + ".widget"; //$NON-NLS-1$

	private LearningUi() {
	}
}
