/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.layout;

import nl.casustafel.network.style.NodeShape;

/**
 * Outlines of node shapes and where an edge meets them: shared by the view's figures and anchors and
 * by the SVG export, so both draw the same picture.
 */
public final class Geometry {

	private Geometry() {
		// static access only
	}

	/**
	 * @param shape a shape
	 * @param box   its box
	 * @return the corner points {@code x0, y0, x1, y1, ...} of the shape's outline, clockwise from the
	 *         left; the box's corners for rectangles and ellipses
	 */
	public static int[] outline(NodeShape shape, Box box) {
		int x = box.x();
		int y = box.y();
		int right = box.right();
		int bottom = box.bottom();
		int cx = x + box.width() / 2;
		int cy = y + box.height() / 2;
		return switch (shape) {
		case HEXAGON -> {
			int inset = Math.min(box.height() / 2, box.width() / 4);
			yield new int[] { x, cy, x + inset, y, right - inset, y, right, cy, right - inset, bottom, x + inset, bottom };
		}
		case DIAMOND -> new int[] { x, cy, cx, y, right, cy, cx, bottom };
		default -> new int[] { x, y, right, y, right, bottom, x, bottom };
		};
	}

	/**
	 * Where the line from the centre of a shape towards a point leaves the shape.
	 *
	 * @param shape   the shape
	 * @param box     its box
	 * @param towards a point (outside the shape)
	 * @return the point on the outline; the centre when {@code towards} is the centre
	 */
	public static Point boundaryPoint(NodeShape shape, Box box, Point towards) {
		double cx = box.x() + box.width() / 2.0;
		double cy = box.y() + box.height() / 2.0;
		double dx = towards.x() - cx;
		double dy = towards.y() - cy;
		if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) {
			return new Point((int) Math.round(cx), (int) Math.round(cy));
		}
		double t;
		if (shape == NodeShape.ELLIPSE) {
			double a = box.width() / 2.0;
			double b = box.height() / 2.0;
			t = 1 / Math.sqrt(dx * dx / (a * a) + dy * dy / (b * b));
		} else {
			t = rayExit(outline(shape, box), cx, cy, dx, dy);
		}
		return new Point((int) Math.round(cx + dx * t), (int) Math.round(cy + dy * t));
	}

	/** @return the smallest positive t where centre + t * (dx, dy) crosses the polygon */
	private static double rayExit(int[] polygon, double cx, double cy, double dx, double dy) {
		double best = Double.MAX_VALUE;
		int corners = polygon.length / 2;
		for (int i = 0; i < corners; i++) {
			double ax = polygon[2 * i];
			double ay = polygon[2 * i + 1];
			double bx = polygon[2 * ((i + 1) % corners)];
			double by = polygon[2 * ((i + 1) % corners) + 1];
			double ex = bx - ax;
			double ey = by - ay;
			double denominator = dx * ey - dy * ex;
			if (Math.abs(denominator) < 1e-12) {
				continue;
			}
			double t = ((ax - cx) * ey - (ay - cy) * ex) / denominator;
			double u = ((ax - cx) * dy - (ay - cy) * dx) / denominator;
			if (t > 0 && u >= -1e-9 && u <= 1 + 1e-9 && t < best) {
				best = t;
			}
		}
		return best == Double.MAX_VALUE ? 0 : best;
	}
}
