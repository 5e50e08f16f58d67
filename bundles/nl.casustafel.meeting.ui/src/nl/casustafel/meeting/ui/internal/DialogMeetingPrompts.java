/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import nl.casustafel.meeting.core.CarryAnswer;
import nl.casustafel.model.Agreement;

/** The meeting prompts as modal dialogs, in the user's language. */
public class DialogMeetingPrompts implements MeetingPrompts {

	@Override
	public Map<Agreement, CarryAnswer> confirmCarriedAgreements(Shell shell, LocalDateTime date, List<Agreement> carried) {
		StillValidDialog dialog = new StillValidDialog(shell, date, carried);
		return dialog.open() == Window.OK ? dialog.getAnswers() : null;
	}
}
