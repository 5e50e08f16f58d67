/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.edit.NetworkCommands;
import nl.casustafel.network.style.ContributedRelationType;
import nl.casustafel.network.style.EdgeCategory;
import nl.casustafel.network.style.EdgeType;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.tests.support.DemoCasebook;

/**
 * The example's relation types are registered with the network (meaning and line style), offered
 * for new relations, and a relation of such a type is built into the network as that type.
 */
class RelationTypeContributionTest {

	@TempDir
	Path temp;

	@Test
	void theTypesAreRegisteredWithTheirMeaningAndStyle() {
		List<ContributedRelationType> ours = EdgeTypes.contributed().stream()
				.filter(t -> ExampleIds.BUNDLE.equals(t.contributor())).toList();
		assertEquals(ExampleIds.RELATION_TYPES, ours.stream().map(ContributedRelationType::key).toList());
		EdgeType supervision = EdgeTypes.get("reclassering.toezicht");
		assertEquals("Toezicht reclassering", supervision.label());
		assertEquals(EdgeCategory.ROUTE, supervision.category());
		assertTrue(supervision.directed());
		assertEquals(0x00695C, supervision.color());
		assertEquals(3, supervision.width());
		EdgeType pairing = EdgeTypes.get("reclassering.vaste-koppeling");
		assertEquals(EdgeCategory.COOPERATION, pairing.category());
		assertFalse(pairing.directed());
		assertEquals(List.of(2, 4), Arrays.stream(pairing.dash()).boxed().toList());
		assertTrue(EdgeTypes.relationTypes().containsAll(ExampleIds.RELATION_TYPES.stream().map(EdgeTypes::get).toList()));
		assertEquals(List.of(), EdgeTypes.problems().stream().filter(p -> ExampleIds.BUNDLE.equals(p.contributor())).toList());
	}

	@Test
	void aRelationOfTheTypeIsStoredAsOtherWithItsKeyAndBuiltAsThatType() throws Exception {
		try (DemoCasebook book = DemoCasebook.create(temp)) {
			Command create = NetworkCommands.createRelation(book.session().getEditingDomain(), book.session().getCasebook(),
					"reclassering.toezicht", Find.organisation(book, "org-reclassering"), Find.organisation(book, "org-lindestroom"), null);
			CommandStack stack = book.session().getEditingDomain().getCommandStack();
			stack.execute(create);
			Relation relation = (Relation) create.getAffectedObjects().iterator().next();
			assertEquals(RelationKind.OTHER, relation.getKind());
			assertEquals("reclassering.toezicht", relation.getSubtype());
			assertEquals("reclassering.toezicht", EdgeTypes.typeOf(relation));
			List<NetworkEdge> edges = NetworkBuilder.region(book.session().getCasebook()).edges().stream()
					.filter(e -> "reclassering.toezicht".equals(e.type())).toList();
			assertEquals(1, edges.size());
			assertEquals("org-reclassering", edges.get(0).source().id());
			stack.undo();
			assertTrue(NetworkBuilder.region(book.session().getCasebook()).edges().stream().noneMatch(e -> "reclassering.toezicht".equals(e.type())));
		}
	}
}
