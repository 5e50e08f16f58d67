/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import nl.casustafel.model.Case;
import nl.casustafel.model.Meeting;

/**
 * Where case data is about to be shown: to whom, in which meeting, about which case.
 *
 * @param audience who will see it
 * @param meeting  the meeting, or {@code null}
 * @param aCase    the case, or {@code null}
 * @since 0.1
 */
public record MaskingContext(Audience audience, Meeting meeting, Case aCase) {
}
