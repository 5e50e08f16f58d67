/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.figures;

import org.eclipse.draw2d.AbstractConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PrecisionPoint;
import org.eclipse.draw2d.geometry.Rectangle;

import nl.casustafel.network.layout.Box;
import nl.casustafel.network.layout.Geometry;
import nl.casustafel.network.style.NodeShape;

/**
 * Attaches an edge where the line towards the reference point leaves the node's shape (ellipse,
 * hexagon, diamond or rectangle), with the same geometry as the layout and the SVG export.
 */
public class ShapeAnchor extends AbstractConnectionAnchor {

	private final NodeShape shape;

	/**
	 * @param owner the node figure
	 * @param shape its shape
	 */
	public ShapeAnchor(IFigure owner, NodeShape shape) {
		super(owner);
		this.shape = shape;
	}

	@Override
	public Point getLocation(Point reference) {
		Rectangle bounds = getOwner().getBounds();
		Point relative = new PrecisionPoint(reference);
		getOwner().translateToRelative(relative);
		nl.casustafel.network.layout.Point exit = Geometry.boundaryPoint(shape,
				new Box(bounds.x, bounds.y, bounds.width, bounds.height),
				new nl.casustafel.network.layout.Point(relative.x, relative.y));
		Point result = new PrecisionPoint(exit.x(), exit.y());
		getOwner().translateToAbsolute(result);
		return result;
	}
}
