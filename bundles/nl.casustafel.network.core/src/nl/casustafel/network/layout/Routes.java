/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.layout;

import java.util.List;

/**
 * Measurements along an edge's route.
 */
public final class Routes {

	private Routes() {
		// static access only
	}

	/**
	 * @param route a route of at least one point
	 * @return the point halfway along it (where a label goes)
	 */
	public static Point midpoint(List<Point> route) {
		double total = 0;
		for (int i = 1; i < route.size(); i++) {
			total += distance(route.get(i - 1), route.get(i));
		}
		double remaining = total / 2;
		for (int i = 1; i < route.size(); i++) {
			Point a = route.get(i - 1);
			Point b = route.get(i);
			double segment = distance(a, b);
			if (segment >= remaining && segment > 0) {
				double t = remaining / segment;
				return new Point((int) Math.round(a.x() + (b.x() - a.x()) * t), (int) Math.round(a.y() + (b.y() - a.y()) * t));
			}
			remaining -= segment;
		}
		return route.get(route.size() - 1);
	}

	private static double distance(Point a, Point b) {
		return Math.hypot(b.x() - a.x(), b.y() - a.y());
	}
}
