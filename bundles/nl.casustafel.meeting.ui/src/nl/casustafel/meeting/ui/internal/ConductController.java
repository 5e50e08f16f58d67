/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.meeting.core.Audience;
import nl.casustafel.meeting.core.ConductSession;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.ProjectedItem;
import nl.casustafel.meeting.ui.MeetingUi;
import nl.casustafel.model.Meeting;
import nl.casustafel.projector.ui.ProjectorService;

/**
 * Conduct mode in the workbench: one running {@link ConductSession}, the projector showing its
 * current item (masked for the room), the chair console driving it, and the countdown ticking
 * every second. At most one meeting runs at a time.
 */
public final class ConductController {

	private static ConductController current;

	private final CasebookSession casebookSession;
	private final ConductSession session;
	private final Display display;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener stackListener = this::modelChanged;
	private final Runnable tick = this::tick;
	private ItemProjectorContent content;
	private boolean blanked;
	private boolean renderPending;

	private ConductController(CasebookSession casebookSession, Meeting meeting, Display display) {
		this.casebookSession = casebookSession;
		this.display = display;
		this.session = new ConductSession(casebookSession.getEditingDomain(), meeting, Sessions.clock());
	}

	/** @return the running controller, or {@code null} */
	public static ConductController current() {
		return current;
	}

	/**
	 * Starts running a meeting: the projector shows its first item and the chair console opens.
	 * When this meeting already runs, the console is brought to front.
	 *
	 * @param window  the workbench window
	 * @param session the casebook session
	 * @param meeting the meeting
	 * @return the controller, or {@code null} when the agenda is empty
	 */
	public static ConductController start(IWorkbenchWindow window, CasebookSession session, Meeting meeting) {
		if (current != null && current.session.getMeeting() == meeting) {
			showConsole(window);
			return current;
		}
		if (meeting.getItems().isEmpty()) {
			MessageDialog.openInformation(window.getShell(), Messages.Conduct_Title, Messages.Conduct_EmptyAgenda);
			return null;
		}
		if (current != null) {
			current.finish(); // one meeting at a time: the previous one is closed and its time logged
		}
		ConductController controller = new ConductController(session, meeting, window.getShell().getDisplay());
		current = controller;
		controller.session.addListener(s -> controller.sessionChanged());
		session.getEditingDomain().getCommandStack().addCommandStackListener(controller.stackListener);
		controller.session.start();
		ConductControllerWatcher.started(controller);
		showConsole(window);
		controller.render();
		controller.display.timerExec(1000, controller.tick);
		controller.fire();
		return controller;
	}

	private static void showConsole(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			page.showView(MeetingUi.CHAIR_CONSOLE_VIEW_ID);
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(ConductController.class).log(e.getStatus());
		}
	}

	/** @return the conduct session */
	public ConductSession getSession() {
		return session;
	}

	/** @return the casebook session */
	public CasebookSession getCasebookSession() {
		return casebookSession;
	}

	/** @return what the projector shows now, or {@code null} while blank */
	ItemProjectorContent getContent() {
		return content;
	}

	/** @param listener told (on the UI thread) after every change and every tick */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** @return whether the chair blanked the projector */
	public boolean isBlanked() {
		return blanked;
	}

	/**
	 * Blanks the projector (nothing of the case visible) or shows the current item again.
	 *
	 * @param blank whether to blank
	 */
	public void setBlanked(boolean blank) {
		blanked = blank;
		if (blank) {
			content = null;
			projector().blank();
		} else {
			render();
		}
		fire();
	}

	/** Ends the meeting: logs the last item's time, closes the meeting and blanks the projector. */
	public void finish() {
		session.finish();
		casebookSession.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		display.timerExec(-1, tick);
		content = null;
		ProjectorService projector = projector();
		if (projector != null && projector.isOpen()) {
			projector.blank();
		}
		if (current == this) {
			current = null;
		}
		fire();
	}

	/** @return the projector's title line for the current item */
	String projectorTitle() {
		Meeting meeting = session.getMeeting();
		return NLS.bind(Messages.Projector_Title, new Object[] {
				meeting.getType() == null ? Messages.Conduct_Title : meeting.getType().getName(),
				Dates.formatLong(meeting.getDate()), Integer.valueOf(session.getIndex() + 1),
				Integer.valueOf(session.getItemCount()) });
	}

	private void sessionChanged() {
		render();
		fire();
	}

	private void modelChanged(EventObject event) {
		if (renderPending) {
			return;
		}
		renderPending = true;
		display.asyncExec(() -> {
			renderPending = false;
			if (current == this && session.getState() == ConductSession.State.RUNNING) {
				render();
				fire();
			}
		});
	}

	private void render() {
		if (blanked || session.getState() != ConductSession.State.RUNNING) {
			return;
		}
		ProjectedItem projected = session.project(Audience.PROJECTOR);
		ProjectorService projector = projector();
		if (projected == null || projector == null) {
			return;
		}
		content = new ItemProjectorContent(projectorTitle(), projected);
		projector.show(content);
		updateTimer();
	}

	private void tick() {
		if (current != this || session.getState() != ConductSession.State.RUNNING) {
			return;
		}
		updateTimer();
		fire();
		display.timerExec(1000, tick);
	}

	private void updateTimer() {
		if (content != null) {
			content.updateTimer(ConductSession.format(session.remaining()), session.isOverrun(), session.isNearlyUp());
		}
	}

	/** Re-reads the clock now (tests move the clock and call this instead of waiting a second). */
	public void tickNow() {
		updateTimer();
		fire();
	}

	private void fire() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	static ProjectorService projector() {
		return PlatformUI.getWorkbench().getService(ProjectorService.class);
	}
}
