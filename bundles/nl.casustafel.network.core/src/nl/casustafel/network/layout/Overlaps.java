/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Tidies a force layout: {@link #compact} shrinks a layout that spreads its nodes far apart (ELK's
 * force algorithm does on large graphs), {@link #remove} pushes overlapping node boxes apart, each time along the axis where they overlap least, until no two
 * boxes are closer than a gap (or a pass limit is reached). Deterministic: boxes are visited in order
 * of their left edge, then their id.
 */
final class Overlaps {

	private static final int PASSES = 60;

	private Overlaps() {
		// static access only
	}

	/**
	 * Moves the nodes closer together, keeping their relative places, when the layout covers much more
	 * area than the nodes need (more than {@code slack} times the area of the boxes with their gaps).
	 *
	 * @param boxes node id to box; changed in place
	 * @param gap   the free space to count around each box
	 * @param slack how much more area than the boxes need is fine
	 */
	static void compact(Map<String, Box> boxes, int gap, double slack) {
		if (boxes.size() < 2) {
			return;
		}
		double needed = 0;
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = Integer.MIN_VALUE;
		int maxY = Integer.MIN_VALUE;
		for (Box box : boxes.values()) {
			needed += (double) (box.width() + gap) * (box.height() + gap);
			Point centre = box.centre();
			minX = Math.min(minX, centre.x());
			minY = Math.min(minY, centre.y());
			maxX = Math.max(maxX, centre.x());
			maxY = Math.max(maxY, centre.y());
		}
		double spread = (double) Math.max(1, maxX - minX) * Math.max(1, maxY - minY);
		double scale = Math.sqrt(needed * slack / spread);
		if (scale >= 1) {
			return;
		}
		for (Map.Entry<String, Box> entry : boxes.entrySet()) {
			Box box = entry.getValue();
			Point centre = box.centre();
			int x = minX + (int) Math.round((centre.x() - minX) * scale) - box.width() / 2;
			int y = minY + (int) Math.round((centre.y() - minY) * scale) - box.height() / 2;
			entry.setValue(box.at(x, y));
		}
	}

	/**
	 * @param boxes node id to box; changed in place
	 * @param gap   the least free space between two boxes
	 */
	static void remove(Map<String, Box> boxes, int gap) {
		List<String> ids = new ArrayList<>(boxes.keySet());
		for (int pass = 0; pass < PASSES; pass++) {
			ids.sort(Comparator.comparingInt((String id) -> boxes.get(id).x()).thenComparing(id -> id));
			boolean moved = false;
			for (int i = 0; i < ids.size(); i++) {
				for (int j = i + 1; j < ids.size(); j++) {
					Box a = boxes.get(ids.get(i));
					Box b = boxes.get(ids.get(j));
					if (b.x() >= a.right() + gap) {
						break;
					}
					int overlapX = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x()) + gap;
					int overlapY = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y()) + gap;
					if (overlapX <= 0 || overlapY <= 0) {
						continue;
					}
					moved = true;
					if (overlapX <= overlapY) {
						int first = overlapX / 2;
						int second = overlapX - first;
						boolean aLeft = a.centre().x() <= b.centre().x();
						boxes.put(ids.get(i), a.at(a.x() + (aLeft ? -first : first), a.y()));
						boxes.put(ids.get(j), b.at(b.x() + (aLeft ? second : -second), b.y()));
					} else {
						int first = overlapY / 2;
						int second = overlapY - first;
						boolean aAbove = a.centre().y() < b.centre().y()
								|| a.centre().y() == b.centre().y() && ids.get(i).compareTo(ids.get(j)) < 0;
						boxes.put(ids.get(i), a.at(a.x(), a.y() + (aAbove ? -first : first)));
						boxes.put(ids.get(j), b.at(b.x(), b.y() + (aAbove ? second : -second)));
					}
				}
			}
			if (!moved) {
				return;
			}
		}
	}
}
