/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.demo.DefaultVocabulary;
import nl.casustafel.core.internal.vocabulary.VocabularyRegistry;
import nl.casustafel.core.vocabulary.Vocabularies;
import nl.casustafel.core.vocabulary.Vocabulary;
import nl.casustafel.core.vocabulary.VocabularyTerm;
import nl.casustafel.model.CasebookPackage;

/**
 * The vocabularies with the terms of the test plug-in {@value #PARTNER} (tests/nl.casustafel.tests.partner),
 * which contributes valid terms and terms broken in every way the schema allows. The tests run with
 * {@code -nl nl_NL}: users see Dutch labels.
 */
class VocabulariesTest {

	private static final String PARTNER = "nl.casustafel.tests.partner";

	private static final CasebookPackage MODEL = CasebookPackage.eINSTANCE;

	@AfterEach
	void forgetWhatOtherLocalesRead() {
		Vocabularies.refresh();
	}

	@Test
	void everyVocabularyListsTheBuiltInTermsInTheGuidesOrderThenTheContributedOnes() {
		assertEquals(Vocabularies.IDS, Vocabularies.all().stream().map(Vocabulary::id).toList());
		assertBuiltInFirst(Vocabularies.CASE_PHASE, DefaultVocabulary.PHASES, List.of("testpartner-assessment"));
		assertBuiltInFirst(Vocabularies.ROLE, DefaultVocabulary.ROLES, List.of("testpartner-supervisor"));
		assertBuiltInFirst(Vocabularies.EVENT_KIND, DefaultVocabulary.EVENT_KINDS, List.of("testpartner-report"));
		assertBuiltInFirst(Vocabularies.ORGANISATION_TYPE, DefaultVocabulary.ORGANISATION_TYPES,
				List.of("testpartner-district-office"));
		assertBuiltInFirst(Vocabularies.ENTRY_ROUTE, DefaultVocabulary.ENTRY_ROUTES, List.of());
		assertBuiltInFirst(Vocabularies.GAP_TYPE, DefaultVocabulary.GAP_TYPES, List.of("testpartner-data"));
	}

	private static void assertBuiltInFirst(String id, Map<String, String> builtIn, List<String> contributed) {
		Vocabulary vocabulary = Vocabularies.get(id);
		List<String> expected = new ArrayList<>(builtIn.keySet());
		expected.addAll(contributed);
		assertEquals(expected, vocabulary.keys(), id);
		for (VocabularyTerm term : vocabulary.terms()) {
			assertEquals(id, term.vocabulary());
			assertEquals(builtIn.containsKey(term.key()), term.isBuiltIn(), term.key());
			assertEquals(term.isBuiltIn() ? Vocabularies.BUILT_IN : PARTNER, term.contributor(), term.key());
		}
	}

	@Test
	void dutchUsersSeeTheDutchLabelsOfBuiltInAndContributedTerms() {
		Vocabulary types = Vocabularies.get(Vocabularies.ORGANISATION_TYPE);
		assertEquals("Reclassering", types.label("probation"));
		assertEquals("Zorg- en Veiligheidshuis", types.label("safety-house"));
		VocabularyTerm office = types.term("testpartner-district-office");
		assertEquals("Districtskantoor", office.label(), "%key translated with the plug-in's bundle_nl.properties");
		assertEquals("Regionaal kantoor van de testpartner dat het toezicht uitvoert.", office.description());
		assertNull(types.term("probation").description());
		assertEquals("Beoordeling", Vocabularies.get(Vocabularies.CASE_PHASE).label("testpartner-assessment"));
	}

	@Test
	void aContributedTermNeverReplacesABuiltInOrEarlierOne() {
		VocabularyTerm probation = Vocabularies.get(Vocabularies.ORGANISATION_TYPE).term("probation");
		assertTrue(probation.isBuiltIn());
		assertEquals("Reclassering", probation.label(), "not the plug-in's 'Gekaapt'");
		Vocabulary roles = Vocabularies.get(Vocabularies.ROLE);
		assertEquals("Toezichthouder", roles.label("testpartner-supervisor"), "the first contribution stays");
		assertEquals(1, roles.keys().stream().filter("testpartner-supervisor"::equals).count());
	}

	@Test
	void everyBrokenContributionIsReportedNamingThePluginAndTheOthersAreKept() {
		List<ContributionProblem> problems = Vocabularies.problems().stream()
				.filter(problem -> PARTNER.equals(problem.contributor())).toList();
		assertEquals(7, problems.size(), problems::toString);
		assertProblem(problems, false, "'probation'", "'organisationType'");
		assertProblem(problems, false, "'testpartner-supervisor'", "nl.casustafel.tests.partner");
		assertProblem(problems, false, "'testpartner-data'", "'gapType'");
		assertProblem(problems, true, "'testpartner-nowhere'", "casePhase, role, eventKind");
		assertProblem(problems, true, "'testpartner-pets'", "'lifeDomain'");
		assertTrue(problems.stream().anyMatch(problem -> problem.isError() && problem.message().contains("'role'")
				&& !problem.message().contains("testpartner")), "the term without key");
		assertProblem(problems, true, "<definition>");
		for (ContributionProblem problem : problems) {
			assertEquals(Vocabularies.EXTENSION_POINT_ID, problem.extensionPoint());
			assertTrue(problem.describe().startsWith(PARTNER + ": "), problem.describe());
		}

		// The broken terms are nowhere; the term without label is kept with its key as label; the
		// terms around the broken ones are all there.
		for (Vocabulary vocabulary : Vocabularies.all()) {
			for (String broken : List.of("testpartner-nowhere", "testpartner-pets", "testpartner-definition")) {
				assertFalse(vocabulary.contains(broken), vocabulary.id() + " " + broken);
			}
		}
		assertEquals("testpartner-data", Vocabularies.get(Vocabularies.GAP_TYPE).label("testpartner-data"));
		assertEquals("Adviesrapport", Vocabularies.get(Vocabularies.EVENT_KIND).label("testpartner-report"),
				"vocabulary and key are stripped of spaces");
	}

