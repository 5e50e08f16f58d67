/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import nl.casustafel.reflection.core.ReflectionPreferences;

/**
 * Sets the defaults of the {@link ReflectionPreferences} in the {@code DefaultScope}.
 */
public class ReflectionPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ReflectionPreferences.QUALIFIER);
		defaults.put(ReflectionPreferences.IMPORT_FOLDER, ReflectionPreferences.defaultImportFolder().toString());
		defaults.put(ReflectionPreferences.AUTHOR, ""); //$NON-NLS-1$
	}
}
