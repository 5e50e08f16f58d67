/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.style;

/**
 * The outline of a node. Every shape fills its box.
 */
public enum NodeShape {

	/** Sharp corners (justice). */
	RECTANGLE,

	/** Rounded corners (care, professionals). */
	ROUNDED_RECTANGLE,

	/** Six corners with pointed left and right ends (municipality). */
	HEXAGON,

	/** An ellipse (other organisations, persons, informal ties). */
	ELLIPSE,

	/** A diamond (covenants). */
	DIAMOND
}
