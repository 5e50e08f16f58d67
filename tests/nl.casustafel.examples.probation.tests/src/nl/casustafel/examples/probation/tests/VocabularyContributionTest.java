/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.vocabulary.Vocabularies;
import nl.casustafel.core.vocabulary.VocabularyTerm;
import nl.casustafel.model.CasebookPackage;

/**
 * The example's organisation type, role and event kinds join Casustafel's vocabularies after the
 * built-in terms, labelled in Dutch, without touching the built-in ones.
 */
class VocabularyContributionTest {

	@Test
	void theTermsAreContributedWithDutchLabels() {
		assertTerm(Vocabularies.ORGANISATION_TYPE, ExampleIds.ORGANISATION_TYPE, "Verslavingsreclassering");
		assertTerm(Vocabularies.ROLE, ExampleIds.ROLE, "Werkstrafbegeleider");
		assertTerm(Vocabularies.EVENT_KIND, "reclassering-advies", "Reclasseringsadvies");
		assertTerm(Vocabularies.EVENT_KIND, "reclassering-overtreding", "Overtreding voorwaarde");
		assertTerm(Vocabularies.EVENT_KIND, "reclassering-driegesprek", "Driegesprek");
		List<ContributionProblem> ours = Vocabularies.problems().stream()
				.filter(p -> ExampleIds.BUNDLE.equals(p.contributor())).toList();
		assertEquals(List.of(), ours);
	}

	@Test
	void theTermsComeAfterTheBuiltInOnesWhichStayAsTheyAre() {
		List<VocabularyTerm> kinds = Vocabularies.get(Vocabularies.EVENT_KIND).terms();
		int firstOurs = kinds.indexOf(Vocabularies.get(Vocabularies.EVENT_KIND).term(ExampleIds.EVENT_KINDS.get(0)));
		assertTrue(kinds.subList(0, firstOurs).stream().allMatch(VocabularyTerm::isBuiltIn), kinds.toString());
		assertEquals("Reclassering", Vocabularies.get(Vocabularies.ORGANISATION_TYPE).label("probation"));
	}

	@Test
	void theModelFieldsShowTheLabels() {
		assertEquals("Driegesprek", Vocabularies.label(CasebookPackage.Literals.TIMELINE_EVENT__KIND, "reclassering-driegesprek"));
		assertEquals("Werkstrafbegeleider", Vocabularies.label(CasebookPackage.Literals.INVOLVEMENT__ROLE, ExampleIds.ROLE));
	}

	private static void assertTerm(String vocabulary, String key, String label) {
		VocabularyTerm term = Vocabularies.get(vocabulary).term(key);
		assertNotNull(term, key + " in " + Vocabularies.get(vocabulary).keys());
		assertEquals(ExampleIds.BUNDLE, term.contributor());
		assertEquals(label, term.label());
		assertNotNull(term.description(), key);
	}
}
