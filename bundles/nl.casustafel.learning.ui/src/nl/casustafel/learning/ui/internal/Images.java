/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

import nl.casustafel.learning.ui.LearningUi;

/** The icons of this bundle (PNG with @2x variants in {@code icons/}). */
final class Images {

	static final String SESSION = "icons/session.png"; //$NON-NLS-1$
	static final String THEORY = "icons/theory.png"; //$NON-NLS-1$
	static final String POINTS = "icons/points.png"; //$NON-NLS-1$
	static final String FACILITATOR = "icons/facilitator.png"; //$NON-NLS-1$

	private Images() {
	}

	static ImageDescriptor shared(String name) {
		return org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(name);
	}

	static ImageDescriptor descriptor(String path) {
		return ResourceLocator.imageDescriptorFromBundle(LearningUi.PLUGIN_ID, path).orElse(null);
	}
}
