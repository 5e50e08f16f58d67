/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * Helpers for registries that read plug-in contributions to an extension point: who contributed an
 * element, following plug-ins that are installed or removed while the workbench runs, and logging a
 * {@link ContributionProblem} in the contributing plug-in's name.
 *
 * @since 0.1
 */
public final class Contributions {

	private Contributions() {
		// static access only
	}

	/**
	 * @param element a configuration element
	 * @return the symbolic name of the plug-in that contributed it (for a fragment: its host), or
	 *         {@code ?} when the element is no longer valid
	 */
	public static String contributor(IConfigurationElement element) {
		try {
			return element.getContributor().getName();
		} catch (RuntimeException e) {
			return "?"; //$NON-NLS-1$
		}
	}

	/**
	 * Calls {@code onChange} whenever extensions of a point are added or removed (plug-ins installed
	 * into or removed from a running workbench), typically to drop a cache.
	 *
	 * @param registry         the extension registry
	 * @param extensionPointId the point's id
	 * @param onChange         what to do; called on the registry's event thread
	 * @return the listener, for {@link IExtensionRegistry#removeListener(IRegistryEventListener)}
	 */
	public static IRegistryEventListener follow(IExtensionRegistry registry, String extensionPointId,
			Runnable onChange) {
		IRegistryEventListener listener = new IRegistryEventListener() {
			@Override
			public void added(IExtension[] extensions) {
				onChange.run();
			}

			@Override
			public void removed(IExtension[] extensions) {
				onChange.run();
			}

			@Override
			public void added(IExtensionPoint[] extensionPoints) {
				// only the contributions to the point matter
			}

			@Override
			public void removed(IExtensionPoint[] extensionPoints) {
				// only the contributions to the point matter
			}
		};
		registry.addListener(listener, extensionPointId);
		return listener;
	}

	/**
	 * @return the extension registry, or {@code null} outside OSGi (plain unit tests)
	 */
	public static IExtensionRegistry registry() {
		return RegistryFactory.getRegistry();
	}

	/**
	 * Writes a problem to the error log in the name of the contributing plug-in (on standard error
	 * outside OSGi).
	 *
	 * @param origin  a class of the registry that found the problem
	 * @param problem the problem
	 */
	public static void log(Class<?> origin, ContributionProblem problem) {
		try {
			ILog.of(origin).log(problem.toStatus());
		} catch (RuntimeException | LinkageError e) {
			System.err.println(problem);
		}
	}
}
