/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkNode;

/**
 * Creates the edit parts of the diagram: one for the contents, one per node, one per edge.
 */
public final class PartFactory implements EditPartFactory {

	@Override
	public EditPart createEditPart(EditPart context, Object model) {
		EditPart part;
		if (model instanceof DiagramContents) {
			part = new DiagramEditPart();
		} else if (model instanceof NetworkNode) {
			part = new NodePart();
		} else if (model instanceof NetworkEdge) {
			part = new EdgePart();
		} else {
			throw new IllegalArgumentException(String.valueOf(model));
		}
		part.setModel(model);
		return part;
	}
}
