/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import nl.casustafel.core.ActiveSessionListener;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookSessionListener;

/**
 * The casebook service and the active session for the views of this bundle, and "today" (a clock
 * tests can replace).
 */
public final class Sessions {

	private static Clock clock = Clock.systemDefaultZone();

	private Sessions() {
	}

	/** @return the casebook service, or {@code null} when it is not registered */
	public static CasebookService service() {
		Bundle bundle = FrameworkUtil.getBundle(Sessions.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return null;
		}
		ServiceReference<CasebookService> reference = context.getServiceReference(CasebookService.class);
		return reference == null ? null : context.getService(reference);
	}

	/** @return the active session, or {@code null} */
	public static CasebookSession active() {
		CasebookService service = service();
		return service == null ? null : service.getActiveSession();
	}

	/** @return the clock of the meeting views */
	public static Clock clock() {
		return clock;
	}

	/**
	 * Replaces the clock (tests).
	 *
	 * @param newClock the clock, or {@code null} for the system clock
	 */
	public static void setClock(Clock newClock) {
		clock = newClock == null ? Clock.systemDefaultZone() : newClock;
	}

	/** @return today according to {@link #clock()} */
	public static LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Follows the active session and its command stack for a view: calls back (on the UI thread,
	 * coalesced) when the active session changes, after every command, undo and redo, and after a
	 * revert. Dispose it with the view.
	 */
	public static final class Tracker implements ActiveSessionListener, CommandStackListener, CasebookSessionListener {

		private final Control owner;
		private final Runnable refresh;
		private final CasebookService service;
		private CasebookSession session;
		private boolean pending;

		/**
		 * @param owner   the control whose display runs the refresh; the tracker stops with it
		 * @param refresh what to do
		 */
		public Tracker(Control owner, Runnable refresh) {
			this.owner = owner;
			this.refresh = refresh;
			this.service = service();
			if (service != null) {
				service.addActiveSessionListener(this);
				attach(service.getActiveSession());
			}
			owner.addDisposeListener(e -> dispose());
		}

		/** @return the session followed now, or {@code null} */
		public CasebookSession session() {
			return session;
		}

		@Override
		public void activeSessionChanged(CasebookSession previous, CasebookSession current) {
			Display display = owner.isDisposed() ? null : owner.getDisplay();
			if (display == null) {
				return;
			}
			display.asyncExec(() -> {
				if (!owner.isDisposed()) {
					attach(current);
					refresh.run();
				}
			});
		}

		@Override
		public void commandStackChanged(EventObject event) {
			schedule();
		}

		@Override
		public void reloaded(CasebookSession reloaded) {
			schedule();
		}

		@Override
		public void closed(CasebookSession closed) {
			schedule();
		}

		private void schedule() {
			if (pending || owner.isDisposed()) {
				return;
			}
			pending = true;
			owner.getDisplay().asyncExec(() -> {
				pending = false;
				if (!owner.isDisposed()) {
					refresh.run();
				}
			});
		}

		private void attach(CasebookSession newSession) {
			if (newSession == session) {
				return;
			}
			detach();
			session = newSession;
			if (session != null && !session.isClosed()) {
				session.getEditingDomain().getCommandStack().addCommandStackListener(this);
				session.addSessionListener(this);
			}
		}

		private void detach() {
			if (session != null) {
				session.getEditingDomain().getCommandStack().removeCommandStackListener(this);
				session.removeSessionListener(this);
			}
			session = null;
		}

		/** Stops following. */
		public void dispose() {
			if (service != null) {
				service.removeActiveSessionListener(this);
			}
			detach();
		}
	}
}
