/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

import nl.casustafel.core.PluginFailures;

/**
 * The installed plug-ins that extend Casustafel: bundles that are not Casustafel's own and that
 * contribute to one of its extension points (an id starting with {@value #PREFIX}), register a
 * service of one of its interfaces, or — not resolved, so they can do neither — require one of its
 * bundles or packages. The example partner plug-ins ({@code nl.casustafel.examples.*}) and the test
 * plug-ins (never shipped; they stand in for partners) count as partners.
 */
public final class InstalledPlugins {

	/** What a plug-in is. */
	public record Plugin(Bundle bundle, String name, String symbolicName, String version, String state,
			List<String> contributions) {

		/**
		 * @return "Name (symbolic.name)", as problems name the plug-in
		 */
		public String label() {
			return PluginFailures.label(bundle, symbolicName);
		}
	}

	private static final String PREFIX = "nl.casustafel."; //$NON-NLS-1$

	private static final String EXAMPLES = PREFIX + "examples."; //$NON-NLS-1$

	private InstalledPlugins() {
		// static access only
	}

	/**
	 * @param context  a bundle context
	 * @param registry the extension registry, may be {@code null}
	 * @return the plug-ins that extend Casustafel, by name
	 */
	public static List<Plugin> find(BundleContext context, IExtensionRegistry registry) {
		List<Plugin> plugins = new ArrayList<>();
		for (Bundle bundle : context.getBundles()) {
			String symbolicName = bundle.getSymbolicName();
			if (symbolicName == null || isCasustafel(symbolicName) || isFragment(bundle)) {
				continue;
			}
			List<String> contributions = new ArrayList<>(extensions(bundle, registry));
			contributions.addAll(services(bundle));
			if (!contributions.isEmpty() || bundle.getState() == Bundle.INSTALLED && requiresCasustafel(bundle)) {
				plugins.add(new Plugin(bundle, name(bundle), symbolicName, bundle.getVersion().toString(), state(bundle),
						List.copyOf(contributions)));
			}
		}
		plugins.sort(Comparator.comparing((Plugin p) -> p.name().toLowerCase()).thenComparing(Plugin::symbolicName));
		return plugins;
	}

	/**
	 * @param symbolicName a bundle's symbolic name
	 * @return whether the bundle is part of Casustafel itself (not an example or a test plug-in)
	 */
	public static boolean isCasustafel(String symbolicName) {
		return symbolicName.startsWith(PREFIX) && !symbolicName.startsWith(EXAMPLES)
				&& !symbolicName.endsWith(".tests") && !symbolicName.startsWith(PREFIX + "tests."); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** What core's dropins check reports its problems under (not an extension point). */
	private static final String DROPINS = "dropins"; //$NON-NLS-1$

	/**
	 * @param registry         the extension registry, may be {@code null}
	 * @param extensionPointId an extension point's id
	 * @return its name in the user's language, or the id when it has none (or is not installed)
	 */
	public static String extensionPointLabel(IExtensionRegistry registry, String extensionPointId) {
		if (DROPINS.equals(extensionPointId)) {
			return Messages.extensionPoint_dropins;
		}
		try {
			IExtensionPoint point = registry == null ? null : registry.getExtensionPoint(extensionPointId);
			String label = point == null ? null : point.getLabel();
			return label == null || label.isBlank() ? extensionPointId : label;
		} catch (InvalidRegistryObjectException e) {
			return extensionPointId;
		}
	}

	/**
	 * @param bundle a bundle
	 * @return its state in the user's language
	 */
	public static String state(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.INSTALLED -> Messages.state_installed;
		case Bundle.RESOLVED -> Messages.state_resolved;
		case Bundle.STARTING -> isLazy(bundle) ? Messages.state_lazy : Messages.state_starting;
		case Bundle.ACTIVE -> Messages.state_active;
		case Bundle.STOPPING -> Messages.state_stopping;
		default -> Messages.state_uninstalled;
		};
	}

	private static String name(Bundle bundle) {
		String name = bundle.getHeaders().get(Constants.BUNDLE_NAME);
		return name == null || name.isBlank() || name.startsWith("%") ? bundle.getSymbolicName() : name; //$NON-NLS-1$
	}

	private static boolean isFragment(Bundle bundle) {
		return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null; //$NON-NLS-1$
	}

	private static boolean isLazy(Bundle bundle) {
		String policy = bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY); //$NON-NLS-1$
		return policy != null && policy.trim().startsWith(Constants.ACTIVATION_LAZY);
	}

	private static boolean requiresCasustafel(Bundle bundle) {
		for (String header : new String[] { Constants.REQUIRE_BUNDLE, Constants.IMPORT_PACKAGE }) {
			String value = bundle.getHeaders("").get(header); //$NON-NLS-1$
			if (value != null && value.contains(PREFIX)) {
				return true;
			}
		}
		return false;
	}

	/** "Name of the extension point (number of elements)" for each of Casustafel's points it extends. */
	private static List<String> extensions(Bundle bundle, IExtensionRegistry registry) {
		if (registry == null || bundle.getState() == Bundle.INSTALLED || bundle.getState() == Bundle.UNINSTALLED) {
			return List.of();
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		try {
			for (IExtension extension : registry.getExtensions(ContributorFactoryOSGi.createContributor(bundle))) {
				String point = extension.getExtensionPointUniqueIdentifier();
				if (point != null && point.startsWith(PREFIX)) {
					counts.merge(point, Integer.valueOf(extension.getConfigurationElements().length), Integer::sum);
				}
			}
		} catch (InvalidRegistryObjectException e) {
			// the plug-in was removed while we read
		}
		List<String> result = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			result.add(NLS.bind(Messages.contribution_extension, extensionPointLabel(registry, entry.getKey()),
					entry.getValue()));
		}
		return result;
	}

	/** "service Interface" for each of Casustafel's interfaces it registers a service of. */
	private static List<String> services(Bundle bundle) {
		ServiceReference<?>[] references;
		try {
			references = bundle.getRegisteredServices();
		} catch (IllegalStateException e) {
			return List.of(); // uninstalled meanwhile
		}
		Set<String> interfaces = new LinkedHashSet<>();
		for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
			if (reference.getProperty(Constants.OBJECTCLASS) instanceof String[] classes) {
				for (String type : classes) {
					if (type.startsWith(PREFIX)) {
						interfaces.add(NLS.bind(Messages.contribution_service, type.substring(type.lastIndexOf('.') + 1)));
					}
				}
			}
		}
		return List.copyOf(interfaces);
	}
}
