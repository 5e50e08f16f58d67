/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

/**
 * The chair's perspective (<i>voorzitter</i>), laid out for a 1920x1080 laptop screen: where to
 * find things on the left (cases, meetings, directory), the agenda or case being worked on in the
 * middle, the agreements and properties below it, and the chair's console with the reflection
 * questions and the network on the right. The shared screen itself is the projector window.
 * <p>
 * The views belong to capability bundles; the perspective names them by id only (no code
 * dependency) and places each one whose bundle is installed. A partner's view joins through
 * {@code org.eclipse.ui.perspectiveExtensions}, e.g. stacked with one of the views below.
 * </p>
 */
public class ChairPerspective implements IPerspectiveFactory {

	/** Left: finding cases, meetings and partners. */
	static final String[] LEFT = { "nl.casustafel.cases.ui.navigator", //$NON-NLS-1$
			"nl.casustafel.meeting.ui.meetings", //$NON-NLS-1$
			"nl.casustafel.cases.ui.directory" }; //$NON-NLS-1$

	/** Right: running the meeting. */
	static final String[] RIGHT = { "nl.casustafel.meeting.ui.chairConsole", //$NON-NLS-1$
			"nl.casustafel.reflection.ui.view", //$NON-NLS-1$
			"nl.casustafel.network.ui.view" }; //$NON-NLS-1$

	/** Below the editor: follow-up and details of the selection. */
	static final String[] BOTTOM = { "nl.casustafel.meeting.ui.agreements", //$NON-NLS-1$
			IPageLayout.ID_PROP_SHEET };

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		place(layout.createFolder("nl.casustafel.ui.chair.left", IPageLayout.LEFT, 0.24f, editorArea), LEFT); //$NON-NLS-1$
		place(layout.createFolder("nl.casustafel.ui.chair.right", IPageLayout.RIGHT, 0.66f, editorArea), RIGHT); //$NON-NLS-1$
		place(layout.createFolder("nl.casustafel.ui.chair.bottom", IPageLayout.BOTTOM, 0.62f, editorArea), BOTTOM); //$NON-NLS-1$
		for (String id : LEFT) {
			layout.addShowViewShortcut(id);
		}
		for (String id : RIGHT) {
			layout.addShowViewShortcut(id);
		}
		for (String id : BOTTOM) {
			layout.addShowViewShortcut(id);
		}
	}

	private static void place(IFolderLayout folder, String[] viewIds) {
		for (String id : viewIds) {
			if (PlatformUI.getWorkbench().getViewRegistry().find(id) != null) {
				folder.addView(id);
			} else {
				folder.addPlaceholder(id);
			}
		}
	}
}
