/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.Contributions;
import nl.casustafel.core.ContributionProblem.Severity;
import nl.casustafel.core.demo.DefaultVocabulary;
import nl.casustafel.core.vocabulary.Vocabularies;
import nl.casustafel.core.vocabulary.Vocabulary;
import nl.casustafel.core.vocabulary.VocabularyTerm;

/**
 * Reads and caches the vocabularies behind {@link Vocabularies}: the built-in terms of
 * {@link DefaultVocabulary} (Dutch labels there, English ones in {@code builtInTerms.properties}),
 * then the terms contributed to {@value Vocabularies#EXTENSION_POINT_ID} in extension order. Every
 * contribution is read inside its own try/catch: a broken one becomes a {@link ContributionProblem}
 * naming its plug-in and never affects the other terms. The cache is dropped when plug-ins
 * contributing terms are installed or removed, and read again on the next access.
 */
public final class VocabularyRegistry {

	/** What the registry knows at one moment. */
	private record State(Map<String, Vocabulary> vocabularies, List<ContributionProblem> problems,
			boolean withContributions, long generation) {
	}

	private static final String ELEMENT_TERM = "term"; //$NON-NLS-1$

	private static final String DUTCH = "nl"; //$NON-NLS-1$

	private static final Map<String, Map<String, String>> BUILT_IN = Map.of( //
			Vocabularies.CASE_PHASE, DefaultVocabulary.PHASES, //
			Vocabularies.ROLE, DefaultVocabulary.ROLES, //
			Vocabularies.EVENT_KIND, DefaultVocabulary.EVENT_KINDS, //
			Vocabularies.ORGANISATION_TYPE, DefaultVocabulary.ORGANISATION_TYPES, //
			Vocabularies.ENTRY_ROUTE, DefaultVocabulary.ENTRY_ROUTES, //
			Vocabularies.GAP_TYPE, DefaultVocabulary.GAP_TYPES);

	private static volatile State state;

	/** Counts the refreshes: a state read before the last one is stale, even if it was stored after it. */
	private static volatile long generation;

	private static boolean following;

	private VocabularyRegistry() {
		// static access only
	}

	/**
	 * @return the vocabularies by id, in the order of {@link Vocabularies#IDS}
	 */
	public static Map<String, Vocabulary> vocabularies() {
		return state().vocabularies();
	}

	/**
	 * @return the problems found in the contributions
	 */
	public static List<ContributionProblem> problems() {
		return state().problems();
	}

	/** Forgets the cache; the next access reads the built-in terms and the contributions again. */
	public static synchronized void refresh() {
		generation++;
		state = null;
	}

	private static State state() {
		State current = state;
		if (isStale(current)) {
			synchronized (VocabularyRegistry.class) {
				current = state;
				if (isStale(current)) {
					current = load();
					state = current;
				}
			}
		}
		return current;
	}

	private static boolean isStale(State current) {
		return current == null || current.generation() != generation
				|| !current.withContributions() && Contributions.registry() != null;
	}

	private static State load() {
		Map<String, Map<String, VocabularyTerm>> terms = builtInTerms();
		List<ContributionProblem> problems = new ArrayList<>();
		IExtensionRegistry registry = Contributions.registry();
		if (registry != null) {
			follow(registry);
			for (IConfigurationElement element : registry.getConfigurationElementsFor(Vocabularies.EXTENSION_POINT_ID)) {
				read(element, terms, problems);
			}
		}
		Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
		for (Map.Entry<String, Map<String, VocabularyTerm>> entry : terms.entrySet()) {
			vocabularies.put(entry.getKey(), new Vocabulary(entry.getKey(), new ArrayList<>(entry.getValue().values())));
		}
		for (ContributionProblem problem : problems) {
			Contributions.log(VocabularyRegistry.class, problem);
		}
		return new State(Collections.unmodifiableMap(vocabularies), List.copyOf(problems), registry != null, generation);
	}

