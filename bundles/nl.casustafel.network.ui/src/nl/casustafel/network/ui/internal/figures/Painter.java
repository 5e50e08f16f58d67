/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.figures;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;

import nl.casustafel.network.NodeFlag;
import nl.casustafel.network.style.NodeStyles;
import nl.casustafel.network.layout.Box;
import nl.casustafel.network.layout.Geometry;
import nl.casustafel.network.style.EdgeType;
import nl.casustafel.network.style.NodeStyle;

/**
 * Draws the pieces of the visual language with draw2d: node shapes, badges and edge samples. Used by
 * the diagram's figures, the legend and the PNG export, so all three look the same (and like the SVG
 * export, which follows the same styles and {@link Geometry}).
 * <p>
 * Line dashes and antialiasing are set on the {@link Graphics}: draw2d 3.2's shapes have no such
 * properties.
 * </p>
 */
public final class Painter {

	private static final int[] DASHED_BORDER = { 6, 4 };

	private Painter() {
		// static access only
	}

	/**
	 * Fills and outlines a node shape inside a rectangle.
	 *
	 * @param g         the graphics
	 * @param theme     the theme (colours)
	 * @param style     the style
	 * @param bounds    the rectangle
	 * @param lineWidth the outline width (the style's, or more to highlight)
	 * @param outline   the outline colour {@code 0xRRGGBB}
	 */
	public static void shape(Graphics g, Theme theme, NodeStyle style, Rectangle bounds, int lineWidth, int outline) {
		g.setAntialias(SWT.ON);
		int inset = (lineWidth + 1) / 2;
		Rectangle r = new Rectangle(bounds.x + inset, bounds.y + inset, bounds.width - 2 * inset - 1,
				bounds.height - 2 * inset - 1);
		g.setBackgroundColor(theme.color(style.fill()));
		g.setForegroundColor(theme.color(outline));
		g.setLineWidth(lineWidth);
		g.setLineStyle(Graphics.LINE_SOLID);
		if (style.dashedBorder()) {
			g.setLineDash(DASHED_BORDER);
		}
		switch (style.shape()) {
		case ELLIPSE -> {
			g.fillOval(r);
			g.drawOval(r);
		}
		case ROUNDED_RECTANGLE -> {
			g.fillRoundRectangle(r, 26, 26);
			g.drawRoundRectangle(r, 26, 26);
		}
		case RECTANGLE -> {
			g.fillRectangle(r);
			g.drawRectangle(r);
		}
		case HEXAGON, DIAMOND -> {
			int[] points = Geometry.outline(style.shape(), new Box(r.x, r.y, r.width, r.height));
			g.fillPolygon(points);
			g.drawPolygon(points);
		}
		}
		g.setLineStyle(Graphics.LINE_SOLID);
	}

	/**
	 * Draws a round badge with a letter.
	 *
	 * @param g     the graphics
	 * @param theme the theme
	 * @param flag  the flag it stands for
	 * @param cx    the centre x
	 * @param cy    the centre y
	 */
	public static void badge(Graphics g, Theme theme, NodeFlag flag, int cx, int cy) {
		g.setAntialias(SWT.ON);
		g.setTextAntialias(SWT.ON);
		Rectangle circle = new Rectangle(cx - 11, cy - 11, 22, 22);
		g.setBackgroundColor(theme.color(NodeStyles.badgeColor(flag)));
		g.fillOval(circle);
		g.setForegroundColor(theme.color(0xFFFFFF));
		g.setLineWidth(2);
		g.drawOval(circle);
		g.setFont(theme.badgeFont());
		String text = NodeStyles.badgeText(flag);
		Dimension size = FigureUtilities.getTextExtents(text, theme.badgeFont());
		g.drawText(text, cx - size.width / 2, cy - size.height / 2);
	}

	/**
	 * Draws a short sample of an edge type (with its arrow when directed).
	 *
	 * @param g     the graphics
	 * @param theme the theme
	 * @param type  the edge type
	 * @param x1    start x
	 * @param y     the height
	 * @param x2    end x
	 */
	public static void edgeSample(Graphics g, Theme theme, EdgeType type, int x1, int y, int x2) {
		g.setAntialias(SWT.ON);
		g.setForegroundColor(theme.color(type.color()));
		g.setBackgroundColor(theme.color(type.color()));
		g.setLineWidth(type.width());
		int[] dash = type.dash();
		if (dash != null) {
			g.setLineDash(dash);
		} else {
			g.setLineStyle(Graphics.LINE_SOLID);
		}
		int end = type.directed() ? x2 - 8 - type.width() : x2;
		g.drawLine(x1, y, end, y);
		g.setLineStyle(Graphics.LINE_SOLID);
		if (type.directed()) {
			int half = 4 + type.width() / 2;
			g.fillPolygon(new int[] { end - 2, y - half, x2, y, end - 2, y + half });
		}
	}
}
