/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkFilter;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NetworkSearch;

class NetworkFilterTest {

	private final NetworkGraph region = NetworkBuilder.region(Fixtures.region());

	@Test
	void showingEverythingReturnsTheGraphItself() {
		assertSame(region, NetworkFilter.all().apply(region));
	}

	@Test
	void hidingARelationTypeRemovesItsEdgesOnly() {
		NetworkGraph shown = NetworkFilter.all().withType("COVENANT", false).withType("TENSION", false).apply(region);
		assertEquals(10, shown.nodes().size());
		assertEquals(Set.of("r1", "r2", "r3", "r4", "r5", "r6", "r8", "r9", "r10"), edgeIds(shown));
		NetworkGraph back = NetworkFilter.all().withType("COVENANT", false).withType("COVENANT", true).apply(region);
		assertEquals(18, back.edges().size());
	}

	@Test
	void hidingALogicRemovesItsOrganisationsAndTheirEdges() {
		NetworkGraph shown = NetworkFilter.all().withLogic(OrganisationLogic.JUSTICE, false).apply(region);
		assertEquals(Set.of("zvh", "gem", "vz", "ggz", "woon", "stuur", "cov-1"), NetworkBuilderTest.ids(shown),
				"pol, om and recl are justice; the covenant has no logic and stays");
		assertEquals(Set.of("r2", "r3", "r6", "r7", "r8", "r9", "r10"),
				edgeIds(shown).stream().filter(id -> id.startsWith("r")).collect(Collectors.toSet()));
	}

	@Test
	void theTimeSliderShowsWhatHoldsOnTheDay() {
		assertEquals(Set.of("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r9"), relationIds(on(2025, 2, 1)),
				"r8 starts in March 2025, r10 in 2026");
		assertEquals(Set.of("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"), relationIds(on(2025, 12, 1)),
				"r9 ended on 30 June 2025");
		assertEquals(Set.of("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"), relationIds(on(2025, 6, 30)),
				"the last day counts");
		assertEquals(Set.of("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r10"), relationIds(on(2026, 1, 1)),
				"the first day counts");
	}

	@Test
	void theTimeSpanCoversEveryDate() {
		LocalDate[] span = region.timeSpan();
		assertEquals(LocalDate.of(2025, 1, 1), span[0]);
		assertEquals(LocalDate.of(2026, 1, 1), span[1]);
	}

	@Test
	void focusKeepsTheNeighbourhoodWithinTheHops() {
		NetworkFilter noCovenant = NetworkFilter.all().withType("COVENANT", false);
		NetworkGraph one = noCovenant.withFocus("pol", 1).apply(region);
		assertEquals(Set.of("pol", "zvh"), NetworkBuilderTest.ids(one));
		NetworkGraph two = noCovenant.withFocus("pol", 2).apply(region);
		assertEquals(Set.of("pol", "zvh", "ggz", "stuur", "woon", "gem"), NetworkBuilderTest.ids(two));
		assertEquals(Set.of("r1", "r2", "r6", "r8", "r9"), edgeIds(two));
		NetworkGraph isolated = noCovenant.withFocus("om", 3).apply(region);
		assertEquals(Set.of("om", "recl"), NetworkBuilderTest.ids(isolated));
	}

	@Test
	void focusOnAHiddenNodeShowsNothing() {
		NetworkGraph shown = NetworkFilter.all().withLogic(OrganisationLogic.JUSTICE, false).withFocus("pol", 2)
				.apply(region);
		assertTrue(shown.isEmpty());
	}

	@Test
	void searchIgnoresCaseAndAccentsAndPutsPrefixMatchesFirst() {
		List<NetworkNode> found = NetworkSearch.find(region, "testregio");
		assertEquals(List.of("cov-1", "gem", "ggz", "pol", "recl", "vz", "woon", "zvh"),
				found.stream().map(NetworkNode::id).toList(), "by label: Convenant Testregio, Gemeente, GGZ, ...");
		assertEquals(List.of("gem", "ggz"), NetworkSearch.find(region, "g").stream().limit(2).map(NetworkNode::id).toList(),
				"labels starting with the text come first");
		assertEquals(List.of("zvh"), NetworkSearch.find(region, "VEILIGHEIDSHUIS").stream().map(NetworkNode::id).toList());
		assertEquals(List.of("stuur"), NetworkSearch.find(region, "stúúrgroep").stream().map(NetworkNode::id).toList());
		assertTrue(NetworkSearch.find(region, "  ").isEmpty());
	}

	private NetworkGraph on(int year, int month, int day) {
		return NetworkFilter.all().withDay(LocalDate.of(year, month, day)).apply(region);
	}

	private static Set<String> relationIds(NetworkGraph graph) {
		return edgeIds(graph).stream().filter(id -> id.startsWith("r")).collect(Collectors.toSet());
	}

	static Set<String> edgeIds(NetworkGraph graph) {
		return graph.edges().stream().map(NetworkEdge::id).collect(Collectors.toSet());
	}
}
