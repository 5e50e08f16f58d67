/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.eclipse.emf.edit.provider.resource.ResourceItemProvider;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookSessionListener;
import nl.casustafel.core.OpenMode;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage.Literals;
import nl.casustafel.model.provider.CasebookItemProvider;

/**
 * Editing through commands: undo/redo, the dirty state and its events, revert, close.
 */
class SessionTest extends StorageTestSupport {

	/** Records the events of a session. */
	static final class Events implements CasebookSessionListener {

		final List<String> log = new ArrayList<>();

		@Override
		public void dirtyStateChanged(CasebookSession session, boolean dirty) {
			log.add(dirty ? "dirty" : "clean");
		}

		@Override
		public void saved(CasebookSession session) {
			log.add("saved");
		}

		@Override
		public void reloaded(CasebookSession session) {
			log.add("reloaded");
		}

		@Override
		public void closed(CasebookSession session) {
			log.add("closed");
		}
	}

	@Test
	void editingDomainIsSetUpForTheWorkbench() throws Exception {
		CasebookSession session = open(createBook(10), OpenMode.READ_WRITE);

		AdapterFactoryEditingDomain domain = session.getEditingDomain();
		assertTrue(domain.getCommandStack() instanceof org.eclipse.emf.common.command.BasicCommandStack);
		assertSame(session.getAdapterFactory(), domain.getAdapterFactory());
		assertTrue(session.getAdapterFactory().adapt(session.getCasebook(), IItemLabelProvider.class) instanceof CasebookItemProvider,
				"Casustafel item providers");
		assertTrue(session.getAdapterFactory().adapt(session.getCasebook().eResource(),
				IItemLabelProvider.class) instanceof ResourceItemProvider, "resource item providers");
		assertTrue(session.getAdapterFactory().adapt(EcoreFactory.eINSTANCE.createEAnnotation(),
				IItemLabelProvider.class) instanceof ReflectiveItemProvider, "reflective item providers");
		assertSame(domain, AdapterFactoryEditingDomain.getEditingDomainFor(session.getCasebook().getCases().get(0)),
				"views find the domain from any object");
		assertSame(session.getCasebook().eResource().getResourceSet(), domain.getResourceSet());
	}

	@Test
	void undoRedoAndDirtyState() throws Exception {
		CasebookSession session = open(createBook(10), OpenMode.READ_WRITE);
		Events events = new Events();
		session.addSessionListener(events);
		CommandStack stack = session.getEditingDomain().getCommandStack();
		Case c = findCase(session.getCasebook(), caseId(4));
		String original = c.getQuestion();

		set(session, c, Literals.CASE__QUESTION, "Nieuwe vraag");
		assertEquals("Nieuwe vraag", c.getQuestion());
		assertTrue(session.isDirty());

		stack.undo();
		assertEquals(original, c.getQuestion());
		assertFalse(session.isDirty(), "undone back to the saved state");

		stack.redo();
		assertEquals("Nieuwe vraag", c.getQuestion());
		assertTrue(session.isDirty());

		session.save();
		assertFalse(session.isDirty());
		stack.undo();
		assertTrue(session.isDirty(), "undo after a save makes the session dirty again");
		assertEquals(original, c.getQuestion());
		session.save();

		assertEquals(List.of("dirty", "clean", "dirty", "saved", "clean", "dirty", "saved", "clean"), events.log);
		session.close();
		assertEquals(original, findCase(open(session.getFolder(), OpenMode.READ_ONLY).getCasebook(), caseId(4))
				.getQuestion(), "the undo was saved");
	}

	@Test
	void undoRedoOfAddingNestedObjects() throws Exception {
		CasebookSession session = open(createBook(10), OpenMode.READ_WRITE);
		CommandStack stack = session.getEditingDomain().getCommandStack();
		Case c = findCase(session.getCasebook(), caseId(2));
		Agreement agreement = CasebookFactory.eINSTANCE.createAgreement();
		agreement.setDescription("Budgetbeheer regelen");

		execute(session, AddCommand.create(session.getEditingDomain(), c, Literals.CASE__AGREEMENTS, agreement));
		assertNotNull(agreement.getId(), "a nested object entering the casebook gets an id");
		assertSame(c.eResource(), agreement.eResource());
		stack.undo();
		assertFalse(c.getAgreements().contains(agreement));
		stack.redo();
		session.save();
		session.close();

		Case reread = findCase(open(session.getFolder(), OpenMode.READ_ONLY).getCasebook(), caseId(2));
		assertEquals("Budgetbeheer regelen", reread.getAgreements().get(2).getDescription());
		assertEquals(agreement.getId(), reread.getAgreements().get(2).getId());
	}

	@Test
	void revertReloadsFromDisk() throws Exception {
		CasebookSession session = open(createBook(10), OpenMode.READ_WRITE);
		Events events = new Events();
		session.addSessionListener(events);
		var before = session.getCasebook();
		set(session, findCase(before, caseId(1)), Literals.CASE__QUESTION, "Niet bewaren");

		session.revert();

		assertNotSame(before, session.getCasebook(), "the model is new");
		assertEquals("Wat is nodig om de situatie van Pseudo 1 te stabiliseren?",
				findCase(session.getCasebook(), caseId(1)).getQuestion());
		assertFalse(session.isDirty());
		assertFalse(session.getEditingDomain().getCommandStack().canUndo(), "the command stack is flushed");
		assertEquals(List.of("dirty", "clean", "reloaded"), events.log);
		assertSame(session.getEditingDomain(),
				AdapterFactoryEditingDomain.getEditingDomainFor(session.getCasebook().getCases().get(0)));

		set(session, findCase(session.getCasebook(), caseId(1)), Literals.CASE__QUESTION, "Wel bewaren");
		session.save();
		session.close();
		assertEquals("Wel bewaren", findCase(open(session.getFolder(), OpenMode.READ_ONLY).getCasebook(), caseId(1))
				.getQuestion());
	}

	@Test
	void failedRevertKeepsTheSession() throws Exception {
		Path folder = createBook(10);
		CasebookSession session = open(folder, OpenMode.READ_WRITE);
		var before = session.getCasebook();
		set(session, findCase(before, caseId(1)), Literals.CASE__QUESTION, "Nog niet bewaard");
		byte[] root = Files.readAllBytes(folder.resolve("casebook.xmi"));
		Files.write(folder.resolve("casebook.xmi"), new byte[0]);

		CasebookException failure = assertThrows(CasebookException.class, session::revert);

		assertEquals(CasebookException.Kind.ROOT_UNREADABLE, failure.getKind());
		assertSame(before, session.getCasebook());
		assertTrue(session.isDirty());
		Files.write(folder.resolve("casebook.xmi"), root);
		session.save();
	}

	@Test
	void closeReleasesAndFires() throws Exception {
		CasebookSession session = open(createBook(10), OpenMode.READ_WRITE);
		Events events = new Events();
		session.addSessionListener(events);

		session.close();
		session.close();

		assertTrue(session.isClosed());
		assertEquals(List.of("closed"), events.log);
		assertEquals(CasebookException.Kind.CLOSED, assertThrows(CasebookException.class, session::save).getKind());
	}
}
