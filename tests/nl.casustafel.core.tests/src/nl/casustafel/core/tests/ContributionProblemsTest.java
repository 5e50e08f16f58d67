/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblems;
import nl.casustafel.core.RankedServices;
import nl.casustafel.core.spi.ContributionProblemSource;
import nl.casustafel.core.vocabulary.Vocabularies;

/**
 * Every problem with what plug-ins contribute is listed in one place: the vocabulary problems of the
 * test plug-in {@value #PARTNER} come from a {@link ContributionProblemSource} service, errors come
 * first, and a source that fails is named instead of hiding the others.
 */
class ContributionProblemsTest {

	private static final String PARTNER = "nl.casustafel.tests.partner";

	private static final String FAILING_POINT = "nl.casustafel.tests.failingPoint";

	@Test
	void theVocabularyProblemsAreListedByAProblemSourceService() {
		List<ContributionProblemSource> sources = RankedServices.all(ContributionProblemSource.class).stream()
				.filter(source -> Vocabularies.EXTENSION_POINT_ID.equals(source.extensionPoint())).toList();
		assertEquals(1, sources.size(), "core registers one source for its vocabularies");
		assertEquals(Vocabularies.problems(), sources.get(0).problems());
		assertTrue(sources.get(0).problems().stream().anyMatch(p -> PARTNER.equals(p.contributor())),
				"the broken terms of the test partner are there");
	}

	@Test
	void allProblemsNameTheirPluginsWithErrorsFirst() {
		List<ContributionProblem> all = ContributionProblems.all();

		assertTrue(all.containsAll(Vocabularies.problems()), () -> "every vocabulary problem is listed: " + all);
		assertTrue(ContributionProblems.contributors(all).contains(PARTNER));
		int lastError = all.stream().filter(ContributionProblem::isError).mapToInt(all::indexOf).max().orElse(-1);
		int firstWarning = all.stream().filter(p -> !p.isError()).mapToInt(all::indexOf).min().orElse(all.size());
		assertTrue(lastError < firstWarning, () -> "errors come before warnings: " + all);
	}

	@Test
	void aSourceThatFailsIsNamedAndTheOthersAreStillAsked() {
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		Dictionary<String, Object> first = new Hashtable<>();
		first.put(Constants.SERVICE_RANKING, Integer.valueOf(1000));
		ServiceRegistration<?> failing = context.registerService(ContributionProblemSource.class,
				source(FAILING_POINT, () -> {
					throw new IllegalStateException("kapotte bron");
				}), first);
		ServiceRegistration<?> empty = context.registerService(ContributionProblemSource.class,
				source(FAILING_POINT + ".empty", () -> null), first);
		try {
			List<ContributionProblem> all = ContributionProblems.all();

			List<ContributionProblem> failure = all.stream().filter(p -> FAILING_POINT.equals(p.extensionPoint())).toList();
			assertEquals(1, failure.size(), all::toString);
			assertTrue(failure.get(0).isError());
			assertEquals(context.getBundle().getSymbolicName(), failure.get(0).contributor(),
					"names the plug-in that registered the source");
			assertTrue(failure.get(0).message().contains("kapotte bron"), failure.get(0)::toString);
			assertTrue(all.containsAll(Vocabularies.problems()), "the other sources are still asked");
			assertTrue(all.stream().noneMatch(p -> p.extensionPoint().startsWith(FAILING_POINT + ".")),
					"a source without problems adds none");
		} finally {
			failing.unregister();
			empty.unregister();
		}
	}

	private static ContributionProblemSource source(String extensionPoint, Supplier<List<ContributionProblem>> problems) {
		return new ContributionProblemSource() {
			@Override
			public String extensionPoint() {
				return extensionPoint;
			}

			@Override
			public List<ContributionProblem> problems() {
				return problems.get();
			}
		};
	}
}
