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

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import nl.casustafel.core.internal.Messages;

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
		return applicable(type, applicable).stream().findFirst();
	}

	/**
	 * The applicable services, highest priority first. A service whose answer to "do you apply?"
	 * throws is left out and the failure is logged naming its plug-in, so one broken plug-in
	 * cannot take a choice away from the others.
	 *
	 * @param <T>        the service type
	 * @param type       the service interface
	 * @param applicable which services apply to the situation at hand
	 * @return the applicable services, highest priority first; empty outside OSGi
	 */
	public static <T> List<T> applicable(Class<T> type, Predicate<? super T> applicable) {
		List<T> result = new ArrayList<>();
		for (T service : all(type)) {
			if (test(type, service, applicable)) {
				result.add(service);
			}
		}
		return result;
	}

	private static <T> boolean test(Class<T> type, T service, Predicate<? super T> applicable) {
		try {
			return applicable.test(service);
		} catch (RuntimeException | LinkageError e) {
			Bundle bundle = PluginFailures.bundleOf(service.getClass());
			String id = bundle == null ? service.getClass().getName() : bundle.getSymbolicName();
			PluginFailures.log(bundle, id, NLS.bind(Messages.rankedServices_applicableFailed, new Object[] {
					type.getSimpleName(), PluginFailures.labelOf(service), PluginFailures.describe(e) }), e);
			return false;
		}
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
