/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.session;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;

import nl.casustafel.core.ActiveSessionListener;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookSessionListener;
import nl.casustafel.ui.emf.UiThread;

/**
 * Follows the workbench's active casebook for a view: tells it, on the UI thread, when it must take
 * a new input (another casebook became active, the active one was reverted or closed) and when the
 * model changed through a command (edit, undo, redo). Create it in the view's
 * {@code createPartControl} and dispose it in {@code dispose}.
 */
public final class ActiveSessionTracker {

	/** What a view is told. */
	public interface Listener {

		/**
		 * The view must show this session from scratch: it became active, or it was reloaded from
		 * disk (all model objects are new instances). {@code null} when no casebook is active.
		 *
		 * @param session the session to show, or {@code null}
		 */
		void sessionChanged(CasebookSession session);

		/**
		 * A command was executed, undone or redone on the session's command stack.
		 *
		 * @param session the session
		 */
		default void modelChanged(CasebookSession session) {
			// nothing by default
		}

		/**
		 * The session got or lost unsaved changes.
		 *
		 * @param session the session
		 * @param dirty   whether it has unsaved changes
		 */
		default void dirtyStateChanged(CasebookSession session, boolean dirty) {
			// nothing by default
		}
	}

	private final Listener listener;

	private final Display display;

	private CasebookService service;

	private final ActiveSessionListener activeListener = this::activeSessionChanged;

	private final CasebookSessionListener sessionListener = new CasebookSessionListener() {
		@Override
		public void reloaded(CasebookSession session) {
			UiThread.run(display, () -> {
				if (!disposed && session == current) {
					attachCommandStack();
					listener.sessionChanged(session);
				}
			});
		}

		@Override
		public void closed(CasebookSession session) {
			UiThread.run(display, () -> {
				if (session == current) {
					show(null);
				}
			});
		}

		@Override
		public void dirtyStateChanged(CasebookSession session, boolean dirty) {
			UiThread.run(display, () -> {
				if (!disposed && session == current) {
					listener.dirtyStateChanged(session, dirty);
				}
			});
		}
	};

	private final CommandStackListener commandStackListener = this::commandStackChanged;

	private CasebookSession current;

	private CommandStack commandStack;

	private boolean disposed;

	/**
	 * Starts following the active session; the listener is told about the current one at once
	 * (when there is one; when the casebook service is not registered yet, as soon as it is).
	 *
	 * @param listener the view's listener
	 */
	public ActiveSessionTracker(Listener listener) {
		this.listener = listener;
		this.display = UiThread.display();
		Sessions.whenAvailable(available -> UiThread.run(display, () -> connect(available)));
	}

	private void connect(CasebookService available) {
		if (disposed || service != null) {
			return;
		}
		service = available;
		service.addActiveSessionListener(activeListener);
		CasebookSession active = service.getActiveSession();
		if (active != null && !active.isClosed()) {
			show(active);
		}
	}

	/**
	 * @return the session the view shows, or {@code null}
	 */
	public CasebookSession getSession() {
		return current;
	}

	private void activeSessionChanged(@SuppressWarnings("unused") CasebookSession previous, CasebookSession next) {
		UiThread.run(display, () -> {
			if (!disposed && next != current) {
				show(next == null || next.isClosed() ? null : next);
			}
		});
	}

	private void show(CasebookSession session) {
		if (disposed) {
			return;
		}
		if (current != null) {
			current.removeSessionListener(sessionListener);
		}
		current = session;
		if (current != null) {
			current.addSessionListener(sessionListener);
		}
		attachCommandStack();
		listener.sessionChanged(current);
	}

	private void attachCommandStack() {
		CommandStack stack = current == null || current.isClosed() ? null : current.getEditingDomain().getCommandStack();
		if (stack == commandStack) {
			return;
		}
		if (commandStack != null) {
			commandStack.removeCommandStackListener(commandStackListener);
		}
		commandStack = stack;
		if (commandStack != null) {
			commandStack.addCommandStackListener(commandStackListener);
		}
	}

	private void commandStackChanged(@SuppressWarnings("unused") EventObject event) {
		CasebookSession session = current;
		UiThread.run(display, () -> {
			if (!disposed && session == current && session != null) {
				listener.modelChanged(session);
			}
		});
	}

	/**
	 * Stops following; the listener is not told anything any more.
	 */
	public void dispose() {
		disposed = true;
		if (service != null) {
			service.removeActiveSessionListener(activeListener);
		}
		if (current != null) {
			current.removeSessionListener(sessionListener);
			current = null;
		}
		attachCommandStack();
	}
}
