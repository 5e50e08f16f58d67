/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * OSGi services of the running workbench.
 */
final class Services {

	private Services() {
	}

	static <T> T get(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceReference<T> reference = context.getServiceReference(type);
		assertNotNull(reference, "service " + type.getName());
		T service = context.getService(reference);
		assertNotNull(service, "service " + type.getName());
		return service;
	}
}
