/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.layout;

/**
 * A point in diagram coordinates (pixels at 100 % zoom).
 *
 * @param x the x coordinate
 * @param y the y coordinate
 */
public record Point(int x, int y) {
}
