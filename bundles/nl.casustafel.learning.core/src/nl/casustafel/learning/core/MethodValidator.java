/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.learning.core.internal.Messages;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.CaptureSpec;
import nl.casustafel.learning.model.LearningMethod;
import nl.casustafel.learning.model.LocalizedText;
import nl.casustafel.learning.model.MethodStep;

/**
 * The checks every learning method must pass before facilitators can use it: a key; a name, and
 * for every step a title and a goal, in both Dutch and English; at least one step; unique step
 * keys; minutes above 0; no negative maximum; a maximum only where contributions can be counted;
 * at most one capture of each kind per step. Every text that is present (summary, guidance, rules,
 * prompts, capture labels) must also be present in both languages.
 *
 * @since 0.1
 */
public final class MethodValidator {

	/** Kinds whose contributions are counted, so a maximum makes sense. */
	private static final Set<CaptureKind> COUNTABLE = EnumSet.of(CaptureKind.QUESTION, CaptureKind.ADVICE,
			CaptureKind.ACTION, CaptureKind.TAKEAWAY, CaptureKind.LEARNING_POINT, CaptureKind.NOTE);

	private MethodValidator() {
		// static access only
	}

	/**
	 * @param method a method, for example one just read from a contributed file
	 * @return the problems found, in the user's language; empty when the method is fine
	 */
	public static List<MethodProblem> validate(LearningMethod method) {
		List<MethodProblem> problems = new ArrayList<>();
		String origin = method.getOrigin();
		String key = method.getKey();
		if (key == null || key.isBlank()) {
			problems.add(new MethodProblem(origin, null, null, null, Messages.method_noKey));
		}
		requireBoth(problems, origin, key, null, method.getName(), Messages.field_name, true);
		requireBoth(problems, origin, key, null, method.getSummary(), Messages.field_summary, false);
		requireBoth(problems, origin, key, null, method.getCaseTemplate(), Messages.field_caseTemplate, false);
		if (method.getSteps().isEmpty()) {
			problems.add(new MethodProblem(origin, null, key, null, Messages.method_noSteps));
		}
		Set<String> stepKeys = new HashSet<>();
		for (MethodStep step : method.getSteps()) {
			String stepKey = step.getKey();
			if (stepKey == null || stepKey.isBlank()) {
				problems.add(new MethodProblem(origin, null, key, null,
						NLS.bind(Messages.step_noKey, Integer.valueOf(method.getSteps().indexOf(step) + 1))));
			} else if (!stepKeys.add(stepKey)) {
				problems.add(new MethodProblem(origin, null, key, stepKey, Messages.step_duplicateKey));
			}
			if (step.getMinutes() <= 0) {
				problems.add(new MethodProblem(origin, null, key, stepKey, Messages.step_noMinutes));
			}
			requireBoth(problems, origin, key, stepKey, step.getTitle(), Messages.field_title, true);
			requireBoth(problems, origin, key, stepKey, step.getGoal(), Messages.field_goal, true);
			requireBoth(problems, origin, key, stepKey, step.getGuidance(), Messages.field_guidance, false);
			for (LocalizedText rule : step.getSpeakingRules()) {
				requireBoth(problems, origin, key, stepKey, rule, Messages.field_speakingRule, true);
			}
			for (LocalizedText prompt : step.getPrompts()) {
				requireBoth(problems, origin, key, stepKey, prompt, Messages.field_prompt, true);
			}
			Set<CaptureKind> kinds = EnumSet.noneOf(CaptureKind.class);
			for (CaptureSpec capture : step.getCaptures()) {
				if (!kinds.add(capture.getKind())) {
					problems.add(new MethodProblem(origin, null, key, stepKey,
							NLS.bind(Messages.capture_duplicateKind, capture.getKind().getLiteral())));
				}
				if (capture.getMaximum() < 0) {
					problems.add(new MethodProblem(origin, null, key, stepKey, Messages.capture_negativeMaximum));
				}
				if (capture.getMaximum() > 0 && !COUNTABLE.contains(capture.getKind())) {
					problems.add(new MethodProblem(origin, null, key, stepKey,
							NLS.bind(Messages.capture_maximumNotCountable, capture.getKind().getLiteral())));
				}
				requireBoth(problems, origin, key, stepKey, capture.getLabel(), Messages.field_captureLabel, false);
			}
		}
		return problems;
	}

	private static void requireBoth(List<MethodProblem> problems, String origin, String key, String stepKey,
			LocalizedText text, String field, boolean required) {
		if (text == null) {
			if (required) {
				problems.add(new MethodProblem(origin, null, key, stepKey, NLS.bind(Messages.text_missing, field)));
			}
			return;
		}
		if (blank(text.getNl())) {
			problems.add(new MethodProblem(origin, null, key, stepKey, NLS.bind(Messages.text_missingDutch, field)));
		}
		if (blank(text.getEn())) {
			problems.add(new MethodProblem(origin, null, key, stepKey, NLS.bind(Messages.text_missingEnglish, field)));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
