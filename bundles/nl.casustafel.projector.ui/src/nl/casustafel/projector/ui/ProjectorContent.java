/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.projector.ui;

import org.eclipse.swt.widgets.Composite;

/**
 * Something a view puts on the shared screen: the current agenda item, a single reflection
 * question, the step of a learning session. Implementations create plain SWT widgets with the
 * fonts and colours of the {@link ProjectorStyle}, so everything is readable from the back of the
 * room. They decide what is safe to show: the projector never adds data by itself.
 *
 * @since 0.1
 */
public interface ProjectorContent {

	/**
	 * @return the short heading shown in the projector's top band (e.g. "Casusoverleg 10 februari —
	 *         punt 3 van 7"); never case-identifying beyond a pseudonym or case number
	 */
	String getTitle();

	/**
	 * Creates the widgets of this content.
	 *
	 * @param parent the projector's content area, with a {@code FillLayout}; set your own layout on
	 *               a child composite as needed
	 * @param style  fonts and colours sized for the projector's screen
	 */
	void createContents(Composite parent, ProjectorStyle style);

	/**
	 * Called when the content leaves the screen; release listeners and resources created in
	 * {@link #createContents(Composite, ProjectorStyle)} that the widgets do not own.
	 */
	default void dispose() {
		// nothing by default
	}
}