	private static void assertProblem(List<ContributionProblem> problems, boolean error, String... parts) {
		for (ContributionProblem problem : problems) {
			if (List.of(parts).stream().allMatch(problem.message()::contains)) {
				assertEquals(error, problem.isError(), problem::toString);
				return;
			}
		}
		throw new AssertionError("no problem with " + List.of(parts) + " in " + problems);
	}

	@Test
	void modelFeaturesMapToTheirVocabularies() {
		assertEquals(Vocabularies.CASE_PHASE, Vocabularies.idOf(MODEL.getCase_Phase()));
		for (var role : List.of(MODEL.getInvolvement_Role(), MODEL.getRoleAssignment_Role(), MODEL.getAttendance_Role())) {
			assertEquals(Vocabularies.ROLE, Vocabularies.idOf(role), role.getName());
		}
		assertEquals(Vocabularies.EVENT_KIND, Vocabularies.idOf(MODEL.getTimelineEvent_Kind()));
		assertEquals(Vocabularies.ORGANISATION_TYPE, Vocabularies.of(MODEL.getOrganisation_Type()).id());
		assertEquals(Vocabularies.ENTRY_ROUTE, Vocabularies.idOf(MODEL.getReferral_EntryRoute()));
		assertEquals(Vocabularies.GAP_TYPE, Vocabularies.idOf(MODEL.getPolicySignal_GapType()));
		assertNull(Vocabularies.idOf(MODEL.getCase_CaseNumber()));
		assertNull(Vocabularies.of(null));
		assertNull(Vocabularies.get("lifeDomain"));

		assertEquals("Districtskantoor", Vocabularies.label(MODEL.getOrganisation_Type(), "testpartner-district-office"));
		assertEquals("Voorzitter", Vocabularies.label(MODEL.getAttendance_Role(), "chair"));
		assertNull(Vocabularies.label(MODEL.getOrganisation_Type(), "no-such-type"), "unknown keys have no label");
		assertNull(Vocabularies.label(MODEL.getCase_CaseNumber(), "LV-01"));
		Vocabulary types = Vocabularies.get(Vocabularies.ORGANISATION_TYPE);
		assertEquals("no-such-type", types.labelOrKey("no-such-type"), "a key of a removed plug-in stays readable");
	}

	@Test
	void otherLanguagesSeeEnglishLabelsOfTheBuiltInTerms() {
		Locale dutch = Locale.getDefault();
		try {
			Locale.setDefault(Locale.ENGLISH);
			Vocabularies.refresh();
			assertEquals("Probation service", Vocabularies.get(Vocabularies.ORGANISATION_TYPE).label("probation"));
			assertEquals("Case director", Vocabularies.label(MODEL.getInvolvement_Role(), "case-director"));
			assertEquals("Signalled", Vocabularies.get(Vocabularies.CASE_PHASE).terms().get(0).label());
		} finally {
			Locale.setDefault(dutch);
			Vocabularies.refresh();
		}
		assertEquals("Reclassering", Vocabularies.get(Vocabularies.ORGANISATION_TYPE).label("probation"));
	}

	@Test
	void everyBuiltInTermHasAnEnglishLabelAndNoOtherTermHasOne() throws IOException {
		Properties english = new Properties();
		try (InputStream in = VocabularyRegistry.class.getResourceAsStream("builtInTerms.properties")) {
			english.load(in);
		}
		Set<String> expected = new HashSet<>();
		for (VocabularyTerm term : builtIns()) {
			expected.add(term.vocabulary() + '.' + term.key());
		}
		assertEquals(expected, english.stringPropertyNames());
		for (String key : english.stringPropertyNames()) {
			assertFalse(english.getProperty(key).isBlank(), key);
		}
	}

	private static List<VocabularyTerm> builtIns() {
		return Vocabularies.all().stream().flatMap(vocabulary -> vocabulary.terms().stream())
				.filter(VocabularyTerm::isBuiltIn).toList();
	}

	@Test
	void readingAgainGivesTheSameTermsAndProblemsOnce() {
		List<String> roles = Vocabularies.get(Vocabularies.ROLE).keys();
		int problems = Vocabularies.problems().size();
		Vocabularies.refresh();
		assertEquals(roles, Vocabularies.get(Vocabularies.ROLE).keys());
		assertEquals(problems, Vocabularies.problems().size());
		assertTrue(Vocabularies.get(Vocabularies.ROLE) == Vocabularies.get(Vocabularies.ROLE), "cached");
	}

	@Test
	void vocabulariesCannotBeChangedByTheirUsers() {
		Vocabulary roles = Vocabularies.get(Vocabularies.ROLE);
		assertThrows(UnsupportedOperationException.class, () -> roles.terms().clear());
		roles.keys().clear();
		assertNotNull(roles.term("chair"), "keys() is a copy");
		assertThrows(UnsupportedOperationException.class, () -> Vocabularies.problems().clear());
		assertThrows(IllegalArgumentException.class, () -> new Vocabulary("role",
				List.of(new VocabularyTerm("role", "a", "A", null, PARTNER), new VocabularyTerm("role", "a", "B", null, PARTNER))));
	}
}
