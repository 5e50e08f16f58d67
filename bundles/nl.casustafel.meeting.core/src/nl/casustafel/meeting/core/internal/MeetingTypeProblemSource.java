/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.internal;

import java.util.List;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.spi.ContributionProblemSource;
import nl.casustafel.meeting.core.MeetingCore;
import nl.casustafel.meeting.core.MeetingTypes;

/**
 * The problems with the meeting types plug-ins contribute (Declarative Services component
 * {@code OSGI-INF/nl.casustafel.meeting.core.MeetingTypeProblems.xml}), for Help &gt; Plug-ins.
 */
public final class MeetingTypeProblemSource implements ContributionProblemSource {

	@Override
	public String extensionPoint() {
		return MeetingCore.MEETING_TYPES_EXTENSION_POINT;
	}

	@Override
	public List<ContributionProblem> problems() {
		return MeetingTypes.problems();
	}
}
