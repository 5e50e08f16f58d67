/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NodeFlag;
import nl.casustafel.network.internal.Messages;
import nl.casustafel.network.layout.Box;
import nl.casustafel.network.layout.Geometry;
import nl.casustafel.network.layout.LayoutResult;
import nl.casustafel.network.layout.Point;
import nl.casustafel.network.layout.Routes;
import nl.casustafel.network.style.EdgeType;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.network.style.Legend;
import nl.casustafel.network.style.NodeShape;
import nl.casustafel.network.style.NodeStyle;
import nl.casustafel.network.style.NodeStyles;

/**
 * Writes a laid-out network as SVG, in the view's visual language (shapes and colours from
 * {@link NodeStyles}, lines from {@link EdgeTypes}, badges for case direction and "knows the
 * person"), with a title and a legend of what the picture holds. Plain SVG 1.1 that browsers, Inkscape
 * and office programs show; deterministic for the same graph and layout.
 */
public final class NetworkSvg {

	/** Options of the picture. */
	public record Options(String title, boolean legend, boolean edgeLabels) {
	}

	private static final int MARGIN = 24;

	private static final int TITLE_HEIGHT = 44;

	private static final int LEGEND_WIDTH = 360;

	private static final String FONT = "font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\""; //$NON-NLS-1$

	private NetworkSvg() {
		// static access only
	}

