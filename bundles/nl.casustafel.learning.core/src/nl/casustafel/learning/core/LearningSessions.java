/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.learning.core.internal.Messages;
import nl.casustafel.learning.model.LearningFactory;
import nl.casustafel.learning.model.LearningLibrary;
import nl.casustafel.learning.model.LearningMethod;
import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.SessionMode;
import nl.casustafel.learning.model.SessionState;
import nl.casustafel.learning.model.TheoryItem;
import nl.casustafel.learning.model.provider.LearningItemProviderAdapterFactory;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookPackage;

/**
 * Where a casebook keeps its learning material, and the commands that create it.
 * <p>
 * A casebook has at most one {@link LearningLibrary}, stored in {@link Casebook#getContributions()}
 * (so it is saved, locked and undone like everything else). It holds the theory library and the
 * sessions. Every change goes through a command on the session's editing domain.
 * </p>
 *
 * @since 0.1
 */
public final class LearningSessions {

	private LearningSessions() {
		// static access only
	}

	/**
	 * @param casebook a casebook
	 * @return its learning library, or {@code null} when it has none yet
	 */
	public static LearningLibrary library(Casebook casebook) {
		if (casebook == null) {
			return null;
		}
		for (EObject contribution : CasebookLists.resolved(casebook.getContributions())) {
			if (contribution instanceof LearningLibrary library) {
				return library;
			}
		}
		return null;
	}

	/**
	 * @param casebook a casebook
	 * @return its learning sessions, latest date first; empty when it has none
	 */
	public static List<LearningSession> sessions(Casebook casebook) {
		LearningLibrary library = library(casebook);
		if (library == null) {
			return List.of();
		}
		List<LearningSession> sessions = new ArrayList<>(library.getSessions());
		sessions.sort(Comparator.comparing(LearningSession::getDate, Comparator.nullsFirst(Comparator.naturalOrder()))
				.reversed());
		return sessions;
	}

	/**
	 * @param casebook a casebook
	 * @return its theory items, by title; empty when it has none
	 */
	public static List<TheoryItem> theoryItems(Casebook casebook) {
		LearningLibrary library = library(casebook);
		if (library == null) {
			return List.of();
		}
		List<TheoryItem> items = new ArrayList<>(library.getTheoryItems());
		items.sort(Comparator.comparing(item -> item.getTitle() == null ? "" : item.getTitle(), //$NON-NLS-1$
				String.CASE_INSENSITIVE_ORDER));
		return items;
	}

	/**
	 * Creates a session that follows a method. The session gets its own copy of the method, so its
	 * record stays complete when the method changes or its plugin is removed.
	 *
	 * @param method the method, for example from {@link LearningMethods#find(String)}
	 * @param title  the title
	 * @param date   the date and time, may be {@code null}
	 * @return a new session in preparation, not yet in any casebook
	 */
	public static LearningSession newSession(LearningMethod method, String title, Date date) {
		LearningSession session = LearningFactory.eINSTANCE.createLearningSession();
		session.setTitle(title);
		session.setDate(date);
		session.setMode(SessionMode.IN_PERSON);
		session.setState(SessionState.PREPARING);
		session.setMethod(EcoreUtil.copy(method));
		return session;
	}

	/**
	 * @param domain   the casebook's editing domain
	 * @param casebook the casebook
	 * @param session  a new session
	 * @return a command adding the session (and the learning library, when the casebook has none)
	 */
	public static Command addSession(EditingDomain domain, Casebook casebook, LearningSession session) {
		return add(domain, casebook, LearningPackage.Literals.LEARNING_LIBRARY__SESSIONS, session,
				Messages.command_addSession);
	}

	/**
	 * @param domain   the casebook's editing domain
	 * @param casebook the casebook
	 * @param item     a new theory item
	 * @return a command adding the item to the theory library (creating the library when needed)
	 */
	public static Command addTheoryItem(EditingDomain domain, Casebook casebook, TheoryItem item) {
		return add(domain, casebook, LearningPackage.Literals.LEARNING_LIBRARY__THEORY_ITEMS, item,
				Messages.command_addTheoryItem);
	}

	private static Command add(EditingDomain domain, Casebook casebook, org.eclipse.emf.ecore.EReference feature,
			EObject value, String label) {
		LearningLibrary library = library(casebook);
		CompoundCommand command = new CompoundCommand(label);
		if (library == null) {
			LearningLibrary created = LearningFactory.eINSTANCE.createLearningLibrary();
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) created.eGet(feature);
			list.add(value);
			command.append(AddCommand.create(domain, casebook, CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS, created));
		} else {
			command.append(AddCommand.create(domain, library, feature, value));
		}
		return command;
	}

	/**
	 * Makes the learning model's item providers (labels, property descriptors) available through a
	 * casebook session's adapter factory, ahead of its reflective fallback. Calling it again has no
	 * effect.
	 *
	 * @param session an open casebook session
	 */
	public static void installItemProviders(CasebookSession session) {
		installItemProviders(session.getAdapterFactory());
	}

	/**
	 * @param adapterFactory a composed adapter factory, for example a casebook session's
	 */
	public static void installItemProviders(ComposedAdapterFactory adapterFactory) {
		for (AdapterFactory factory : factories(adapterFactory)) {
			if (factory instanceof LearningItemProviderAdapterFactory) {
				return;
			}
		}
		adapterFactory.insertAdapterFactory(new LearningItemProviderAdapterFactory());
	}

	private static Collection<AdapterFactory> factories(ComposedAdapterFactory adapterFactory) {
		// ComposedAdapterFactory has no getter for its list: probe with our package.
		List<AdapterFactory> found = new ArrayList<>();
		AdapterFactory factory = adapterFactory.getFactoryForType(LearningPackage.eINSTANCE);
		if (factory != null) {
			found.add(factory);
		}
		return found;
	}
}
