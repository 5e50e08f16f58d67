/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.layout;

/**
 * A rectangle in diagram coordinates (pixels at 100 % zoom).
 *
 * @param x      the left edge
 * @param y      the top edge
 * @param width  the width
 * @param height the height
 */
public record Box(int x, int y, int width, int height) {

	/** @return the centre */
	public Point centre() {
		return new Point(x + width / 2, y + height / 2);
	}

	/** @return the right edge */
	public int right() {
		return x + width;
	}

	/** @return the bottom edge */
	public int bottom() {
		return y + height;
	}

	/**
	 * @param other another box
	 * @return the smallest box holding both
	 */
	public Box union(Box other) {
		int left = Math.min(x, other.x);
		int top = Math.min(y, other.y);
		return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
	}

	/**
	 * @param point a point
	 * @return the smallest box holding this one and the point
	 */
	public Box union(Point point) {
		return union(new Box(point.x(), point.y(), 0, 0));
	}

	/**
	 * @param newX the new left edge
	 * @param newY the new top edge
	 * @return this box moved
	 */
	public Box at(int newX, int newY) {
		return new Box(newX, newY, width, height);
	}
}
