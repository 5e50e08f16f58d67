/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.tools.AbstractTool;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;

/**
 * Dragging the empty background moves the view over the diagram (like a map); a click without
 * dragging clears the selection.
 */
public class PanTracker extends AbstractTool implements DragTracker {

	private Point startViewLocation;

	private Cursor grab;

	@Override
	protected String getCommandName() {
		return "pan"; //$NON-NLS-1$
	}

	private Viewport viewport() {
		return getCurrentViewer().getControl() instanceof FigureCanvas canvas ? canvas.getViewport() : null;
	}

	@Override
	protected boolean handleButtonDown(int button) {
		if (button != 1) {
			setState(STATE_INVALID);
			return true;
		}
		Viewport viewport = viewport();
		if (viewport != null) {
			startViewLocation = viewport.getViewLocation().getCopy();
		}
		stateTransition(STATE_INITIAL, STATE_DRAG);
		return true;
	}

	@Override
	protected boolean handleDragInProgress() {
		Viewport viewport = viewport();
		if (viewport != null && startViewLocation != null) {
			Dimension delta = getDragMoveDelta();
			viewport.setViewLocation(startViewLocation.x - delta.width, startViewLocation.y - delta.height);
			if (grab == null) {
				grab = new Cursor(getCurrentViewer().getControl().getDisplay(), SWT.CURSOR_SIZEALL);
				getCurrentViewer().getControl().setCursor(grab);
			}
		}
		return true;
	}

	@Override
	protected boolean handleDragStarted() {
		return stateTransition(STATE_DRAG, STATE_DRAG_IN_PROGRESS);
	}

	@Override
	protected boolean handleButtonUp(int button) {
		if (isInState(STATE_DRAG)) {
			getCurrentViewer().deselectAll();
		}
		setState(STATE_TERMINAL);
		return true;
	}

	@Override
	public void deactivate() {
		if (grab != null) {
			if (getCurrentViewer() != null && !getCurrentViewer().getControl().isDisposed()) {
				getCurrentViewer().getControl().setCursor(null);
			}
			grab.dispose();
			grab = null;
		}
		super.deactivate();
	}
}
