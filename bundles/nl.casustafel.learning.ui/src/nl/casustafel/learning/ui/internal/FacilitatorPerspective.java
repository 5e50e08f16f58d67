/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nl.casustafel.learning.ui.LearningUi;

/**
 * The perspective of the learning-process facilitator (<i>leerprocesbegeleider</i>): sessions and
 * theory library on the left, the session editor in the middle, the facilitator console on the
 * right, learning points across sessions below the editor.
 */
public final class FacilitatorPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("nl.casustafel.learning.ui.left", IPageLayout.LEFT, 0.22f, editors); //$NON-NLS-1$
		left.addView(LearningUi.VIEW_SESSIONS);
		IFolderLayout leftBottom = layout.createFolder("nl.casustafel.learning.ui.leftBottom", IPageLayout.BOTTOM, 0.45f, //$NON-NLS-1$
				"nl.casustafel.learning.ui.left"); //$NON-NLS-1$
		leftBottom.addView(LearningUi.VIEW_THEORY);
		IFolderLayout right = layout.createFolder("nl.casustafel.learning.ui.right", IPageLayout.RIGHT, 0.58f, editors); //$NON-NLS-1$
		right.addView(LearningUi.VIEW_FACILITATOR);
		IFolderLayout bottom = layout.createFolder("nl.casustafel.learning.ui.bottom", IPageLayout.BOTTOM, 0.72f, editors); //$NON-NLS-1$
		bottom.addView(LearningUi.VIEW_LEARNING_POINTS);
		layout.addShowViewShortcut(LearningUi.VIEW_SESSIONS);
		layout.addShowViewShortcut(LearningUi.VIEW_THEORY);
		layout.addShowViewShortcut(LearningUi.VIEW_FACILITATOR);
		layout.addShowViewShortcut(LearningUi.VIEW_LEARNING_POINTS);
		layout.addPerspectiveShortcut(LearningUi.PERSPECTIVE_ID);
	}
}
