/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.casustafel.learning.core.Capture;
import nl.casustafel.learning.core.Facilitator;
import nl.casustafel.learning.core.Facilitator.State;
import nl.casustafel.learning.core.Language;
import nl.casustafel.learning.core.LearningMinutes;
import nl.casustafel.learning.core.StepTimer;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.CaptureSpec;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.LocalizedText;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.PresenterRole;
import nl.casustafel.learning.model.StepLog;
import nl.casustafel.projector.ui.ProjectorContent;
import nl.casustafel.projector.ui.ProjectorStyle;

/**
 * Facilitator mode on the shared screen: the current step large with its goal, what the presenter
 * does (for example "the presenter only listens"), the speaking rules, the step timer (turning
 * amber when time is nearly up and red with the overrun), and the steps of the method along the
 * bottom. Shows only what the method and the pseudonymised session hold; nothing from the casebook.
 */
final class FacilitatorProjection implements ProjectorContent {

	private final Facilitator facilitator;

	private ProjectorStyle style;
	private Composite root;
	private Label position;
	private Label title;
	private Label timer;
	private Label timerPlan;
	private Label goal;
	private Label presenter;
	private Composite rules;
	private Label captured;
	private Composite steps;
	private MethodStep shownStep;
	private State shownState;

	FacilitatorProjection(Facilitator facilitator) {
		this.facilitator = facilitator;
	}

	Facilitator facilitator() {
		return facilitator;
	}

	@Override
	public String getTitle() {
		LearningSession session = facilitator.session();
		String method = session.getMethod() == null ? "" : Language.text(session.getMethod().getName()); //$NON-NLS-1$
		String date = Widgets.date(session.getDate());
		return date.isEmpty() ? method : method + " \u2014 " + date; //$NON-NLS-1$
	}

	@Override
	public void createContents(Composite parent, ProjectorStyle projectorStyle) {
		this.style = projectorStyle;
		root = new Composite(parent, SWT.NONE);
		root.setBackground(style.background());
		GridLayout layout = new GridLayout(2, false);
		layout.verticalSpacing = 14;
		root.setLayout(layout);

		position = label(root, style.headingFont(), style.muted(), "projector.position"); //$NON-NLS-1$
		position.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		timer = label(root, style.timerFont(), style.foreground(), "projector.timer"); //$NON-NLS-1$
		timer.setAlignment(SWT.RIGHT);
		GridData timerData = new GridData(SWT.END, SWT.TOP, false, false, 1, 2);
		timer.setLayoutData(timerData);
		title = label(root, style.displayFont(), style.foreground(), "projector.title"); //$NON-NLS-1$
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		timerPlan = label(root, style.smallFont(), style.muted(), "projector.timerPlan"); //$NON-NLS-1$
		timerPlan.setAlignment(SWT.RIGHT);
		timerPlan.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		goal = label(root, style.bodyFont(), style.foreground(), "projector.goal"); //$NON-NLS-1$
		goal.setLayoutData(wide());
		presenter = label(root, style.headingFont(), style.warning(), "projector.presenter"); //$NON-NLS-1$
		presenter.setLayoutData(wide());
		rules = new Composite(root, SWT.NONE);
		rules.setBackground(style.background());
		GridLayout rulesLayout = new GridLayout(1, false);
		rulesLayout.marginWidth = 0;
		rulesLayout.verticalSpacing = 6;
		rules.setLayout(rulesLayout);
		rules.setLayoutData(wide());
		captured = label(root, style.smallFont(), style.muted(), "projector.captured"); //$NON-NLS-1$
		captured.setLayoutData(wide());

		Label filler = new Label(root, SWT.NONE);
		filler.setBackground(style.background());
		filler.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		steps = new Composite(root, SWT.NONE);
		steps.setBackground(style.background());
		RowLayout stepsLayout = new RowLayout(SWT.HORIZONTAL);
		stepsLayout.wrap = true;
		stepsLayout.spacing = 28;
		stepsLayout.marginLeft = 0;
		steps.setLayout(stepsLayout);
		steps.setLayoutData(wide());
		shownStep = null;
		shownState = null;
		update();
	}

