/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.projector.ui;

import org.eclipse.swt.widgets.Shell;

/**
 * The shared screen (projector) of a meeting: one full-screen window, on the second monitor when
 * there is one, showing exactly one {@link ProjectorContent} at a time in large type and high
 * contrast. The chair's laptop screen (the workbench) drives it; nothing is shown on the projector
 * unless a view explicitly puts it there, and {@link #blank()} hides everything at once.
 * <p>
 * Obtain it from the workbench: {@code PlatformUI.getWorkbench().getService(ProjectorService.class)}.
 * All methods must be called on the UI thread.
 * </p>
 *
 * @since 0.1
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface ProjectorService {

	/**
	 * Shows the content on the projector, opening the projector window when it is closed. The
	 * previous content is disposed.
	 *
	 * @param content what to show; never {@code null}
	 */
	void show(ProjectorContent content);

	/**
	 * Opens the projector window with a neutral screen; does nothing when it is open already.
	 */
	void open();

	/**
	 * Replaces whatever is shown by a neutral screen (no case data). The window stays open.
	 */
	void blank();

	/** Closes the projector window; the current content is disposed. */
	void close();

	/** @return whether the projector window is open */
	boolean isOpen();

	/** @return the content shown now, or {@code null} when the screen is blank or closed */
	ProjectorContent getContent();

	/**
	 * @return the projector window's shell, or {@code null} when closed. Meant for the chair
	 *         console (e.g. to keep focus on the laptop) and for tests that inspect what the room
	 *         sees.
	 */
	Shell getShell();

	/** @param listener told after the content changed, was blanked, or the window opened or closed */
	void addListener(Runnable listener);

	/** @param listener a listener added before */
	void removeListener(Runnable listener);
}
