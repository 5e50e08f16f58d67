/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import java.util.EventObject;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import nl.casustafel.core.ActiveSessionListener;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookSessionListener;

/**
 * The workbench's view of the active casebook: which session is active and when anything the
 * shell shows about it changes (another casebook became active, dirty state, saved, reverted, a
 * command executed, undone or redone). Listeners are told in the UI thread, whichever thread the
 * change came from; the window title, the expression variables and the Save/Undo/Redo handlers
 * follow it.
 */
public final class ActiveCasebook {

	/**
	 * Told in the UI thread when the active casebook or its state changed.
	 */
	@FunctionalInterface
	public interface Listener {

		/**
		 * @param state this tracker; {@link ActiveCasebook#session()} is the active session
		 */
		void activeCasebookChanged(ActiveCasebook state);
	}

	private static final ActiveCasebook INSTANCE = new ActiveCasebook();

	private final ListenerList<Listener> listeners = new ListenerList<>();

	private final ActiveSessionListener activeSessionListener = (previous, current) -> post(
			() -> track(current));

	private final CasebookSessionListener sessionListener = new CasebookSessionListener() {
		@Override
		public void dirtyStateChanged(CasebookSession changed, boolean dirty) {
			post(ActiveCasebook.this::fire);
		}

		@Override
		public void saved(CasebookSession changed) {
			post(ActiveCasebook.this::fire);
		}

		@Override
		public void reloaded(CasebookSession changed) {
			post(ActiveCasebook.this::fire);
		}

		@Override
		public void closed(CasebookSession changed) {
			post(() -> track(currentOfService()));
		}
	};

	private final CommandStackListener commandStackListener = this::commandStackChanged;

	private volatile CasebookService service;

	private CasebookSession session;

	private CommandStack commandStack;

	private ActiveCasebook() {
	}

	/**
	 * @return the tracker of the workbench
	 */
	public static ActiveCasebook get() {
		return INSTANCE;
	}

	/**
	 * Follows the active session of a service (done once by the workbench at start-up).
	 *
	 * @param casebookService the service; {@code null} disconnects
	 */
	public synchronized void connect(CasebookService casebookService) {
		if (casebookService == service) {
			return;
		}
		if (service != null) {
			service.removeActiveSessionListener(activeSessionListener);
		}
		service = casebookService;
		if (casebookService != null) {
			casebookService.addActiveSessionListener(activeSessionListener);
		}
		post(() -> track(currentOfService()));
	}

	/**
	 * @return the service followed, or {@code null} before {@link #connect(CasebookService)}
	 */
	public CasebookService service() {
		return service;
	}

	/**
	 * @return the active session as last seen in the UI thread, or {@code null} when no casebook is
	 *         open
	 */
	public CasebookSession session() {
		CasebookSession current = session;
		return current == null || current.isClosed() ? null : current;
	}

	/**
	 * Adds a listener (told in the UI thread). Adding it twice has no effect.
	 *
	 * @param listener the listener
	 */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/**
	 * @param listener a listener added before
	 */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private CasebookSession currentOfService() {
		CasebookService s = service;
		return s == null ? null : s.getActiveSession();
	}

	private void commandStackChanged(@SuppressWarnings("unused") EventObject event) {
		post(this::fire);
	}

	/** Runs in the UI thread: follows the session now active. */
	private void track(CasebookSession current) {
		CasebookSession now = current == null || current.isClosed() ? null : current;
		if (now != session) {
			if (session != null) {
				session.removeSessionListener(sessionListener);
			}
			if (commandStack != null) {
				commandStack.removeCommandStackListener(commandStackListener);
				commandStack = null;
			}
			session = now;
			if (now != null) {
				now.addSessionListener(sessionListener);
				commandStack = now.getEditingDomain().getCommandStack();
				commandStack.addCommandStackListener(commandStackListener);
			}
		}
		fire();
	}

	private void fire() {
		for (Listener listener : listeners) {
			listener.activeCasebookChanged(this);
		}
	}

	/** Runs the task in the UI thread: now when called there, else as soon as possible. */
	private static void post(Runnable task) {
		if (!PlatformUI.isWorkbenchRunning()) {
			Display current = Display.getCurrent();
			if (current != null) {
				task.run();
			}
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (display.isDisposed()) {
			return;
		}
		if (display.getThread() == Thread.currentThread()) {
			task.run();
		} else {
			display.asyncExec(() -> {
				if (!display.isDisposed()) {
					task.run();
				}
			});
		}
	}
}
