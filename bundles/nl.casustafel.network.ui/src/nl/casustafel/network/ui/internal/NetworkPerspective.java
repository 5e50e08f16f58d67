/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.network.ui.NetworkUi;

/**
 * The network perspective: the network view takes most of the screen (for the projector), the cases
 * list on the left chooses the case network, the Properties view below it shows what is selected.
 */
public class NetworkPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("network.left", IPageLayout.LEFT, 0.2f, editors); //$NON-NLS-1$
		left.addView(CasesUi.NAVIGATOR_VIEW_ID);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.55f, "network.left"); //$NON-NLS-1$
		layout.addView(NetworkUi.VIEW_ID, IPageLayout.RIGHT, 0.2f, editors);
		layout.getViewLayout(NetworkUi.VIEW_ID).setCloseable(false);
		layout.addShowViewShortcut(NetworkUi.VIEW_ID);
		layout.addShowViewShortcut(CasesUi.NAVIGATOR_VIEW_ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}
