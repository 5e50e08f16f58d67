/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.session;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;

/**
 * Access to the casebook service (an OSGi service of nl.casustafel.core) for the user interface.
 * All views and editors share this one service and so one active casebook.
 */
public final class Sessions {

	private static ServiceTracker<CasebookService, CasebookService> tracker;

	private Sessions() {
		// static access only
	}

	/**
	 * @return the casebook service, or {@code null} when it is not (yet) available
	 */
	public static synchronized CasebookService service() {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(Sessions.class);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return null;
			}
			tracker = new ServiceTracker<>(context, CasebookService.class, null);
			tracker.open();
		}
		return tracker.getService();
	}

	/**
	 * @return the active session, or {@code null} when no casebook is active
	 */
	public static CasebookSession active() {
		CasebookService service = service();
		return service == null ? null : service.getActiveSession();
	}
}