	private static Map<String, Map<String, VocabularyTerm>> builtInTerms() {
		boolean dutch = DUTCH.equals(Locale.getDefault().getLanguage());
		Properties english = dutch ? new Properties() : englishLabels();
		Map<String, Map<String, VocabularyTerm>> terms = new LinkedHashMap<>();
		for (String id : Vocabularies.IDS) {
			Map<String, VocabularyTerm> vocabulary = new LinkedHashMap<>();
			for (Map.Entry<String, String> entry : BUILT_IN.get(id).entrySet()) {
				String label = english.getProperty(id + '.' + entry.getKey(), entry.getValue());
				vocabulary.put(entry.getKey(), new VocabularyTerm(id, entry.getKey(), label, null, Vocabularies.BUILT_IN));
			}
			terms.put(id, vocabulary);
		}
		return terms;
	}

	private static Properties englishLabels() {
		Properties labels = new Properties();
		try (InputStream in = VocabularyRegistry.class.getResourceAsStream("builtInTerms.properties")) { //$NON-NLS-1$
			if (in != null) {
				labels.load(in);
			}
		} catch (IOException e) {
			// the Dutch labels are used
		}
		return labels;
	}

	private static void read(IConfigurationElement element, Map<String, Map<String, VocabularyTerm>> terms,
			List<ContributionProblem> problems) {
		String contributor = Contributions.contributor(element);
		try {
			if (!ELEMENT_TERM.equals(element.getName())) {
				problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.term_unknownElement, element.getName())));
				return;
			}
			String vocabularyId = trimmed(element.getAttribute("vocabulary")); //$NON-NLS-1$
			String key = trimmed(element.getAttribute("key")); //$NON-NLS-1$
			String known = String.join(", ", Vocabularies.IDS); //$NON-NLS-1$
			if (vocabularyId == null) {
				problems.add(problem(Severity.ERROR, contributor,
						NLS.bind(Messages.term_missingVocabulary, key == null ? "" : key, known))); //$NON-NLS-1$
				return;
			}
			Map<String, VocabularyTerm> vocabulary = terms.get(vocabularyId);
			if (vocabulary == null) {
				problems.add(problem(Severity.ERROR, contributor,
						NLS.bind(Messages.term_unknownVocabulary, new Object[] { key == null ? "" : key, vocabularyId, known }))); //$NON-NLS-1$
				return;
			}
			if (key == null) {
				problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.term_missingKey, vocabularyId)));
				return;
			}
			VocabularyTerm existing = vocabulary.get(key);
			if (existing != null) {
				problems.add(problem(Severity.WARNING, contributor, existing.isBuiltIn()
						? NLS.bind(Messages.term_builtInKey, key, vocabularyId)
						: NLS.bind(Messages.term_duplicateKey, new Object[] { key, vocabularyId, existing.contributor() })));
				return;
			}
			String label = trimmed(element.getAttribute("label")); //$NON-NLS-1$
			if (label == null) {
				problems.add(problem(Severity.WARNING, contributor, NLS.bind(Messages.term_missingLabel, key, vocabularyId)));
				label = key;
			}
			String description = trimmed(element.getAttribute("description")); //$NON-NLS-1$
			vocabulary.put(key, new VocabularyTerm(vocabularyId, key, label, description, contributor));
		} catch (RuntimeException | LinkageError e) {
			// Whatever goes wrong with one contribution stays with that contribution.
			problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.term_unreadable, e.toString())));
		}
	}

	private static ContributionProblem problem(Severity severity, String contributor, String message) {
		return new ContributionProblem(severity, contributor, Vocabularies.EXTENSION_POINT_ID, message);
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Drops the cache when plug-ins with terms come or go (installed into a running workbench). */
	private static synchronized void follow(IExtensionRegistry registry) {
		if (!following) {
			Contributions.follow(registry, Vocabularies.EXTENSION_POINT_ID, VocabularyRegistry::refresh);
			following = true;
		}
	}
}
