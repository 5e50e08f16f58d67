/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Shell;

import nl.casustafel.meeting.core.CarryAnswer;
import nl.casustafel.model.Agreement;

/**
 * The questions the meeting actions put to the user while they run. The workbench uses
 * {@link DialogMeetingPrompts} (modal dialogs); tests install their own answers with
 * {@link MeetingActions#setPrompts(MeetingPrompts)}, so nothing blocks.
 */
public interface MeetingPrompts {

	/**
	 * The next meeting of a series carries the open agreements of earlier meetings: asks, per
	 * agreement, whether it is still valid, done meanwhile, or no longer valid.
	 *
	 * @param shell   the parent shell
	 * @param date    date and time of the new meeting
	 * @param carried the agreements it would carry, in agenda order (not empty)
	 * @return an answer per agreement, or {@code null} to confirm later: the meeting is then
	 *         planned with every agreement carried and none confirmed
	 */
	Map<Agreement, CarryAnswer> confirmCarriedAgreements(Shell shell, LocalDateTime date, List<Agreement> carried);
}
