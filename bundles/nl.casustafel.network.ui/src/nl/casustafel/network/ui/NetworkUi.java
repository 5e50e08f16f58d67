/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui;

/**
 * Identifiers of the network view, for bundles that show or place it (perspectives, other views) and
 * for tests.
 */
public final class NetworkUi {

	/** Symbolic name of this bundle. */
	public static final String PLUGIN_ID = "nl.casustafel.network.ui"; //$NON-NLS-1$

	/** The network view (<i>Netwerk</i>): the case network or the regional network. */
	public static final String VIEW_ID = PLUGIN_ID + ".view"; //$NON-NLS-1$

	/** The network perspective: the network view large, with the cases and the Properties view. */
	public static final String PERSPECTIVE_ID = PLUGIN_ID + ".perspective"; //$NON-NLS-1$

	/**
	 * Key of {@link org.eclipse.swt.widgets.Widget#getData(String)} naming a control of the view (e.g.
	 * {@code "network.search"}, {@code "network.canvas"}), for UI tests and accessibility tools.
	 */
	public static final String WIDGET_KEY = PLUGIN_ID + ".widget"; //$NON-NLS-1$

	private NetworkUi() {
	}
}
