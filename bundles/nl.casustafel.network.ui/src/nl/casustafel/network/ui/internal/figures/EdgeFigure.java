/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.figures;

import org.eclipse.draw2d.ConnectionLocator;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.CompoundBorder;
import org.eclipse.swt.SWT;

import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.style.EdgeType;
import nl.casustafel.network.style.EdgeTypes;

/**
 * An edge of the network in the style of its type (colour, width, dash, arrow), with an optional
 * label halfway and the details as tooltip. Selected edges are drawn wider.
 */
public class EdgeFigure extends PolylineConnection {

	private final EdgeType type;

	private final int[] dash;

	private boolean selected;

	/**
	 * @param theme     the theme
	 * @param edge      the edge shown
	 * @param showLabel whether to write the edge's label on it
	 * @param tooltip   the tooltip text
	 */
	public EdgeFigure(Theme theme, NetworkEdge edge, boolean showLabel, String tooltip) {
		this.type = EdgeTypes.get(edge.type());
		this.dash = type.dash();
		setForegroundColor(theme.color(type.color()));
		setBackgroundColor(theme.color(type.color()));
		setLineWidth(type.width());
		if (type.directed()) {
			PolygonDecoration arrow = new PolygonDecoration();
			arrow.setScale(9 + type.width(), 4 + type.width() / 2.0);
			arrow.setBackgroundColor(theme.color(type.color()));
			arrow.setForegroundColor(theme.color(type.color()));
			setTargetDecoration(arrow);
		}
		if (showLabel && edge.label() != null && !edge.label().isBlank()) {
			Label label = new Label(edge.label());
			label.setFont(theme.smallFont());
			label.setOpaque(true);
			label.setBackgroundColor(theme.color(0xFFFFFF));
			label.setForegroundColor(theme.color(0x222222));
			label.setBorder(new CompoundBorder(new LineBorder(theme.color(type.color()), 1), new MarginBorder(1, 4, 1, 4)));
			add(label, new ConnectionLocator(this, ConnectionLocator.MIDDLE));
		}
		Label tip = new Label(tooltip);
		tip.setFont(theme.smallFont());
		tip.setBorder(new MarginBorder(4));
		setToolTip(tip);
	}

	/**
	 * @param newSelected whether the edge is selected
	 */
	public void setSelected(boolean newSelected) {
		if (selected != newSelected) {
			selected = newSelected;
			setLineWidth(type.width() + (selected ? 3 : 0));
		}
	}

	@Override
	protected void outlineShape(Graphics g) {
		g.setAntialias(SWT.ON);
		if (dash != null) {
			g.setLineDash(dash);
		}
		super.outlineShape(g);
		g.setLineStyle(Graphics.LINE_SOLID);
	}
}
