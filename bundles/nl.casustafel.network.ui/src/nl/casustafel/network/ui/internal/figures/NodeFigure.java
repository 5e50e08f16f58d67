/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;

import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NodeFlag;
import nl.casustafel.network.style.Legend;
import nl.casustafel.network.style.NodeStyle;
import nl.casustafel.network.style.NodeStyles;

/**
 * A node of the network: its shape in the colours of its logic, a bold label with an optional second
 * line, badges for case direction (R), knowing the person (K) and absence (!), a pin when the user
 * fixed its place, and an amber outline when a search or the analysis points at it.
 */
public class NodeFigure extends Figure {

	/** Colour of the outline of highlighted nodes. */
	public static final int HIGHLIGHT = 0xFF8F00;

	private final Theme theme;

	private final NetworkNode node;

	private final NodeStyle style;

	private boolean pinned;

	private boolean highlighted;

	/**
	 * @param theme the theme
	 * @param node  the node shown
	 */
	public NodeFigure(Theme theme, NetworkNode node) {
		this.theme = theme;
		this.node = node;
		this.style = NodeStyles.of(node);
		setOpaque(false);
		Label tip = new Label(tooltip(node));
		tip.setBorder(new MarginBorder(4));
		tip.setFont(theme.smallFont());
		setToolTip(tip);
	}

	private static String tooltip(NetworkNode node) {
		StringBuilder text = new StringBuilder(node.label());
		if (node.detail() != null) {
			text.append('\n').append(node.detail());
		}
		if (node.logic() != null) {
			text.append('\n').append(NodeStyles.label(node.logic()));
		}
		for (NodeFlag flag : Legend.BADGES) {
			if (node.has(flag)) {
				text.append('\n').append(NodeStyles.label(flag));
			}
		}
		return text.toString();
	}

	/** @return the node shown */
	public NetworkNode node() {
		return node;
	}

	/** @return the node's style */
	public NodeStyle style() {
		return style;
	}

	/**
	 * @param newPinned whether the user pinned the node
	 */
	public void setPinned(boolean newPinned) {
		if (pinned != newPinned) {
			pinned = newPinned;
			repaint();
		}
	}

	/** @return whether the node is highlighted */
	public boolean isHighlighted() {
		return highlighted;
	}

	/**
	 * @param newHighlighted whether to highlight the node
	 */
	public void setHighlighted(boolean newHighlighted) {
		if (highlighted != newHighlighted) {
			highlighted = newHighlighted;
			repaint();
		}
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle bounds = getBounds();
		g.setAntialias(SWT.ON);
		g.setTextAntialias(SWT.ON);
		int width = node.has(NodeFlag.CENTRE) ? style.borderWidth() + 1 : style.borderWidth();
		Painter.shape(g, theme, style, bounds, highlighted ? width + 3 : width, highlighted ? HIGHLIGHT : style.border());

		int badges = 0;
		for (NodeFlag flag : Legend.BADGES) {
			if (node.has(flag)) {
				badges++;
			}
		}
		// Badges sit at the right, vertically centred; the text is centred in the rest.
		int badgeSpace = badges * 24;
		boolean twoLines = node.detail() != null && !node.detail().isBlank();
		Dimension first = FigureUtilities.getTextExtents(node.label(), theme.labelFont(node));
		Dimension second = twoLines ? FigureUtilities.getTextExtents(node.detail(), theme.detailFont()) : new Dimension();
		int textHeight = first.height + (twoLines ? second.height + 2 : 0);
		int y = bounds.y + (bounds.height - textHeight) / 2;
		int cx = bounds.x + (bounds.width - badgeSpace) / 2 + (badges > 0 ? 4 : 0);
		g.setForegroundColor(theme.color(NodeStyles.TEXT));
		g.setFont(theme.labelFont(node));
		g.drawText(node.label(), cx - first.width / 2, y);
		if (twoLines) {
			g.setForegroundColor(theme.color(0x333333));
			g.setFont(theme.detailFont());
			g.drawText(node.detail(), cx - second.width / 2, y + first.height + 2);
		}

		int badgeX = bounds.right() - badgeSpace - 2 + (style.shape() == nl.casustafel.network.style.NodeShape.HEXAGON ? -12 : 0);
		for (NodeFlag flag : Legend.BADGES) {
			if (node.has(flag)) {
				Painter.badge(g, theme, flag, badgeX + 12, bounds.y + bounds.height / 2);
				badgeX += 24;
			}
		}
		if (pinned) {
			int px = bounds.x + 12;
			int py = bounds.y + 11;
			g.setBackgroundColor(theme.color(0x37474F));
			g.fillOval(px - 5, py - 5, 10, 10);
			g.setForegroundColor(theme.color(0x37474F));
			g.setLineWidth(2);
			g.drawLine(px, py + 4, px, py + 10);
		}
	}
}
