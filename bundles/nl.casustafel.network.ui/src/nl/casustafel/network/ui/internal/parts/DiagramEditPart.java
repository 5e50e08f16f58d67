/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/**
 * The diagram as a whole: a free-form layer in which the nodes sit where the layout put them.
 * Dragging on its empty background pans the view.
 */
public class DiagramEditPart extends AbstractGraphicalEditPart {

	/** @return the contents */
	public DiagramContents contents() {
		return (DiagramContents) getModel();
	}

	@Override
	protected IFigure createFigure() {
		FreeformLayer layer = new FreeformLayer();
		layer.setLayoutManager(new FreeformLayout());
		DiagramContents contents = contents();
		if (contents.message() != null) {
			Label message = new Label(contents.message());
			message.setFont(contents.theme().labelFont());
			message.setForegroundColor(contents.theme().color(0x555555));
			layer.add(message, new Rectangle(40, 40, -1, -1));
		}
		return layer;
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new NodeMovePolicy());
	}

	@Override
	protected List getModelChildren() {
		return new ArrayList<Object>(contents().graph().nodes());
	}

	@Override
	public DragTracker getDragTracker(Request request) {
		return new PanTracker();
	}
}
