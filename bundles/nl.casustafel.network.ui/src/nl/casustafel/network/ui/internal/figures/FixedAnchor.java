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

/**
 * Attaches an edge at a fixed point of a node, where the layered layout let its orthogonal route
 * start or end, so the first and last segments stay straight.
 */
public class FixedAnchor extends AbstractConnectionAnchor {

	private final int dx;

	private final int dy;

	/**
	 * @param owner the node figure
	 * @param dx    the point's distance from the node's left edge
	 * @param dy    the point's distance from the node's top edge
	 */
	public FixedAnchor(IFigure owner, int dx, int dy) {
		super(owner);
		this.dx = dx;
		this.dy = dy;
	}

	@Override
	public Point getLocation(Point reference) {
		Rectangle bounds = getOwner().getBounds();
		Point result = new PrecisionPoint(bounds.x + dx, bounds.y + dy);
		getOwner().translateToAbsolute(result);
		return result;
	}

	@Override
	public Point getReferencePoint() {
		return getLocation(null);
	}
}
