/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.parts;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.ScalableFreeformLayeredPane;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;

/**
 * The diagram's root: GEF's scalable free-form root, except that zooming scales the drawing itself
 * (SWT's transformation) instead of drawing through draw2d's {@code ScaledGraphics}, which rounds font
 * sizes so that labels overrun their boxes at zoom levels other than 100 %.
 * <p>
 * Only API that GEF 3.2 and today's GEF Classic share: {@code createScaledLayers()} is overridden to
 * return the smoothly scaling pane with the same layers (grid, printable layers, scaled feedback);
 * GEF's own feedback layer class is not visible outside GEF, so an equivalent one is made here.
 * </p>
 */
public class NetworkRootEditPart extends ScalableFreeformRootEditPart {

	@Override
	protected ScalableFreeformLayeredPane createScaledLayers() {
		ScalableFreeformLayeredPane layers = new SmoothScalingPane();
		layers.add(createGridLayer(), LayerConstants.GRID_LAYER);
		layers.add(getPrintableLayers(), LayerConstants.PRINTABLE_LAYERS);
		FreeformLayer feedback = new FreeformLayer();
		feedback.setEnabled(false);
		layers.add(feedback, LayerConstants.SCALED_FEEDBACK_LAYER);
		return layers;
	}

	/** Scales with the graphics' transformation. */
	private static final class SmoothScalingPane extends ScalableFreeformLayeredPane {

		@Override
		protected void paintClientArea(Graphics graphics) {
			if (getChildren().isEmpty()) {
				return;
			}
			double scale = getScale();
			if (scale == 1.0) {
				super.paintClientArea(graphics);
				return;
			}
			boolean optimizeClip = getBorder() == null || getBorder().isOpaque();
			graphics.pushState();
			if (!optimizeClip) {
				graphics.clipRect(getBounds().getCropped(getInsets()));
			}
			graphics.scale(scale);
			paintChildren(graphics);
			graphics.popState();
		}
	}
}
