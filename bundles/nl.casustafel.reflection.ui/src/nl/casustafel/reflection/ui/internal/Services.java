/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nl.casustafel.core.CasebookService;
import nl.casustafel.reflection.core.QuestionSetRegistry;

/**
 * The OSGi services the Reflection view uses, through service trackers opened once.
 */
public final class Services {

	private static final long WAIT_MILLIS = 5_000;

	private static ServiceTracker<CasebookService, CasebookService> casebooks;

	private static ServiceTracker<QuestionSetRegistry, QuestionSetRegistry> registry;

	private Services() {
	}

	/**
	 * @return the casebook service, or {@code null} when it is not registered
	 */
	public static synchronized CasebookService casebooks() {
		if (casebooks == null) {
			casebooks = open(CasebookService.class);
		}
		return get(casebooks);
	}

	/**
	 * @return the question-set registry, or {@code null} when it is not registered
	 */
	public static synchronized QuestionSetRegistry registry() {
		if (registry == null) {
			registry = open(QuestionSetRegistry.class);
		}
		return get(registry);
	}

	private static <T> T get(ServiceTracker<T, T> tracker) {
		if (tracker == null) {
			return null;
		}
		T service = tracker.getService();
		if (service == null) {
			try {
				service = tracker.waitForService(WAIT_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return service;
	}

	private static <T> ServiceTracker<T, T> open(Class<T> type) {
		Bundle bundle = FrameworkUtil.getBundle(Services.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return null;
		}
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		return tracker;
	}
}
