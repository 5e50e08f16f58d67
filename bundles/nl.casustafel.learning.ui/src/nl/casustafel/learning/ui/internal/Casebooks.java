/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import nl.casustafel.core.ActiveSessionListener;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookSessionListener;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.model.Casebook;

/**
 * The workbench's active casebook as the learning views see it: the {@link CasebookService}
 * (tracked OSGi service), its active session, and one notification for everything that should make
 * a view refresh (another casebook became active, a command ran, undo/redo, revert). Listeners are
 * called on the UI thread.
 */
public final class Casebooks {

	private static ServiceTracker<CasebookService, CasebookService> tracker;
	private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
	private static CasebookSession watched;

	private static final CommandStackListener STACK_LISTENER = event -> fire();

	private static final CasebookSessionListener SESSION_LISTENER = new CasebookSessionListener() {
		@Override
		public void reloaded(CasebookSession session) {
			fire();
		}

		@Override
		public void closed(CasebookSession session) {
			fire();
		}
	};

	private static final ActiveSessionListener ACTIVE_LISTENER = (previous, current) -> {
		watch(current);
		fire();
	};

	private Casebooks() {
	}

	/**
	 * @return the casebook service, or {@code null} when it is not registered
	 */
	public static synchronized CasebookService service() {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(Casebooks.class);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return null;
			}
			// Follow the service also when Declarative Services registers it after a view opened.
			tracker = new ServiceTracker<>(context, CasebookService.class, null) {
				@Override
				public CasebookService addingService(ServiceReference<CasebookService> reference) {
					CasebookService added = super.addingService(reference);
					if (added != null) {
						added.addActiveSessionListener(ACTIVE_LISTENER);
						watch(added.getActiveSession());
						fire();
					}
					return added;
				}

				@Override
				public void removedService(ServiceReference<CasebookService> reference, CasebookService removed) {
					removed.removeActiveSessionListener(ACTIVE_LISTENER);
					watch(null);
					fire();
					super.removedService(reference, removed);
				}
			};
			tracker.open();
		}
		return tracker.getService();
	}

	/**
	 * @return the active casebook session, or {@code null} when no casebook is open
	 */
	public static CasebookSession session() {
		CasebookService service = service();
		CasebookSession session = service == null ? null : service.getActiveSession();
		if (session != null && !session.isClosed()) {
			if (session != watched) {
				watch(session);
			}
			return session;
		}
		return null;
	}

	/**
	 * @return the active casebook, or {@code null}
	 */
	public static Casebook casebook() {
		CasebookSession session = session();
		return session == null ? null : session.getCasebook();
	}

	/**
	 * @return the active casebook's editing domain, or {@code null}
	 */
	public static EditingDomain domain() {
		CasebookSession session = session();
		return session == null ? null : session.getEditingDomain();
	}

	/**
	 * @return whether a casebook is open for editing
	 */
	public static boolean editable() {
		CasebookSession session = session();
		return session != null && !session.isReadOnly();
	}

	/**
	 * Runs a command on the active casebook's command stack.
	 *
	 * @param command the command
	 * @return whether it ran (it does not when no casebook is open or the casebook is read-only)
	 */
	public static boolean execute(Command command) {
		EditingDomain domain = domain();
		if (domain == null || command == null || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/**
	 * @param id the id of a learning session
	 * @return the session with that id in the active casebook, or {@code null}
	 */
	public static LearningSession findSession(String id) {
		if (id == null) {
			return null;
		}
		for (LearningSession session : LearningSessions.sessions(casebook())) {
			if (id.equals(session.getId())) {
				return session;
			}
		}
		return null;
	}

	/**
	 * @param listener called (on the UI thread) when the active casebook or its content changed
	 */
	public static void addListener(Runnable listener) {
		service();
		LISTENERS.add(listener);
	}

	/**
	 * @param listener a listener added before
	 */
	public static void removeListener(Runnable listener) {
		LISTENERS.remove(listener);
	}

	private static synchronized void watch(CasebookSession session) {
		if (watched == session) {
			return;
		}
		if (watched != null && !watched.isClosed()) {
			watched.getEditingDomain().getCommandStack().removeCommandStackListener(STACK_LISTENER);
			watched.removeSessionListener(SESSION_LISTENER);
		}
		watched = session;
		if (session != null && !session.isClosed()) {
			LearningSessions.installItemProviders(session);
			session.getEditingDomain().getCommandStack().addCommandStackListener(STACK_LISTENER);
			session.addSessionListener(SESSION_LISTENER);
		}
	}

	private static void fire() {
		Display display = Display.getDefault();
		if (display.getThread() != Thread.currentThread()) {
			display.asyncExec(Casebooks::fire);
			return;
		}
		for (Runnable listener : LISTENERS) {
			listener.run();
		}
	}
}
