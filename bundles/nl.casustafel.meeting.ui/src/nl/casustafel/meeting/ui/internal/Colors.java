/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The few colours of the meeting views, from JFace's colour registry (disposed by JFace). */
final class Colors {

	private static final String PREFIX = "nl.casustafel.meeting.ui.color."; //$NON-NLS-1$

	private Colors() {
	}

	private static Color get(String key, RGB rgb) {
		ColorRegistry registry = JFaceResources.getColorRegistry();
		if (!registry.hasValueFor(PREFIX + key)) {
			registry.put(PREFIX + key, rgb);
		}
		return registry.get(PREFIX + key);
	}

	static Color error() {
		return get("error", new RGB(180, 30, 20)); //$NON-NLS-1$
	}

	static Color errorBackground() {
		return get("errorBackground", new RGB(255, 232, 228)); //$NON-NLS-1$
	}

	static Color warning() {
		return get("warning", new RGB(170, 95, 0)); //$NON-NLS-1$
	}

	static Color ok() {
		return get("ok", new RGB(60, 150, 70)); //$NON-NLS-1$
	}
}