	/**
	 * @param graph   the graph
	 * @param layout  its layout
	 * @param options title, legend, edge labels
	 * @param out     where to write, as UTF-8 (the caller closes it)
	 * @throws IOException when writing fails
	 */
	public static void write(NetworkGraph graph, LayoutResult layout, Options options, Writer out) throws IOException {
		Box bounds = layout.bounds();
		int top = options.title() == null ? MARGIN : MARGIN + TITLE_HEIGHT;
		int dx = MARGIN - bounds.x();
		int dy = top - bounds.y();
		List<Legend.Item> legend = options.legend() ? Legend.of(graph) : List.of();
		int legendHeight = 40 + legend.size() * 30;
		int width = bounds.width() + 2 * MARGIN + (legend.isEmpty() ? 0 : LEGEND_WIDTH);
		int height = Math.max(bounds.height() + top + MARGIN, legend.isEmpty() ? 0 : top + legendHeight + MARGIN);

		StringBuilder svg = new StringBuilder(8192);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width) //$NON-NLS-1$
				.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height) //$NON-NLS-1$ //$NON-NLS-2$
				.append("\">\n"); //$NON-NLS-1$
		if (options.title() != null) {
			svg.append("  <title>").append(XmlText.escape(options.title())).append("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		svg.append("  <defs>\n"); //$NON-NLS-1$
		Set<String> markers = new LinkedHashSet<>();
		for (NetworkEdge edge : graph.edges()) {
			EdgeType type = EdgeTypes.get(edge.type());
			if (type.directed() && markers.add(marker(type))) {
				svg.append("    <marker id=\"").append(marker(type)).append( //$NON-NLS-1$
						"\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"").append(10 + 2 * type.width()) //$NON-NLS-1$
						.append("\" markerHeight=\"").append(10 + 2 * type.width()) //$NON-NLS-1$
						.append("\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"") //$NON-NLS-1$
						.append(XmlText.color(type.color())).append("\"/></marker>\n"); //$NON-NLS-1$
			}
		}
		svg.append("  </defs>\n"); //$NON-NLS-1$
		svg.append("  <rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height) //$NON-NLS-1$ //$NON-NLS-2$
				.append("\" fill=\"#FFFFFF\"/>\n"); //$NON-NLS-1$
		if (options.title() != null) {
			svg.append("  <text x=\"").append(MARGIN).append("\" y=\"").append(MARGIN + 26).append("\" ").append(FONT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(" font-size=\"24\" font-weight=\"bold\" fill=\"#111111\">").append(XmlText.escape(options.title())) //$NON-NLS-1$
					.append("</text>\n"); //$NON-NLS-1$
		}

		svg.append("  <g id=\"edges\">\n"); //$NON-NLS-1$
		for (NetworkEdge edge : graph.edges()) {
			List<Point> route = layout.route(edge.id());
			if (route == null) {
				continue;
			}
			EdgeType type = EdgeTypes.get(edge.type());
			svg.append("    <polyline points=\""); //$NON-NLS-1$
			for (int i = 0; i < route.size(); i++) {
				svg.append(i == 0 ? "" : " ").append(route.get(i).x() + dx).append(',').append(route.get(i).y() + dy); //$NON-NLS-1$ //$NON-NLS-2$
			}
			svg.append("\" fill=\"none\" stroke=\"").append(XmlText.color(type.color())).append("\" stroke-width=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.append(type.width()).append('"');
			dash(svg, type.dash());
			if (type.directed()) {
				svg.append(" marker-end=\"url(#").append(marker(type)).append(")\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			svg.append("><title>").append(XmlText.escape(type.label() + (edge.label() == null ? "" : ": " + edge.label()))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append("</title></polyline>\n"); //$NON-NLS-1$
			if (options.edgeLabels() && edge.label() != null && !edge.label().isBlank()) {
				Point middle = Routes.midpoint(route);
				svg.append("    <text x=\"").append(middle.x() + dx).append("\" y=\"").append(middle.y() + dy + 5) //$NON-NLS-1$ //$NON-NLS-2$
						.append("\" ").append(FONT).append( //$NON-NLS-1$
								" font-size=\"13\" text-anchor=\"middle\" fill=\"#222222\" stroke=\"#FFFFFF\" stroke-width=\"4\" paint-order=\"stroke\">") //$NON-NLS-1$
						.append(XmlText.escape(edge.label())).append("</text>\n"); //$NON-NLS-1$
			}
		}
		svg.append("  </g>\n  <g id=\"nodes\">\n"); //$NON-NLS-1$
		for (NetworkNode node : graph.nodes()) {
			Box box = layout.node(node.id());
			if (box != null) {
				node(svg, node, box.at(box.x() + dx, box.y() + dy));
			}
		}
		svg.append("  </g>\n"); //$NON-NLS-1$
		if (!legend.isEmpty()) {
			legend(svg, legend, bounds.width() + 2 * MARGIN, top);
		}
		svg.append("</svg>\n"); //$NON-NLS-1$
		out.write(svg.toString());
	}

	private static String marker(EdgeType type) {
		return "arrow-" + XmlText.color(type.color()).substring(1) + "-" + type.width(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void dash(StringBuilder svg, int[] dash) {
		if (dash != null) {
			svg.append(" stroke-dasharray=\""); //$NON-NLS-1$
			for (int i = 0; i < dash.length; i++) {
				svg.append(i == 0 ? "" : ",").append(dash[i]); //$NON-NLS-1$ //$NON-NLS-2$
			}
			svg.append('"');
		}
	}

	private static void shape(StringBuilder svg, NodeStyle style, Box box, String indent) {
		svg.append(indent);
		switch (style.shape()) {
		case ELLIPSE -> svg.append("<ellipse cx=\"").append(box.x() + box.width() / 2.0).append("\" cy=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(box.y() + box.height() / 2.0).append("\" rx=\"").append(box.width() / 2.0).append("\" ry=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(box.height() / 2.0).append('"');
		case RECTANGLE, ROUNDED_RECTANGLE -> {
			svg.append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(box.width()).append("\" height=\"").append(box.height()).append('"'); //$NON-NLS-1$
			if (style.shape() == NodeShape.ROUNDED_RECTANGLE) {
				svg.append(" rx=\"14\" ry=\"14\""); //$NON-NLS-1$
			}
		}
		case HEXAGON, DIAMOND -> {
			int[] outline = Geometry.outline(style.shape(), box);
			svg.append("<polygon points=\""); //$NON-NLS-1$
			for (int i = 0; i < outline.length; i += 2) {
				svg.append(i == 0 ? "" : " ").append(outline[i]).append(',').append(outline[i + 1]); //$NON-NLS-1$ //$NON-NLS-2$
			}
			svg.append('"');
		}
		}
		svg.append(" fill=\"").append(XmlText.color(style.fill())).append("\" stroke=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(XmlText.color(style.border())).append("\" stroke-width=\"").append(style.borderWidth()).append('"'); //$NON-NLS-1$
		if (style.dashedBorder()) {
			dash(svg, new int[] { 6, 4 });
		}
		svg.append("/>\n"); //$NON-NLS-1$
	}

	private static void node(StringBuilder svg, NetworkNode node, Box box) {
		NodeStyle style = NodeStyles.of(node);
		svg.append("    <g id=\"").append(XmlText.escape(node.id())).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		shape(svg, style, box, "      "); //$NON-NLS-1$
		int cx = box.x() + box.width() / 2;
		boolean twoLines = node.detail() != null && !node.detail().isBlank();
		int labelY = box.y() + box.height() / 2 + (twoLines ? -2 : 6);
		svg.append("      <text x=\"").append(cx).append("\" y=\"").append(labelY).append("\" ").append(FONT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(" font-size=\"16\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"") //$NON-NLS-1$
				.append(XmlText.color(NodeStyles.TEXT)).append("\">").append(XmlText.escape(node.label())).append("</text>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		if (twoLines) {
			svg.append("      <text x=\"").append(cx).append("\" y=\"").append(labelY + 18).append("\" ").append(FONT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(" font-size=\"13\" text-anchor=\"middle\" fill=\"#333333\">").append(XmlText.escape(node.detail())) //$NON-NLS-1$
					.append("</text>\n"); //$NON-NLS-1$
		}
		int badgeX = box.right() - 6;
		for (NodeFlag flag : Legend.BADGES) {
			if (node.has(flag)) {
				badge(svg, flag, badgeX, box.y() + 4, "      "); //$NON-NLS-1$
				badgeX -= 26;
			}
		}
		svg.append("    </g>\n"); //$NON-NLS-1$
	}

	private static void badge(StringBuilder svg, NodeFlag flag, int cx, int cy, String indent) {
		svg.append(indent).append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"12\" fill=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(XmlText.color(NodeStyles.badgeColor(flag))).append("\" stroke=\"#FFFFFF\" stroke-width=\"2\"/>\n"); //$NON-NLS-1$
		svg.append(indent).append("<text x=\"").append(cx).append("\" y=\"").append(cy + 5).append("\" ").append(FONT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#FFFFFF\">") //$NON-NLS-1$
				.append(XmlText.escape(NodeStyles.badgeText(flag))).append("</text>\n"); //$NON-NLS-1$
	}

	private static void legend(StringBuilder svg, List<Legend.Item> lines, int left, int top) {
		int x = left + 12;
		svg.append("  <g id=\"legend\">\n"); //$NON-NLS-1$
		svg.append("    <rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(LEGEND_WIDTH - MARGIN).append("\" height=\"").append(40 + lines.size() * 30) //$NON-NLS-1$
				.append("\" fill=\"#FAFAFA\" stroke=\"#BDBDBD\"/>\n"); //$NON-NLS-1$
		svg.append("    <text x=\"").append(x).append("\" y=\"").append(top + 26).append("\" ").append(FONT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(" font-size=\"16\" font-weight=\"bold\" fill=\"#111111\">").append(XmlText.escape(Messages.legend_title)) //$NON-NLS-1$
				.append("</text>\n"); //$NON-NLS-1$
		int y = top + 40;
		for (Legend.Item line : lines) {
			int middle = y + 15;
			if (line.nodeStyle() != null) {
				shape(svg, line.nodeStyle(), new Box(x, y + 3, 44, 24), "    "); //$NON-NLS-1$
			} else if (line.edgeType() != null) {
				EdgeType type = line.edgeType();
				svg.append("    <line x1=\"").append(x).append("\" y1=\"").append(middle).append("\" x2=\"").append(x + 44) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.append("\" y2=\"").append(middle).append("\" stroke=\"").append(XmlText.color(type.color())) //$NON-NLS-1$ //$NON-NLS-2$
						.append("\" stroke-width=\"").append(type.width()).append('"'); //$NON-NLS-1$
				dash(svg, type.dash());
				if (type.directed()) {
					svg.append(" marker-end=\"url(#").append(marker(type)).append(")\""); //$NON-NLS-1$ //$NON-NLS-2$
				}
				svg.append("/>\n"); //$NON-NLS-1$
			} else {
				badge(svg, line.badge(), x + 22, middle, "    "); //$NON-NLS-1$
			}
			svg.append("    <text x=\"").append(x + 56).append("\" y=\"").append(middle + 5).append("\" ").append(FONT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(" font-size=\"14\" fill=\"#111111\">").append(XmlText.escape(line.label())).append("</text>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			y += 30;
		}
		svg.append("  </g>\n"); //$NON-NLS-1$
	}
}
