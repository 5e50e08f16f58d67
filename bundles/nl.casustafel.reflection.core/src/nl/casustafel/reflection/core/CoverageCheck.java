/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.casustafel.reflection.model.CaseManagementFunction;
import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.QuestionSet;
import nl.casustafel.reflection.model.Reflection;
import nl.casustafel.reflection.model.Theme;

/**
 * The coverage check of case-management functions (outreach, assessment, planning, linking,
 * coordination, advocacy, monitoring, evaluation): which functions the questions of a set ask
 * about, and which of them are covered for a target because a question marked with that function
 * has been answered.
 *
 * @since 0.1
 */
public final class CoverageCheck {

	/**
	 * The coverage of one function.
	 *
	 * @param function  the function
	 * @param questions how many questions ask about it
	 * @param answered  how many of those have an answer
	 * @param discussed how many of those were discussed
	 */
	public record FunctionCoverage(CaseManagementFunction function, int questions, int answered, int discussed) {

		/**
		 * @return whether at least one question about the function has been answered
		 */
		public boolean covered() {
			return answered > 0;
		}
	}

	private CoverageCheck() {
		// static access only
	}

	/**
	 * @param set a question set
	 * @return the functions no question of the set asks about, in the enum's order
	 */
	public static Set<CaseManagementFunction> functionsWithoutQuestions(QuestionSet set) {
		Set<CaseManagementFunction> missing = EnumSet.allOf(CaseManagementFunction.class);
		for (Theme theme : set.getThemes()) {
			for (Question question : theme.getQuestions()) {
				missing.removeAll(question.getFunctions());
			}
		}
		return missing;
	}

	/**
	 * @param set a question set
	 * @return whether any question of the set is marked with a function
	 */
	public static boolean hasFunctions(QuestionSet set) {
		return functionsWithoutQuestions(set).size() < CaseManagementFunction.VALUES.size();
	}

	/**
	 * Computes the coverage of every function.
	 *
	 * @param set         the question set
	 * @param reflections the reflections about one target (others are ignored by set id)
	 * @return one entry per function, in the enum's order
	 */
	public static List<FunctionCoverage> compute(QuestionSet set, Collection<Reflection> reflections) {
		return compute(List.of(set), reflections);
	}

	/**
	 * Computes the coverage of every function over several sets (for example all sets offered for
	 * a case).
	 *
	 * @param sets        the question sets
	 * @param reflections the reflections about one target
	 * @return one entry per function, in the enum's order
	 */
	public static List<FunctionCoverage> compute(Collection<QuestionSet> sets, Collection<Reflection> reflections) {
		Map<CaseManagementFunction, int[]> counts = new EnumMap<>(CaseManagementFunction.class);
		for (CaseManagementFunction function : CaseManagementFunction.VALUES) {
			counts.put(function, new int[3]);
		}
		for (QuestionSet set : sets) {
			count(set, reflections, counts);
		}
		List<FunctionCoverage> result = new ArrayList<>();
		counts.forEach((function, count) -> result.add(new FunctionCoverage(function, count[0], count[1], count[2])));
		return result;
	}

	private static void count(QuestionSet set, Collection<Reflection> reflections,
			Map<CaseManagementFunction, int[]> counts) {
		for (Theme theme : set.getThemes()) {
			for (Question question : theme.getQuestions()) {
				Reflection reflection = find(reflections, set.getId(), question.getId());
				boolean answered = reflection != null && reflection.getAnswer() != null
						&& !reflection.getAnswer().isBlank();
				boolean discussed = reflection != null && reflection.isDiscussed();
				for (CaseManagementFunction function : new LinkedHashSet<>(question.getFunctions())) {
					int[] count = counts.get(function);
					count[0]++;
					if (answered) {
						count[1]++;
					}
					if (discussed) {
						count[2]++;
					}
				}
			}
		}
	}

	private static Reflection find(Collection<Reflection> reflections, String setId, String questionId) {
		for (Reflection reflection : reflections) {
			if (setId != null && setId.equals(reflection.getQuestionSetId())
					&& questionId != null && questionId.equals(reflection.getQuestionId())) {
				return reflection;
			}
		}
		return null;
	}
}
