/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Keys and defaults of the configurable default masking profile, stored in the instance
 * preferences of node {@value MeetingCore#PLUGIN_ID}. A preference page edits them; the key of a
 * field for an audience is {@code masking.<AUDIENCE>.<FIELD>} and its value a {@link Visibility}
 * name.
 *
 * @since 0.1
 */
public final class MaskingPreferences {

	private MaskingPreferences() {
	}

	/**
	 * @param audience an audience
	 * @param field    a field
	 * @return the preference key
	 */
	public static String key(Audience audience, SensitiveField field) {
		return "masking." + audience.name() + "." + field.name(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The defaults: the projector shows pseudonym and other life domains, collapses health, justice,
	 * risks and third parties; the chair sees all but identity; the minutes leave out health,
	 * justice, risks and third parties; pseudonymised minutes also leave out the pseudonym.
	 *
	 * @param audience an audience
	 * @param field    a field
	 * @return the default visibility
	 */
	public static Visibility defaultVisibility(Audience audience, SensitiveField field) {
		if (field == SensitiveField.IDENTITY) {
			return Visibility.HIDDEN;
		}
		return switch (audience) {
		case CHAIR -> Visibility.SHOWN;
		case PROJECTOR -> field == SensitiveField.PSEUDONYM || field == SensitiveField.LIFE_DOMAINS ? Visibility.SHOWN
				: Visibility.COLLAPSED;
		case MINUTES -> field == SensitiveField.PSEUDONYM || field == SensitiveField.LIFE_DOMAINS ? Visibility.SHOWN
				: Visibility.HIDDEN;
		case PSEUDONYMISED_MINUTES -> Visibility.HIDDEN;
		};
	}

	/**
	 * @param audience an audience
	 * @param field    a field
	 * @return the configured visibility, or the default
	 */
	public static Visibility get(Audience audience, SensitiveField field) {
		Visibility fallback = defaultVisibility(audience, field);
		try {
			String value = node().get(key(audience, field), fallback.name());
			return Visibility.valueOf(value);
		} catch (RuntimeException e) {
			return fallback;
		}
	}

	/**
	 * Stores a visibility (the default removes the key).
	 *
	 * @param audience   an audience
	 * @param field      a field
	 * @param visibility the visibility
	 */
	public static void set(Audience audience, SensitiveField field, Visibility visibility) {
		IEclipsePreferences node = node();
		if (visibility == defaultVisibility(audience, field)) {
			node.remove(key(audience, field));
		} else {
			node.put(key(audience, field), visibility.name());
		}
	}

	/** @return the preference node */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(MeetingCore.PLUGIN_ID);
	}
}
