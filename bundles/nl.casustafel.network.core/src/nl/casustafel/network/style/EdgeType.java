/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.style;

import java.util.Arrays;
import java.util.Objects;

/**
 * A type of edge with its meaning and visual style: label for the legend, category, direction,
 * colour, width and dash pattern. Immutable.
 *
 * @param key      the type key: the {@link nl.casustafel.model.RelationKind} literal for relations
 *                 (e.g. {@code REFERRAL}), {@code case.*} for the ties of a case network, or a
 *                 partner's own key
 * @param label    the label shown in the legend and filters, in the user's language
 * @param category what the type means, see {@link EdgeCategory}
 * @param directed whether edges have a direction (drawn with an arrow)
 * @param color    the colour as {@code 0xRRGGBB}
 * @param width    the line width in pixels at 100 % zoom
 * @param dash     the dash pattern (lengths of dash, gap, dash, ...) in pixels, or {@code null}
 *                 for a solid line
 */
public record EdgeType(String key, String label, EdgeCategory category, boolean directed, int color, int width,
		int[] dash) {

	/**
	 * Checks the values and copies the dash pattern.
	 */
	public EdgeType {
		Objects.requireNonNull(key);
		Objects.requireNonNull(label);
		Objects.requireNonNull(category);
		if (width < 1) {
			throw new IllegalArgumentException("width must be at least 1: " + width); //$NON-NLS-1$
		}
		dash = dash == null || dash.length == 0 ? null : dash.clone();
	}

	/** @return the dash pattern (a copy), or {@code null} for a solid line */
	@Override
	public int[] dash() {
		return dash == null ? null : dash.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EdgeType type && key.equals(type.key) && label.equals(type.label)
				&& category == type.category && directed == type.directed && color == type.color && width == type.width
				&& Arrays.equals(dash, type.dash);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, label, category, Boolean.valueOf(directed), Integer.valueOf(color),
				Integer.valueOf(width), Integer.valueOf(Arrays.hashCode(dash)));
	}
}
