/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.internal.vocabulary.VocabularyRegistry;
import nl.casustafel.model.CasebookPackage;

/**
 * The vocabularies of Casustafel: for each text feature of the model whose values are keys (a case's
 * phase, a role, the kind of a timeline event, an organisation's type, a referral's entry route, a
 * policy signal's gap type) the ordered list of terms users choose from. The model stores keys; views
 * show {@link VocabularyTerm#label() labels}.
 * <p>
 * Each vocabulary holds Casustafel's built-in terms (those of
 * {@link nl.casustafel.core.demo.DefaultVocabulary}, labelled in the user's language: Dutch, else
 * English) followed by the terms plug-ins contribute through {@value #EXTENSION_POINT_ID}, in
 * extension order. A contributed term never replaces a built-in or earlier one with the same key;
 * malformed contributions are left out. Both are reported in {@link #problems()} with the plug-in's
 * id (and in the error log); they never affect the other terms.
 * </p>
 * <p>
 * Read once and cached; the cache is dropped when plug-ins are installed into or removed from a
 * running workbench. Thread-safe. Outside OSGi only the built-in terms exist.
 * </p>
 *
 * @since 0.1
 */
public final class Vocabularies {

	/** The extension point through which plug-ins add terms. */
	public static final String EXTENSION_POINT_ID = "nl.casustafel.core.vocabularies"; //$NON-NLS-1$

	/** The {@link VocabularyTerm#contributor() contributor} of built-in terms. */
	public static final String BUILT_IN = "nl.casustafel.core"; //$NON-NLS-1$

	/** Phases of a case ({@code Case.phase}). */
	public static final String CASE_PHASE = "casePhase"; //$NON-NLS-1$

	/** Roles ({@code Involvement.role}, {@code RoleAssignment.role}, {@code Attendance.role}). */
	public static final String ROLE = "role"; //$NON-NLS-1$

	/** Kinds of timeline events ({@code TimelineEvent.kind}). */
	public static final String EVENT_KIND = "eventKind"; //$NON-NLS-1$

	/** Types of organisations ({@code Organisation.type}). */
	public static final String ORGANISATION_TYPE = "organisationType"; //$NON-NLS-1$

	/** Entry routes of referrals ({@code Referral.entryRoute}). */
	public static final String ENTRY_ROUTE = "entryRoute"; //$NON-NLS-1$

	/** Gap types of policy signals ({@code PolicySignal.gapType}). */
	public static final String GAP_TYPE = "gapType"; //$NON-NLS-1$

	/** The ids of all vocabularies, in this order. */
	public static final List<String> IDS = List.of(CASE_PHASE, ROLE, EVENT_KIND, ORGANISATION_TYPE, ENTRY_ROUTE,
			GAP_TYPE);

	private static final Map<EStructuralFeature, String> BY_FEATURE = Map.of( //
			CasebookPackage.Literals.CASE__PHASE, CASE_PHASE, //
			CasebookPackage.Literals.INVOLVEMENT__ROLE, ROLE, //
			CasebookPackage.Literals.ROLE_ASSIGNMENT__ROLE, ROLE, //
			CasebookPackage.Literals.ATTENDANCE__ROLE, ROLE, //
			CasebookPackage.Literals.TIMELINE_EVENT__KIND, EVENT_KIND, //
			CasebookPackage.Literals.ORGANISATION__TYPE, ORGANISATION_TYPE, //
			CasebookPackage.Literals.REFERRAL__ENTRY_ROUTE, ENTRY_ROUTE, //
			CasebookPackage.Literals.POLICY_SIGNAL__GAP_TYPE, GAP_TYPE);

	private Vocabularies() {
		// static access only
	}

	/**
	 * @param id a vocabulary id, one of {@link #IDS}
	 * @return the vocabulary, or {@code null} for an unknown id
	 */
	public static Vocabulary get(String id) {
		return id == null ? null : VocabularyRegistry.vocabularies().get(id);
	}

	/**
	 * @return every vocabulary, in the order of {@link #IDS}
	 */
	public static List<Vocabulary> all() {
		return new ArrayList<>(VocabularyRegistry.vocabularies().values());
	}

	/**
	 * @param feature a model feature
	 * @return the id of the vocabulary its values come from, or {@code null} when it has none
	 */
	public static String idOf(EStructuralFeature feature) {
		return feature == null ? null : BY_FEATURE.get(feature);
	}

	/**
	 * @param feature a model feature
	 * @return the vocabulary its values come from, or {@code null} when it has none
	 */
	public static Vocabulary of(EStructuralFeature feature) {
		return get(idOf(feature));
	}

	/**
	 * @param feature a model feature
	 * @param value   a value of it
	 * @return the value's label, or {@code null} when the feature has no vocabulary or the value is not
	 *         one of its keys
	 */
	public static String label(EStructuralFeature feature, Object value) {
		Vocabulary vocabulary = of(feature);
		return vocabulary != null && value instanceof String key ? vocabulary.label(key) : null;
	}

	/**
	 * @return the problems found in the contributions (left out or ignored terms), each naming its
	 *         plug-in; empty when all is well
	 */
	public static List<ContributionProblem> problems() {
		return VocabularyRegistry.problems();
	}

	/** Forgets what was read; the next call reads the built-in terms and the contributions again. */
	public static void refresh() {
		VocabularyRegistry.refresh();
	}
}
