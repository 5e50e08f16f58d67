/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.internal;

import nl.casustafel.meeting.core.MaskingContext;
import nl.casustafel.meeting.core.MaskingPreferences;
import nl.casustafel.meeting.core.SensitiveField;
import nl.casustafel.meeting.core.Visibility;
import nl.casustafel.meeting.core.spi.MaskingProfile;

/**
 * Casustafel's masking profile (service ranking 0): the visibilities configured in the
 * preferences, see {@link MaskingPreferences}.
 */
public final class DefaultMaskingProfile implements MaskingProfile {

	@Override
	public boolean isApplicable(MaskingContext context) {
		return true;
	}

	@Override
	public Visibility visibility(SensitiveField field, MaskingContext context) {
		return MaskingPreferences.get(context.audience(), field);
	}
}
