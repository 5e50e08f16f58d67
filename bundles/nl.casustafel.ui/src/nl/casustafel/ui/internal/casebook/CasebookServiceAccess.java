/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nl.casustafel.core.CasebookService;

/**
 * The {@link CasebookService} OSGi service (a Declarative Services component of
 * {@code nl.casustafel.core}), tracked for the life of this bundle.
 */
public final class CasebookServiceAccess {

	/** How long start-up waits for Declarative Services to register the service. */
	private static final long STARTUP_WAIT_MILLIS = 10_000;

	private static ServiceTracker<CasebookService, CasebookService> tracker;

	private CasebookServiceAccess() {
	}

	/**
	 * @return the service, or {@code null} when it is not (yet) registered
	 */
	public static CasebookService get() {
		ServiceTracker<CasebookService, CasebookService> t = tracker();
		return t == null ? null : t.getService();
	}

	/**
	 * Waits a while for the service: at start-up Declarative Services may register it a moment
	 * after the workbench asks for it.
	 *
	 * @return the service, or {@code null} when it did not appear
	 */
	public static CasebookService await() {
		ServiceTracker<CasebookService, CasebookService> t = tracker();
		if (t == null) {
			return null;
		}
		try {
			return t.waitForService(STARTUP_WAIT_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return t.getService();
		}
	}

	private static synchronized ServiceTracker<CasebookService, CasebookService> tracker() {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(CasebookServiceAccess.class);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return null;
			}
			tracker = new ServiceTracker<>(context, CasebookService.class, null);
			tracker.open();
		}
		return tracker;
	}
}
