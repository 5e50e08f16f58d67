/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

import nl.casustafel.core.demo.DefaultVocabulary;
import nl.casustafel.model.CasebookPackage;

/**
 * Text features whose values are keys of a vocabulary (phase, role, event kind, organisation type,
 * entry route, gap type): users see and choose the Dutch labels, the model stores the stable keys.
 * Keys not in the vocabulary are shown as they are.
 */
public final class Vocabularies {

	private static final Map<EStructuralFeature, Map<String, String>> BY_FEATURE;

	static {
		CasebookPackage model = CasebookPackage.eINSTANCE;
		BY_FEATURE = Map.of(model.getCase_Phase(), DefaultVocabulary.PHASES, //
				model.getInvolvement_Role(), DefaultVocabulary.ROLES, //
				model.getRoleAssignment_Role(), DefaultVocabulary.ROLES, //
				model.getAttendance_Role(), DefaultVocabulary.ROLES, //
				model.getTimelineEvent_Kind(), DefaultVocabulary.EVENT_KINDS, //
				model.getOrganisation_Type(), DefaultVocabulary.ORGANISATION_TYPES, //
				model.getReferral_EntryRoute(), DefaultVocabulary.ENTRY_ROUTES, //
				model.getPolicySignal_GapType(), DefaultVocabulary.GAP_TYPES);
	}

	private Vocabularies() {
		// static helpers only
	}

	/**
	 * @param feature a feature
	 * @return whether its values are vocabulary keys
	 */
	public static boolean hasVocabulary(EStructuralFeature feature) {
		return BY_FEATURE.containsKey(feature);
	}

	/**
	 * @param feature a feature
	 * @param value   a value of it
	 * @return the value's label, or {@code null} when the feature has no vocabulary or the value is
	 *         not a key of it
	 */
	public static String label(EStructuralFeature feature, Object value) {
		Map<String, String> vocabulary = BY_FEATURE.get(feature);
		return vocabulary == null || !(value instanceof String key) ? null : vocabulary.get(key);
	}

	/**
	 * @param feature a feature with a vocabulary
	 * @param current the current value, kept as a choice even when it is not in the vocabulary
	 * @return the keys to choose from, in the vocabulary's order
	 */
	public static List<String> keys(EStructuralFeature feature, Object current) {
		Map<String, String> vocabulary = BY_FEATURE.get(feature);
		List<String> keys = vocabulary == null ? new ArrayList<>() : new ArrayList<>(vocabulary.keySet());
		if (current instanceof String key && !key.isEmpty() && !keys.contains(key)) {
			keys.add(key);
		}
		return keys;
	}
}
