/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;

import nl.casustafel.network.edit.NetworkCommands;
import nl.casustafel.network.layout.Point;

/**
 * Moving nodes pins them: one command pins every dragged node at its new place in the diagram of the
 * current scope, stored with the casebook.
 * <p>
 * Written against the GEF API that is the same in GEF 3.2 and today's GEF Classic: the move is built in
 * {@link #getMoveChildrenCommand(Request)}; the two-argument {@code createChangeConstraintCommand} is
 * implemented only because it is abstract in GEF 3.2 (it is deprecated later) and is never used.
 * </p>
 */
public class NodeMovePolicy extends XYLayoutEditPolicy {

	@Override
	protected EditPolicy createChildEditPolicy(EditPart child) {
		return new NonResizableEditPolicy();
	}

	@Override
	protected Command getMoveChildrenCommand(Request request) {
		DiagramEditPart diagram = (DiagramEditPart) getHost();
		DiagramContents contents = diagram.contents();
		if (!contents.editable() || !(request instanceof ChangeBoundsRequest move)) {
			return null;
		}
		Map<String, Point> positions = new LinkedHashMap<>();
		for (Object part : move.getEditParts()) {
			if (part instanceof NodePart node) {
				Rectangle bounds = (Rectangle) getConstraintFor(move, (GraphicalEditPart) node);
				positions.put(node.node().id(), new Point(bounds.x, bounds.y));
			}
		}
		if (positions.isEmpty()) {
			return null;
		}
		return new EmfCommand(NetworkCommands.pin(contents.session().getEditingDomain(), contents.session().getCasebook(),
				contents.scope(), positions));
	}

	/** Abstract in GEF 3.2; moves are handled by {@link #getMoveChildrenCommand(Request)}. */
	protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
		return null;
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		return null;
	}
}
