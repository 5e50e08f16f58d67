/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.projector.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Fonts and colours of the shared screen: high contrast (light text on a dark background) and type
 * sized from the projector's screen height, so that body text is about 1/34 of the height (32 px
 * on a 1080-line projector). The projector owns and disposes these resources.
 *
 * @since 0.1
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface ProjectorStyle {

	/** @return the largest type: the one thing the room must read (a question, a step name) */
	Font displayFont();

	/** @return type for headings within the content */
	Font headingFont();

	/** @return type for running text and lists */
	Font bodyFont();

	/** @return the smallest type still readable from the back of a room */
	Font smallFont();

	/** @return a monospaced bold font for timers and numbers */
	Font timerFont();

	/** @return the background */
	Color background();

	/** @return the normal text colour */
	Color foreground();

	/** @return secondary text (hints, labels of values) */
	Color muted();

	/** @return the accent used for the current item and highlights */
	Color accent();

	/** @return warnings (e.g. time nearly up) */
	Color warning();

	/** @return alarms (e.g. overrun) */
	Color alarm();

	/**
	 * Convenience: a wrapping label in the given font, in the foreground colour on the
	 * projector's background.
	 *
	 * @param parent the parent
	 * @param text   the text; {@code null} is shown as empty
	 * @param font   one of this style's fonts
	 * @return the label
	 */
	default Label label(Composite parent, String text, Font font) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text == null ? "" : text); //$NON-NLS-1$
		label.setFont(font);
		label.setForeground(foreground());
		label.setBackground(background());
		return label;
	}
}
