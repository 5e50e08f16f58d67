/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;

/**
 * Access to the casebook service (an OSGi service of nl.casustafel.core) for the user interface.
 * All views and editors share this one service and so one active casebook.
 */
public final class Sessions {

	private static final List<Consumer<CasebookService>> WAITING = new CopyOnWriteArrayList<>();

	private static ServiceTracker<CasebookService, CasebookService> tracker;

	private Sessions() {
		// static access only
	}

	/**
	 * @return the casebook service, or {@code null} when it is not (yet) available
	 */
	public static CasebookService service() {
		ServiceTracker<CasebookService, CasebookService> opened = tracker();
		return opened == null ? null : opened.getService();
	}

	/**
	 * Calls back when the casebook service is available: at once when it is, else (once) when it is
	 * registered, in the thread registering it.
	 *
	 * @param callback told about the service
	 */
	public static void whenAvailable(Consumer<CasebookService> callback) {
		CasebookService service = service();
		if (service != null) {
			callback.accept(service);
			return;
		}
		WAITING.add(callback);
		service = service();
		if (service != null && WAITING.remove(callback)) {
			callback.accept(service);
		}
	}

	private static synchronized ServiceTracker<CasebookService, CasebookService> tracker() {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(Sessions.class);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return null;
			}
			tracker = new ServiceTracker<>(context, CasebookService.class, null) {
				@Override
				public CasebookService addingService(ServiceReference<CasebookService> reference) {
					CasebookService added = super.addingService(reference);
					for (Consumer<CasebookService> callback : WAITING) {
						if (WAITING.remove(callback)) {
							callback.accept(added);
						}
					}
					return added;
				}
			};
			tracker.open();
		}
		return tracker;
	}

	/**
	 * @return the active session, or {@code null} when no casebook is active
	 */
	public static CasebookSession active() {
		CasebookService service = service();
		return service == null ? null : service.getActiveSession();
	}
}
