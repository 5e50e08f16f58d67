/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * Names the plug-in behind a failing contribution (an extension, a service, a view) and logs the
 * failure under that plug-in's id, so that users and administrators know which plug-in failed and
 * whom to call. Casustafel uses it wherever it isolates partner code; partners may use it too.
 *
 * @since 0.1
 */
public final class PluginFailures {

	private PluginFailures() {
		// static helpers only
	}

	/**
	 * @param type a class of a plug-in
	 * @return its bundle, or {@code null} outside OSGi
	 */
	public static Bundle bundleOf(Class<?> type) {
		return FrameworkUtil.getBundle(type);
	}

	/**
	 * @param contribution an object a plug-in contributed (a service, a section, a view)
	 * @return "Name (symbolic.name)" of the plug-in whose class it is; the class name outside OSGi
	 */
	public static String labelOf(Object contribution) {
		Class<?> type = contribution instanceof Class<?> given ? given : contribution.getClass();
		Bundle bundle = bundleOf(type);
		return label(bundle, bundle == null ? type.getName() : bundle.getSymbolicName());
	}

	/**
	 * @param symbolicName a bundle's symbolic name (an extension's contributor name)
	 * @return the bundle, or {@code null} when it is not installed
	 */
	public static Bundle bundle(String symbolicName) {
		return Platform.getBundle(symbolicName);
	}

	/**
	 * @param bundle a plug-in, may be {@code null}
	 * @param id     its symbolic name, used when the bundle is not known
	 * @return "Name (symbolic.name)", or the symbolic name when the plug-in has no name
	 */
	public static String label(Bundle bundle, String id) {
		String symbolicName = bundle == null ? id : bundle.getSymbolicName();
		String name = bundle == null ? null : bundle.getHeaders().get(Constants.BUNDLE_NAME);
		return name == null || name.isBlank() || name.equals(symbolicName) || name.startsWith("%") //$NON-NLS-1$
				? symbolicName
				: name + " (" + symbolicName + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Logs a failure of a contribution under the contributing plug-in's id.
	 *
	 * @param bundle  the contributing plug-in, may be {@code null}
	 * @param id      its symbolic name
	 * @param message what failed, for users
	 * @param failure the exception
	 * @return the logged status
	 */
	public static IStatus log(Bundle bundle, String id, String message, Throwable failure) {
		IStatus status = new Status(IStatus.ERROR, id, message, failure);
		Bundle logger = bundle != null ? bundle : bundleOf(PluginFailures.class);
		if (logger != null) {
			ILog.of(logger).log(status);
		}
		return status;
	}

	/**
	 * @param failure an exception
	 * @return a one-line description: its message, or its class name when it has none
	 */
	public static String describe(Throwable failure) {
		String message = failure.getMessage();
		return message == null || message.isBlank() ? failure.getClass().getName()
				: failure.getClass().getSimpleName() + ": " + message; //$NON-NLS-1$
	}
}
