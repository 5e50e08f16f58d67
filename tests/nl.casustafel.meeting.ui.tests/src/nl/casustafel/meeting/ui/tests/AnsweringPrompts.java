/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import nl.casustafel.meeting.core.CarryAnswer;
import nl.casustafel.meeting.ui.internal.MeetingPrompts;
import nl.casustafel.meeting.ui.internal.StillValidDialog;
import nl.casustafel.model.Agreement;
import nl.casustafel.tests.support.Workbench;

/**
 * Answers the meeting prompts the way a user would, without blocking: opens the real "still
 * valid?" dialog, clicks the chosen answers (by agreement id; the rest keep the default "still
 * valid") and Apply, or "confirm later".
 */
final class AnsweringPrompts implements MeetingPrompts {

	/** The answers to click, by agreement id. */
	final Map<String, CarryAnswer> answers = new LinkedHashMap<>();

	/** Click "confirm later" instead of Apply. */
	boolean later;

	/** Called with the open dialog's shell before anything is clicked (e.g. for a screenshot). */
	Consumer<Shell> beforeAnswering = shell -> {
	};

	/** Called with the open dialog's shell after the answers are clicked, before Apply. */
	Consumer<Shell> beforeApplying = shell -> {
	};

	int asked;
	List<String> shownTexts = List.of();
	String summary;

	@Override
	public Map<Agreement, CarryAnswer> confirmCarriedAgreements(Shell shell, LocalDateTime date, List<Agreement> carried) {
		asked++;
		StillValidDialog dialog = new StillValidDialog(shell, date, carried);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell dialogShell = dialog.getShell();
		Ui.settle();
		shownTexts = Ui.texts(dialogShell);
		beforeAnswering.accept(dialogShell);
		answers.forEach((id, answer) -> Ui.click(Ui.find(dialogShell, "stillValid." + id + "." + answer.name())));
		summary = ((Label) Ui.find(dialogShell, "stillValid.summary")).getText();
		beforeApplying.accept(dialogShell);
		Ui.click(Ui.find(dialogShell, later ? "stillValid.later" : "stillValid.apply"));
		Workbench.processEvents();
		if (dialog.getReturnCode() != (later ? Window.CANCEL : Window.OK) || !dialogShell.isDisposed()) {
			throw new AssertionError("the dialog did not close as asked: " + dialog.getReturnCode());
		}
		return later ? null : dialog.getAnswers();
	}
}
