/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.learning.core.Capture;
import nl.casustafel.learning.core.LearningPointsAggregation;
import nl.casustafel.learning.core.LearningPointsAggregation.Period;
import nl.casustafel.learning.core.LearningPointsAggregation.TagGroup;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.core.demo.LearningDemo;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.SessionMode;
import nl.casustafel.learning.model.StepLog;
import nl.casustafel.model.Casebook;

/**
 * The demo learning session of GUIDE 10 in the demo region (added by the learning bundle's demo
 * contributor), saved and read back with the casebook; learning points gathered across sessions.
 */
class DemoAndAggregationTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	@TempDir
	Path folder;

	@Test
	void demoRegionCarriesTheLearningSessionOfThirdMarch() {
		Casebook casebook = DemoRegion.create();

		assertNotNull(LearningSessions.library(casebook), "the demo contributor (an OSGi service) added the library");
		LearningSession march = Fixtures.demoSession(casebook, LearningDemo.SESSION_MARCH);
		Capture capture = new Capture(march, null, null);
		assertEquals("Anouk Peters", march.getChair().getName());
		assertEquals("Eva Koster", march.getInbrenger().getName());
		assertEquals("PI De Lindehorst", march.getHost().getName());
		assertEquals(SessionMode.HYBRID, march.getMode());
		assertEquals(6, march.getParticipants().size());
		assertEquals(1, march.getParticipants().stream().filter(p -> p.isGuest()).count());
		assertEquals(14, capture.contributions(null, CaptureKind.QUESTION, null).size());
		assertEquals(6, capture.contributions(null, CaptureKind.ADVICE, null).size());
		assertEquals(4, capture.contributions(null, CaptureKind.ADVICE, null).stream().filter(c -> c.getTheory() != null).count());
		assertEquals(3, capture.contributions(null, CaptureKind.ACTION, null).size());
		assertEquals(4, march.getLearningPoints().size());
		assertTrue(march.getLearningPoints().stream().allMatch(p -> !p.getTags().isEmpty()));
		StepLog analyse = march.getStepLogs().get(3);
		assertEquals(20 * 60, analyse.getActualSeconds());
		assertEquals(15, analyse.getStep().getMinutes());
		assertEquals(LocalDate.of(2026, 3, 3), march.getMinutesSentOn().toInstant().atZone(ZONE).toLocalDate());
		assertEquals(List.of("Fasen van gedragsverandering", "Motiverende gespreksvoering"),
				march.getTheoryItems().stream().map(t -> t.getTitle()).toList());
		for (String slug : List.of("gerda-smit", "youssef-amrani", "mark-de-boer", "jeroen-visser", "fatma-yilmaz")) {
			assertTrue(capture.contributions(march.getMethod().getSteps().get(2), CaptureKind.QUESTION, Fixtures.participant(march, slug)).size() <= 3);
		}
	}

	@Test
	void learningDataIsSavedAndReadBackWithTheCasebook() throws Exception {
		Path book = folder.resolve("book");
		try (CasebookSession session = CasebookServices.newService().create(book, DemoRegion.create())) {
			assertTrue(session.getFolder().resolve("contributions").toFile().isDirectory());
		}
		try (CasebookSession session = CasebookServices.newService().open(book, OpenMode.READ_ONLY)) {
			assertTrue(session.problems().isEmpty(), () -> session.problems().toString());
			LearningSession march = Fixtures.demoSession(session.getCasebook(), LearningDemo.SESSION_MARCH);
			assertEquals("Eva Koster", march.getInbrenger().getName(), "reference into the professionals file resolves");
			assertEquals(march.getMethod().getSteps().get(3), march.getStepLogs().get(3).getStep());
			assertEquals(5, LearningSessions.theoryItems(session.getCasebook()).size());
			assertEquals(3, LearningSessions.sessions(session.getCasebook()).size());
		}
	}

	@Test
	void learningPointsAreGatheredByTagAndPeriod() {
		Casebook casebook = DemoRegion.create();
		List<LearningSession> sessions = LearningSessions.sessions(casebook);

		List<TagGroup> all = LearningPointsAggregation.byTag(sessions, null, null, ZONE);
		List<TagGroup> march = LearningPointsAggregation.byTag(sessions, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ZONE);
		Map<String, Map<String, Integer>> quarters = LearningPointsAggregation.countByPeriod(sessions, Period.QUARTER, ZONE);

		assertEquals("detentiefasering", all.get(0).tag(), "3 points: the theme that keeps coming back");
		assertEquals(3, all.get(0).entries().size());
		assertEquals(2, march.stream().filter(g -> g.tag().equals("motivatie")).findFirst().orElseThrow().entries().size());
		assertTrue(march.stream().noneMatch(g -> g.tag().equals("veiligheid")), "December is outside March");
		assertEquals(List.of("2025-Q4", "2026-Q1", "2026-Q2"), List.copyOf(quarters.keySet()));
		assertEquals(Integer.valueOf(2), quarters.get("2026-Q1").get("detentiefasering"));
		assertEquals(Integer.valueOf(1), quarters.get("2025-Q4").get("detentiefasering"));
		assertEquals(Map.of("2025-Q4", 3, "2026-Q1", 4, "2026-Q2", 0),
				LearningPointsAggregation.pointsByPeriod(sessions, Period.QUARTER, ZONE), "a point with two tags counts once");
	}
}
