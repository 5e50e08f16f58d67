/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

import nl.casustafel.core.CasebookSession;

/**
 * Keeps a window's title saying which casebook is open: {@code Casustafel — <name>}, with a
 * leading {@code *} while it has unsaved changes and {@code [alleen lezen]} when it is read-only.
 */
public final class WindowTitle implements ActiveCasebook.Listener {

	private final IWorkbenchWindowConfigurer configurer;

	private final String applicationName;

	/**
	 * @param configurer      the window's configurer
	 * @param applicationName the application's name
	 */
	public WindowTitle(IWorkbenchWindowConfigurer configurer, String applicationName) {
		this.configurer = configurer;
		this.applicationName = applicationName;
	}

	/**
	 * Shows the current state and follows it until {@link #dispose()}.
	 */
	public void install() {
		ActiveCasebook.get().addListener(this);
		update();
	}

	/**
	 * Stops following the active casebook.
	 */
	public void dispose() {
		ActiveCasebook.get().removeListener(this);
	}

	@Override
	public void activeCasebookChanged(ActiveCasebook state) {
		update();
	}

	private void update() {
		if (configurer.getWindow().getShell() == null || configurer.getWindow().getShell().isDisposed()) {
			return;
		}
		String title = title(applicationName, ActiveCasebook.get().session());
		if (!title.equals(configurer.getTitle())) {
			configurer.setTitle(title);
		}
	}

	/**
	 * @param applicationName the application's name
	 * @param session         the active session, or {@code null}
	 * @return the window title for that session
	 */
	public static String title(String applicationName, CasebookSession session) {
		if (session == null || session.isClosed()) {
			return applicationName;
		}
		String title = NLS.bind(Messages.title_casebook, applicationName, CasebookNames.of(session));
		if (session.isReadOnly()) {
			title = NLS.bind(Messages.title_readOnly, title);
		}
		if (session.isDirty()) {
			title = "*" + title; //$NON-NLS-1$
		}
		return title;
	}
}