	/** Brings the screen up to date with the session and the clock. */
	void update() {
		if (root == null || root.isDisposed()) {
			return;
		}
		State state = facilitator.state();
		MethodStep step = state == State.RUNNING ? facilitator.currentStep() : null;
		boolean stepChanged = step != shownStep || state != shownState;
		shownStep = step;
		shownState = state;
		int total = facilitator.steps().size();
		if (stepChanged) {
			if (state == State.FINISHED) {
				position.setText(Messages.projector_finishedPosition);
				title.setText(Messages.projector_finished);
				goal.setText(Messages.projector_finishedGoal);
				presenter.setText(""); //$NON-NLS-1$
				setRules(List.of());
			} else if (step == null) {
				MethodStep upcoming = facilitator.upcomingStep();
				position.setText(Messages.projector_notStarted);
				title.setText(upcoming == null ? "" : LearningMinutes.stepName(upcoming)); //$NON-NLS-1$
				goal.setText(upcoming == null ? "" : Language.text(upcoming.getGoal())); //$NON-NLS-1$
				presenter.setText(""); //$NON-NLS-1$
				setRules(List.of());
			} else {
				position.setText(NLS.bind(Messages.projector_position,
						new Object[] { Widgets.nonNull(step.getLabel()), Integer.valueOf(facilitator.currentIndex() + 1),
								Integer.valueOf(total) }));
				title.setText(Language.text(step.getTitle()));
				goal.setText(Language.text(step.getGoal()));
				presenter.setText(presenterRule(step.getPresenter()));
				setRules(step);
			}
			rebuildSteps();
		}
		StepTimer stepTimer = facilitator.timer();
		if (stepTimer == null) {
			timer.setText(""); //$NON-NLS-1$
			timerPlan.setText(""); //$NON-NLS-1$
		} else {
			timer.setText(stepTimer.display());
			timer.setForeground(stepTimer.isOverrun() ? style.alarm() : stepTimer.isNearlyUp() ? style.warning() : style.foreground());
			int planned = (int) stepTimer.planned().toMinutes();
			timerPlan.setText(stepTimer.isOverrun() ? NLS.bind(Messages.projector_overrun, Integer.valueOf(planned))
					: NLS.bind(Messages.projector_planned, Integer.valueOf(planned)));
		}
		captured.setText(capturedText(step));
		root.getParent().layout(true, true);
	}

	private String capturedText(MethodStep step) {
		if (step == null) {
			return ""; //$NON-NLS-1$
		}
		Capture capture = new Capture(facilitator.session(), null, null);
		StringBuilder text = new StringBuilder();
		for (CaptureSpec spec : step.getCaptures()) {
			if (spec.getKind() == CaptureKind.THEORY || spec.getKind() == CaptureKind.FINAL_QUESTION || spec.getKind() == CaptureKind.NOTE) {
				continue;
			}
			int count = spec.getKind() == CaptureKind.LEARNING_POINT
					? (int) facilitator.session().getLearningPoints().stream().filter(p -> p.getStep() == step).count()
					: capture.contributions(step, spec.getKind(), null).size();
			if (!text.isEmpty()) {
				text.append("   \u00B7   "); //$NON-NLS-1$
			}
			text.append(NLS.bind(Messages.projector_captured, Capture.kindPlural(spec.getKind()), Integer.valueOf(count)));
		}
		return text.toString();
	}

	private static String presenterRule(PresenterRole role) {
		if (role == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (role) {
		case LISTENS -> Messages.presenter_listens;
		case ANSWERS_FACTS -> Messages.presenter_answersFacts;
		default -> ""; //$NON-NLS-1$
		};
	}

	private void setRules(MethodStep step) {
		List<String> lines = new java.util.ArrayList<>();
		String presenterLine = presenterRule(step.getPresenter());
		for (LocalizedText rule : step.getSpeakingRules()) {
			if (!Language.text(rule).equals(presenterLine)) {
				lines.add(Language.text(rule));
			}
		}
		for (LocalizedText prompt : step.getPrompts()) {
			lines.add(Language.text(prompt));
		}
		setRules(lines);
	}

	private void setRules(List<String> lines) {
		for (Control child : rules.getChildren()) {
			child.dispose();
		}
		for (String line : lines) {
			Label rule = label(rules, style.bodyFont(), style.foreground(), "projector.rule"); //$NON-NLS-1$
			rule.setText("\u2022  " + line); //$NON-NLS-1$
			rule.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
	}

	private void rebuildSteps() {
		for (Control child : steps.getChildren()) {
			child.dispose();
		}
		for (MethodStep step : facilitator.steps()) {
			StepLog log = facilitator.log(step);
			Label label = label(steps, style.smallFont(), style.muted(), "projector.step"); //$NON-NLS-1$
			String text = LearningMinutes.stepName(step);
			if (step == shownStep) {
				label.setForeground(style.accent());
				label.setText("\u25B6 " + text); //$NON-NLS-1$
			} else if (log != null && log.isSkipped()) {
				label.setText(text + " \u2013 " + Messages.facilitator_skipped); //$NON-NLS-1$
			} else if (log != null && log.getEndedAt() != null) {
				label.setText("\u2713 " + text); //$NON-NLS-1$
			} else {
				label.setForeground(style.foreground());
				label.setText(text);
			}
		}
	}

	private Label label(Composite parent, org.eclipse.swt.graphics.Font font, Color color, String name) {
		Label label = new Label(parent, SWT.WRAP);
		label.setFont(font);
		label.setForeground(color);
		label.setBackground(style.background());
		Widgets.name(label, name);
		return label;
	}

	private static GridData wide() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = 200; // wrap instead of widening the window
		return data;
	}
}
