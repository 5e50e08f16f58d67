/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import nl.casustafel.core.CorePreferences;

/**
 * Sets the defaults of the {@link CorePreferences} in the {@code DefaultScope} (extension point
 * {@code org.eclipse.core.runtime.preferences} in this bundle's plugin.xml; the platform runs it
 * when the default node {@value CorePreferences#QUALIFIER} is first read).
 */
public class CorePreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(CorePreferences.QUALIFIER);
		defaults.put(CorePreferences.CASEBOOK_DEFAULT_FOLDER, CorePreferences.defaultCasebookFolder().toString());
		defaults.putBoolean(CorePreferences.CASEBOOK_OPEN_LAST, CorePreferences.DEFAULT_CASEBOOK_OPEN_LAST);
		defaults.put(CorePreferences.CASEBOOK_LAST, ""); //$NON-NLS-1$
		defaults.put(CorePreferences.CASEBOOK_RECENT, ""); //$NON-NLS-1$
		defaults.putInt(CorePreferences.CASEBOOK_RECENT_COUNT, CorePreferences.DEFAULT_CASEBOOK_RECENT_COUNT);
		defaults.putInt(CorePreferences.AGENDA_CASES_PER_HOUR_WARNING,
				CorePreferences.DEFAULT_AGENDA_CASES_PER_HOUR_WARNING);
		defaults.putInt(CorePreferences.AGENDA_DEFAULT_TIMEBOX, CorePreferences.DEFAULT_AGENDA_DEFAULT_TIMEBOX);
	}
}
