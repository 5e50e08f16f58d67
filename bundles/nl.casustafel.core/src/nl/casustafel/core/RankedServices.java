/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Selection among services that a partner plugin may replace: the minutes exporter, the masking
 * profile, and any other behaviour published as an OSGi service. Priority is the standard OSGi
 * {@code service.ranking} property (an {@code Integer}; Casustafel's defaults register with
 * ranking 0, so a partner registering the same interface with a higher ranking wins); among equal
 * rankings the service registered first wins. "Applicable" is decided by the caller, e.g. an
 * exporter that only handles one meeting type.
 *
 * @since 0.1
 */
public final class RankedServices {

	private RankedServices() {
	}

	/**
	 * @param <T>        the service type
	 * @param type       the service interface
	 * @param applicable which services apply to the situation at hand
	 * @return the applicable service of highest priority, or empty when none applies (or when
	 *         running outside OSGi)
	 */
	public static <T> Optional<T> highest(Class<T> type, Predicate<? super T> applicable) {
		return all(type).stream().filter(applicable).findFirst();
	}

	/**
	 * @param <T>  the service type
	 * @param type the service interface
	 * @return all registered services of the type, highest priority first; empty outside OSGi
	 */
	public static <T> List<T> all(Class<T> type) {
		BundleContext context = context();
		if (context == null) {
			return List.of();
		}
		Collection<ServiceReference<T>> references;
		try {
			references = context.getServiceReferences(type, null);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // cannot happen: no filter
		}
		@SuppressWarnings("unchecked")
		ServiceReference<T>[] sorted = references.toArray(new ServiceReference[0]);
		// ServiceReference's natural order ranks lower priority first.
		Arrays.sort(sorted, Comparator.<ServiceReference<T>>naturalOrder().reversed());
		List<T> services = new ArrayList<>(sorted.length);
		for (ServiceReference<T> reference : sorted) {
			T service = context.getService(reference);
			if (service != null) {
				services.add(service);
			}
		}
		return services;
	}

	private static BundleContext context() {
		Bundle bundle = FrameworkUtil.getBundle(RankedServices.class);
		return bundle == null ? null : bundle.getBundleContext();
	}
}
