/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.projector.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

import nl.casustafel.projector.ui.ProjectorStyle;

/**
 * Fonts sized in pixels from the projector's height and converted to points with the display's
 * DPI, so that the room sees the same proportions on any projector.
 */
final class ProjectorStyleImpl implements ProjectorStyle {

	private final Font display;
	private final Font heading;
	private final Font body;
	private final Font small;
	private final Font timer;
	private final Color background;
	private final Color foreground;
	private final Color muted;
	private final Color accent;
	private final Color warning;
	private final Color alarm;
	private final int margin;

	ProjectorStyleImpl(Display device, int screenHeight) {
		int dpi = Math.max(72, device.getDPI().y);
		String family = device.getSystemFont().getFontData()[0].getName();
		display = font(device, family, screenHeight / 16, SWT.BOLD, dpi);
		heading = font(device, family, screenHeight / 26, SWT.BOLD, dpi);
		body = font(device, family, screenHeight / 34, SWT.NORMAL, dpi);
		small = font(device, family, screenHeight / 44, SWT.NORMAL, dpi);
		timer = font(device, "Monospace", screenHeight / 14, SWT.BOLD, dpi); //$NON-NLS-1$
		background = new Color(device, 18, 22, 28);
		foreground = new Color(device, 245, 245, 240);
		muted = new Color(device, 170, 180, 190);
		accent = new Color(device, 90, 180, 255);
		warning = new Color(device, 255, 200, 60);
		alarm = new Color(device, 255, 95, 80);
		margin = Math.max(16, screenHeight / 30);
	}

	private static Font font(Display device, String family, int pixels, int style, int dpi) {
		int points = Math.max(10, Math.round(pixels * 72f / dpi));
		return new Font(device, new FontData(family, points, style));
	}

	int margin() {
		return margin;
	}

	void dispose() {
		display.dispose();
		heading.dispose();
		body.dispose();
		small.dispose();
		timer.dispose();
	}

	@Override
	public Font displayFont() {
		return display;
	}

	@Override
	public Font headingFont() {
		return heading;
	}

	@Override
	public Font bodyFont() {
		return body;
	}

	@Override
	public Font smallFont() {
		return small;
	}

	@Override
	public Font timerFont() {
		return timer;
	}

	@Override
	public Color background() {
		return background;
	}

	@Override
	public Color foreground() {
		return foreground;
	}

	@Override
	public Color muted() {
		return muted;
	}

	@Override
	public Color accent() {
		return accent;
	}

	@Override
	public Color warning() {
		return warning;
	}

	@Override
	public Color alarm() {
		return alarm;
	}
}
