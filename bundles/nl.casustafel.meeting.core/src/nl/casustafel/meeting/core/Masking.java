/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import nl.casustafel.core.PluginFailures;
import nl.casustafel.core.RankedServices;
import nl.casustafel.meeting.core.internal.DefaultMaskingProfile;
import nl.casustafel.meeting.core.internal.Messages;
import nl.casustafel.meeting.core.spi.MaskingProfile;

/**
 * The masking decision: the applicable {@link MaskingProfile} service of highest ranking (the
 * default profile outside OSGi), with a floor no profile can lower: {@link SensitiveField#IDENTITY}
 * stays hidden on the projector and in pseudonymised minutes.
 *
 * @since 0.1
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * @param context where data is about to be shown
	 * @return the profile that decides there
	 */
	public static MaskingProfile profile(MaskingContext context) {
		return RankedServices.highest(MaskingProfile.class, p -> p.isApplicable(context))
				.orElseGet(DefaultMaskingProfile::new);
	}

	/**
	 * @param field   a category of case data
	 * @param context where it is about to be shown
	 * @return how to show it
	 */
	public static Visibility visibility(SensitiveField field, MaskingContext context) {
		MaskingProfile profile = profile(context);
		Visibility visibility;
		try {
			visibility = profile.visibility(field, context);
		} catch (RuntimeException | LinkageError e) {
			// A failing profile (a partner's plug-in) must never reveal anything: fail closed.
			Bundle bundle = PluginFailures.bundleOf(profile.getClass());
			PluginFailures.log(bundle, bundle == null ? profile.getClass().getName() : bundle.getSymbolicName(),
					NLS.bind(Messages.Masking_ProfileFailed,
							new Object[] { PluginFailures.labelOf(profile), field, PluginFailures.describe(e) }), e);
			visibility = Visibility.HIDDEN;
		}
		return floor(field, context.audience(), visibility == null ? Visibility.HIDDEN : visibility);
	}

	/**
	 * @param field      a category
	 * @param audience   an audience
	 * @param visibility what a profile decided
	 * @return the decision, made strict where the law and the covenant demand it
	 */
	public static Visibility floor(SensitiveField field, Audience audience, Visibility visibility) {
		if (field == SensitiveField.IDENTITY && (audience == Audience.PROJECTOR || audience == Audience.PSEUDONYMISED_MINUTES)) {
			return Visibility.HIDDEN;
		}
		return visibility;
	}
}
