/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.PrintFigureOperation;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.print.PrintGraphicalViewerOperation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.style.Legend;
import nl.casustafel.network.ui.internal.Messages;
import nl.casustafel.network.ui.internal.figures.Painter;
import nl.casustafel.network.ui.internal.figures.Theme;

/**
 * The diagram as a picture: a PNG of the whole diagram at 100 % (whatever the zoom), with a title and
 * the legend beside it, painted from the same figures as the view; and printing, fitted to the page.
 */
public final class DiagramExport {

	/** Space around the diagram, in pixels. */
	public static final int MARGIN = 24;

	/** Height of the title line. */
	public static final int TITLE_HEIGHT = 44;

	/** Width of the legend column. */
	public static final int LEGEND_WIDTH = 360;

	private static final int LEGEND_LINE = 30;

	private DiagramExport() {
		// static access only
	}

	private static IFigure printableLayers(GraphicalViewer viewer) {
		LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
		return layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
	}

	/**
	 * @param viewer the diagram's viewer
	 * @return the part of the diagram plane that holds nodes and edges, at 100 %
	 */
	public static Rectangle extent(GraphicalViewer viewer) {
		IFigure layers = printableLayers(viewer);
		Rectangle extent = layers instanceof FreeformFigure freeform ? freeform.getFreeformExtent().getCopy()
				: layers.getBounds().getCopy();
		return extent;
	}

	/**
	 * @param viewer the diagram's viewer
	 * @param graph  what it shows (for the legend)
	 * @param title  the title, or {@code null}
	 * @param legend whether to draw the legend
	 * @return the size of the image {@link #render} makes
	 */
	public static Dimension imageSize(GraphicalViewer viewer, NetworkGraph graph, String title, boolean legend) {
		Rectangle extent = extent(viewer);
		int top = title == null ? MARGIN : MARGIN + TITLE_HEIGHT;
		List<Legend.Item> items = legend ? Legend.of(graph) : List.of();
		int width = extent.width + 2 * MARGIN + (items.isEmpty() ? 0 : LEGEND_WIDTH);
		int height = extent.height + top + MARGIN;
		if (!items.isEmpty()) {
			height = Math.max(height, top + legendHeight(items) + MARGIN);
		}
		return new Dimension(width, height);
	}

	private static int legendHeight(List<Legend.Item> items) {
		return 44 + items.size() * LEGEND_LINE;
	}

	/**
	 * Paints the whole diagram into an image.
	 *
	 * @param viewer the diagram's viewer
	 * @param graph  what it shows
	 * @param theme  fonts and colours
	 * @param title  the title, or {@code null}
	 * @param legend whether to draw the legend
	 * @return the image data
	 */
	public static ImageData render(GraphicalViewer viewer, NetworkGraph graph, Theme theme, String title, boolean legend) {
		Display display = viewer.getControl().getDisplay();
		Dimension size = imageSize(viewer, graph, title, legend);
		Rectangle extent = extent(viewer);
		int top = title == null ? MARGIN : MARGIN + TITLE_HEIGHT;
		Image image = new Image(display, size.width, size.height);
		GC gc = new GC(image);
		SWTGraphics graphics = new SWTGraphics(gc);
		try {
			graphics.setAntialias(SWT.ON);
			graphics.setTextAntialias(SWT.ON);
			graphics.setBackgroundColor(theme.color(0xFFFFFF));
			graphics.fillRectangle(0, 0, size.width, size.height);
			if (title != null) {
				graphics.setForegroundColor(theme.color(0x111111));
				graphics.setFont(theme.labelFont());
				graphics.drawText(title, MARGIN, MARGIN + 6);
			}
			graphics.pushState();
			graphics.translate(MARGIN - extent.x, top - extent.y);
			graphics.clipRect(extent);
			printableLayers(viewer).paint(graphics);
			graphics.popState();
			if (legend) {
				paintLegend(graphics, theme, Legend.of(graph), extent.width + 2 * MARGIN, top);
			}
		} finally {
			graphics.dispose();
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	private static void paintLegend(SWTGraphics graphics, Theme theme, List<Legend.Item> items, int left, int top) {
		if (items.isEmpty()) {
			return;
		}
		int width = LEGEND_WIDTH - MARGIN;
		graphics.setBackgroundColor(theme.color(0xFAFAFA));
		graphics.fillRectangle(left, top, width, legendHeight(items));
		graphics.setForegroundColor(theme.color(0xBDBDBD));
		graphics.setLineWidth(1);
		graphics.drawRectangle(left, top, width - 1, legendHeight(items) - 1);
		graphics.setForegroundColor(theme.color(0x111111));
		graphics.setFont(theme.panelBoldFont());
		graphics.drawText(Messages.panel_legendTitle, left + 12, top + 10);
		int y = top + 40;
		for (Legend.Item item : items) {
			int middle = y + LEGEND_LINE / 2;
			if (item.nodeStyle() != null) {
				Painter.shape(graphics, theme, item.nodeStyle(), new Rectangle(left + 12, y + 3, 44, 24),
						item.nodeStyle().borderWidth(), item.nodeStyle().border());
			} else if (item.badge() != null) {
				Painter.badge(graphics, theme, item.badge(), left + 34, middle);
			} else {
				Painter.edgeSample(graphics, theme, item.edgeType(), left + 12, middle, left + 56);
			}
			graphics.setForegroundColor(theme.color(0x111111));
			graphics.setFont(theme.panelFont());
			Dimension text = FigureUtilities.getTextExtents(item.label(), theme.panelFont());
			graphics.drawText(item.label(), left + 66, middle - text.height / 2);
			y += LEGEND_LINE;
		}
	}

	/**
	 * @param data an image
	 * @param file where to write it as PNG
	 */
	public static void savePng(ImageData data, Path file) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}

	/**
	 * Asks for a printer and prints the diagram on one page.
	 *
	 * @param viewer the diagram's viewer
	 * @param shell  the parent of the print dialog
	 * @param title  the print job's name
	 * @return whether it was printed (not cancelled)
	 */
	public static boolean print(GraphicalViewer viewer, Shell shell, String title) {
		PrinterData data = new PrintDialog(shell, SWT.NONE).open();
		if (data == null) {
			return false;
		}
		Printer printer = new Printer(data);
		try {
			PrintGraphicalViewerOperation operation = new PrintGraphicalViewerOperation(printer, viewer);
			operation.setPrintMode(PrintFigureOperation.FIT_PAGE);
			operation.run(title);
		} finally {
			printer.dispose();
		}
		return true;
	}
}
