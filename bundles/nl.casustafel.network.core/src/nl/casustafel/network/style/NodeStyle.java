/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.style;

/**
 * How a node looks.
 *
 * @param shape        the outline
 * @param fill         the fill colour, {@code 0xRRGGBB}
 * @param border       the outline colour, {@code 0xRRGGBB}
 * @param borderWidth  the outline width in pixels at 100 % zoom
 * @param dashedBorder whether the outline is dashed (absent parties, informal ties)
 */
public record NodeStyle(NodeShape shape, int fill, int border, int borderWidth, boolean dashedBorder) {
}
