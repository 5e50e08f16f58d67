/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.spi;

import nl.casustafel.meeting.core.MaskingContext;
import nl.casustafel.meeting.core.SensitiveField;
import nl.casustafel.meeting.core.Visibility;

/**
 * Decides which case data an audience may see: the projector, the chair console, the minutes.
 * <p>
 * Register an implementation as an OSGi service (e.g. a Declarative Services component) with a
 * {@code service.ranking} above 0 to replace Casustafel's default profile (ranking 0, configurable
 * in the preferences). For every piece of data, the applicable profile with the highest ranking
 * decides. Whatever a profile answers, {@link SensitiveField#IDENTITY} is never shown on the
 * projector nor in pseudonymised minutes.
 * </p>
 *
 * @since 0.1
 */
public interface MaskingProfile {

	/**
	 * @param context where data is about to be shown
	 * @return whether this profile decides there (e.g. only for meetings of one type); the default
	 *         profile applies everywhere
	 */
	boolean isApplicable(MaskingContext context);

	/**
	 * @param field   a category of case data
	 * @param context where it is about to be shown
	 * @return how to show it
	 */
	Visibility visibility(SensitiveField field, MaskingContext context);
}
