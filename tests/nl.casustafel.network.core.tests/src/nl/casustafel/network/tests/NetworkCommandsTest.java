/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.diagram.NetworkDiagram;
import nl.casustafel.network.edit.NetworkCommands;
import nl.casustafel.network.layout.Point;

class NetworkCommandsTest {

	private final Casebook casebook = Fixtures.region();

	private final AdapterFactoryEditingDomain domain = Fixtures.domain(casebook);

	private final CommandStack stack = domain.getCommandStack();

	@Test
	void aRelationDrawnFromNodeToNodeCanBeUndoneAndRedone() {
		Organisation ggz = Fixtures.organisation(casebook, "ggz");
		Organisation woon = Fixtures.organisation(casebook, "woon");
		Case aCase = Fixtures.caseT01(casebook);
		Command create = NetworkCommands.createRelation(domain, casebook, RelationKind.COOPERATION, ggz, woon, aCase);
		assertTrue(create.canExecute());
		stack.execute(create);
		Relation relation = Fixtures.relation(casebook, "rel-cooperation-ggz-woon");
		assertSame(ggz, relation.getSource());
		assertSame(aCase, relation.getCase());
		assertEquals(List.of(relation), List.copyOf(create.getAffectedObjects()));
		assertTrue(stack.getUndoCommand().getLabel().contains("Samenwerking")
				|| stack.getUndoCommand().getLabel().contains("Cooperation"), stack.getUndoCommand().getLabel());

		stack.undo();
		assertNull(Fixtures.relation(casebook, "rel-cooperation-ggz-woon"));
		stack.redo();
		assertSame(relation, Fixtures.relation(casebook, "rel-cooperation-ggz-woon"));

		Command second = NetworkCommands.createRelation(domain, casebook, RelationKind.COOPERATION, ggz, woon, null);
		stack.execute(second);
		assertEquals("rel-cooperation-ggz-woon-2", casebook.getRelations().get(casebook.getRelations().size() - 1).getId());
	}

	@Test
	void aRelationToItselfCannotBeDrawn() {
		Organisation ggz = Fixtures.organisation(casebook, "ggz");
		assertFalse(NetworkCommands.createRelation(domain, casebook, RelationKind.REFERRAL, ggz, ggz, null).canExecute());
		Relation r1 = Fixtures.relation(casebook, "r1");
		assertFalse(NetworkCommands.reconnect(domain, r1, null, r1.getSource()).canExecute());
	}

	@Test
	void kindReconnectAndDeleteAreCommands() {
		Relation r1 = Fixtures.relation(casebook, "r1");
		stack.execute(NetworkCommands.setKind(domain, r1, RelationKind.INFORMATION_SHARING));
		assertEquals(RelationKind.INFORMATION_SHARING, r1.getKind());
		stack.execute(NetworkCommands.reconnect(domain, r1, null, Fixtures.organisation(casebook, "gem")));
		assertEquals("gem", r1.getTarget().getId());
		stack.execute(NetworkCommands.deleteRelations(domain, casebook, List.of(r1)));
		assertNull(Fixtures.relation(casebook, "r1"));
		stack.undo();
		stack.undo();
		stack.undo();
		assertEquals(RelationKind.REFERRAL, r1.getKind());
		assertEquals("zvh", r1.getTarget().getId());
		assertSame(r1, Fixtures.relation(casebook, "r1"));
	}

	@Test
	void pinningCreatesTheDiagramMovesPinsAndUndoes() {
		String scope = NetworkBuilder.REGION_SCOPE;
		assertTrue(NetworkCommands.pinnedPositions(casebook, scope).isEmpty());
		stack.execute(NetworkCommands.pin(domain, casebook, scope, Map.of("zvh", new Point(10, 20))));
		NetworkDiagram diagram = NetworkCommands.diagram(casebook, scope);
		assertEquals("diagram-region", diagram.getId());
		assertEquals(Map.of("zvh", new Point(10, 20)), NetworkCommands.pinnedPositions(casebook, scope));

		Map<String, Point> moves = new LinkedHashMap<>();
		moves.put("zvh", new Point(30, 40));
		moves.put("gem", new Point(-5, 0));
		stack.execute(NetworkCommands.pin(domain, casebook, scope, moves));
		assertEquals(moves, NetworkCommands.pinnedPositions(casebook, scope));
		assertSame(diagram, NetworkCommands.diagram(casebook, scope), "one diagram per scope");
		assertTrue(NetworkCommands.pinnedPositions(casebook, "case:case-T-01").isEmpty(), "scopes are apart");

		stack.undo();
		assertEquals(Map.of("zvh", new Point(10, 20)), NetworkCommands.pinnedPositions(casebook, scope));
		stack.execute(NetworkCommands.unpin(domain, casebook, scope, List.of("zvh")));
		assertTrue(NetworkCommands.pinnedPositions(casebook, scope).isEmpty());
		assertFalse(NetworkCommands.unpin(domain, casebook, scope, null).canExecute(), "nothing left to unpin");
		stack.undo();
		stack.undo();
		assertNull(NetworkCommands.diagram(casebook, scope), "undoing the first pin removes the diagram");
	}

	@Test
	void pinnedPositionsAreSavedWithTheCasebook(@TempDir Path folder) throws Exception {
		CasebookService service = CasebookServices.newService();
		Path book = folder.resolve("book");
		try (CasebookSession session = service.create(book, Fixtures.region())) {
			Casebook saved = session.getCasebook();
			session.getEditingDomain().getCommandStack().execute(NetworkCommands.pin(session.getEditingDomain(), saved,
					"case:case-T-01", Map.of("p-vera", new Point(120, -40))));
			assertTrue(session.isDirty());
			session.save();
		}
		try (CasebookSession session = service.open(book, OpenMode.READ_ONLY)) {
			assertTrue(session.problems().isEmpty(), () -> session.problems().toString());
			assertEquals(Map.of("p-vera", new Point(120, -40)),
					NetworkCommands.pinnedPositions(session.getCasebook(), "case:case-T-01"));
		}
	}
}
