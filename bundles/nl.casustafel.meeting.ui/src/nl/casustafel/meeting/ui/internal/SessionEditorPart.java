/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.EventObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.part.EditorPart;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookSessionListener;

/**
 * An editor on part of one open casebook session (an agenda, the meeting types): it edits through
 * EMF commands on the session's editing domain, shows the session's dirty state, saves the whole
 * casebook, offers Undo/Redo for the session's command stack, refreshes after every command, undo
 * and redo, and closes with the session.
 */
abstract class SessionEditorPart extends EditorPart {

	private CasebookSession session;
	private UndoRedo undoRedo;
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final CasebookSessionListener sessionListener = new CasebookSessionListener() {
		@Override
		public void dirtyStateChanged(CasebookSession s, boolean dirty) {
			asyncUi(() -> firePropertyChange(PROP_DIRTY));
		}

		@Override
		public void reloaded(CasebookSession s) {
			asyncUi(SessionEditorPart.this::reloaded);
		}

		@Override
		public void closed(CasebookSession s) {
			asyncUi(() -> getSite().getPage().closeEditor(SessionEditorPart.this, false));
		}
	};

	/**
	 * Binds the editor to its site, input and session; call from {@link #init(IEditorSite, IEditorInput)}.
	 *
	 * @param site           the site
	 * @param input          the input
	 * @param editingSession the session the input belongs to
	 */
	protected final void initSession(IEditorSite site, IEditorInput input, CasebookSession editingSession) {
		setSite(site);
		setInput(input);
		session = editingSession;
		session.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		session.addSessionListener(sessionListener);
	}

	/** Makes Edit > Undo / Redo (Ctrl+Z / Ctrl+Y) act on the session; call once the controls exist. */
	protected final void installUndoRedo() {
		undoRedo = new UndoRedo(domain().getCommandStack(), getEditorSite().getActionBars());
	}

	/** @return the session */
	public CasebookSession getSession() {
		return session;
	}

	/** @return the session's editing domain */
	protected final EditingDomain domain() {
		return session.getEditingDomain();
	}

	/**
	 * Executes a command on the session's command stack when it can execute.
	 *
	 * @param command the command, may be {@code null}
	 */
	protected final void execute(Command command) {
		if (command != null && command.canExecute()) {
			domain().getCommandStack().execute(command);
		}
	}

	/** @return the editor's top control, or {@code null} before it was created */
	protected abstract Control root();

	/** Shows the model again: after every command, undo and redo (on the UI thread). */
	protected abstract void refresh();

	/** The session was reverted and its model reloaded: find the edited objects again and refresh. */
	protected void reloaded() {
		refresh();
	}

	private void commandStackChanged(EventObject event) {
		asyncUi(this::refresh);
	}

	/**
	 * Runs something on the UI thread later, unless the editor's controls are gone by then.
	 *
	 * @param runnable what to run
	 */
	protected final void asyncUi(Runnable runnable) {
		Display display = getSite().getShell().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				Control root = root();
				if (root != null && !root.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			session.save();
		} catch (CasebookException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Agenda_SaveFailedTitle, e.getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		// a casebook is saved as a whole
	}

	@Override
	public boolean isDirty() {
		return !session.isClosed() && session.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		// the casebook stays open in the other views; closing the editor loses nothing
		return false;
	}

	@Override
	public void dispose() {
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
			session.removeSessionListener(sessionListener);
		}
		super.dispose();
	}
}
