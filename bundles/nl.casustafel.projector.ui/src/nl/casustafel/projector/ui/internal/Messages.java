/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.projector.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the projector: messages.properties (English) and messages_nl.properties (Dutch). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.projector.ui.internal.messages"; //$NON-NLS-1$

	public static String projector_windowTitle;
	public static String projector_blankTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
