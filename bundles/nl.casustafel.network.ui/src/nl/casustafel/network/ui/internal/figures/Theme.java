/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.figures;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.layout.Box;
import nl.casustafel.network.layout.NodeSizer;
import nl.casustafel.network.style.NodeShape;
import nl.casustafel.network.style.NodeStyles;

/**
 * Fonts and colours of the diagram, sized for a projector (node labels 12 pt bold, about 16 px), and
 * the node sizes that follow from them. Owns its resources: dispose it with the view.
 */
public final class Theme implements NodeSizer {

	private final LocalResourceManager resources;

	private final Font label;

	private final Font centre;

	private final Font detail;

	private final Font small;

	private final Font badge;

	private final Font panel;

	private final Font panelBold;

	private final Map<String, Box> sizes = new HashMap<>();

	private final Image measureImage;

	private final GC measure;

	/**
	 * @param display the display
	 */
	public Theme(Display display) {
		resources = new LocalResourceManager(JFaceResources.getResources(display));
		FontDescriptor base = FontDescriptor.createFrom(JFaceResources.getDefaultFont());
		label = resources.create(base.setHeight(12).setStyle(SWT.BOLD));
		centre = resources.create(base.setHeight(15).setStyle(SWT.BOLD));
		detail = resources.create(base.setHeight(10).setStyle(SWT.NORMAL));
		small = resources.create(base.setHeight(10).setStyle(SWT.NORMAL));
		badge = resources.create(base.setHeight(10).setStyle(SWT.BOLD));
		panel = resources.create(base.setHeight(11).setStyle(SWT.NORMAL));
		panelBold = resources.create(base.setHeight(11).setStyle(SWT.BOLD));
		measureImage = new Image(display, 1, 1);
		measure = new GC(measureImage);
	}

	/** @return the font of node labels */
	public Font labelFont() {
		return label;
	}

	/** @return the font of the label of the centre of a case network (the person) */
	public Font centreFont() {
		return centre;
	}

	/**
	 * @param node a node
	 * @return the font of its label
	 */
	public Font labelFont(NetworkNode node) {
		return node.has(nl.casustafel.network.NodeFlag.CENTRE) ? centre : label;
	}

	/** @return the font of second lines */
	public Font detailFont() {
		return detail;
	}

	/** @return the font of edge labels and the legend */
	public Font smallFont() {
		return small;
	}

	/** @return the font of badge letters */
	public Font badgeFont() {
		return badge;
	}

	/** @return the font of the side panel and the controls */
	public Font panelFont() {
		return panel;
	}

	/** @return the font of headings in the side panel */
	public Font panelBoldFont() {
		return panelBold;
	}

	/**
	 * @param rgb a colour {@code 0xRRGGBB}
	 * @return the colour, owned by this theme
	 */
	public Color color(int rgb) {
		return resources.createColor(new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF));
	}

	@Override
	public Box size(NetworkNode node) {
		NodeShape shape = NodeStyles.of(node).shape();
		String key = shape + "\n" + node.label() + "\n" + node.detail() + "\n" + node.flags().size(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return sizes.computeIfAbsent(key, k -> measure(node, shape));
	}

	private Box measure(NetworkNode node, NodeShape shape) {
		measure.setFont(labelFont(node));
		Point text = measure.textExtent(node.label());
		int width = text.x;
		int height = text.y;
		if (node.detail() != null && !node.detail().isBlank()) {
			measure.setFont(detail);
			Point second = measure.textExtent(node.detail());
			width = Math.max(width, second.x);
			height += second.y + 2;
		}
		int badges = 0;
		for (var flag : node.flags()) {
			if (flag != nl.casustafel.network.NodeFlag.CENTRE) {
				badges++;
			}
		}
		int w;
		int h;
		switch (shape) {
		case ELLIPSE -> {
			w = (int) Math.round(width * 1.3) + 28;
			h = (int) Math.round(height * 1.45) + 14;
		}
		case HEXAGON -> {
			h = height + 22;
			w = width + h + 24;
		}
		case DIAMOND -> {
			w = (int) Math.round(width * 1.7) + 24;
			h = height * 2 + 16;
		}
		default -> {
			w = width + 32;
			h = height + 22;
		}
		}
		w += badges * 24;
		return new Box(0, 0, Math.max(w, 110), Math.max(h, 44));
	}

	/**
	 * Releases the fonts, colours and the measuring context.
	 */
	public void dispose() {
		measure.dispose();
		measureImage.dispose();
		resources.dispose();
	}
}
