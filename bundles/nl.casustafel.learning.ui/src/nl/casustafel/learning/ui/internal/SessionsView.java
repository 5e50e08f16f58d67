/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import nl.casustafel.learning.core.Language;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.SessionState;
import nl.casustafel.learning.ui.LearningUi;

/**
 * The learning sessions of the active casebook, latest first, with their state and whether the
 * case write-up is in on time. Double-click opens the session editor; the selection drives the
 * facilitator console.
 */
public final class SessionsView extends ViewPart {

	private TableViewer viewer;
	private Label empty;
	private final Runnable listener = this::refresh;

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		empty = Widgets.name(new Label(body, SWT.WRAP), "sessions.empty"); //$NON-NLS-1$
		empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Widgets.name(viewer.getTable(), "sessions.table"); //$NON-NLS-1$
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.sessions_columnDate, 95, session -> Widgets.date(session.getDate()), null);
		column(Messages.sessions_columnTitle, 230, session -> Widgets.nonNull(session.getTitle()), null);
		column(Messages.sessions_columnState, 170, SessionsView::status, SessionsView::statusColor);
		column(Messages.sessions_columnMethod, 150,
				session -> session.getMethod() == null ? "" : Language.text(session.getMethod().getName()), null); //$NON-NLS-1$
		viewer.addOpenListener(event -> open(selected()));
		getSite().setSelectionProvider(viewer);

		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(new Action(Messages.sessions_new, Images.descriptor(Images.SESSION)) {
			@Override
			public void run() {
				LearningSession created = NewSessionDialog.createSession(getSite().getShell());
				if (created != null) {
					refresh();
					open(created);
				}
			}
		});
		toolbar.add(new Action(Messages.sessions_delete, Images.shared(ISharedImages.IMG_TOOL_DELETE)) {
			@Override
			public void run() {
				LearningSession session = selected();
				if (session != null && MessageDialog.openConfirm(getSite().getShell(), Messages.sessions_deleteTitle,
						NLS.bind(Messages.sessions_deleteQuestion, Widgets.nonNull(session.getTitle())))) {
					Casebooks.execute(DeleteCommand.create(Casebooks.domain(), session));
				}
			}
		});
		Casebooks.addListener(listener);
		refresh();
	}

	private void column(String title, int width, java.util.function.Function<LearningSession, String> text,
			java.util.function.Function<LearningSession, Integer> color) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((LearningSession) element);
			}

			@Override
			public Color getForeground(Object element) {
				Integer swtColor = color == null ? null : color.apply((LearningSession) element);
				return swtColor == null ? null : viewer.getControl().getDisplay().getSystemColor(swtColor.intValue());
			}
		});
	}

	/**
	 * @param session a session
	 * @return its state for the list: finished, running, or in preparation with the state of the
	 *         case write-up against its deadline
	 */
	static String status(LearningSession session) {
		if (session.getState() == SessionState.FINISHED) {
			return session.getMinutesSentOn() != null ? Messages.sessions_finishedSent : Messages.sessions_finished;
		}
		if (session.getState() == SessionState.RUNNING) {
			return Messages.sessions_running;
		}
		if (session.getCaseSubmittedOn() != null) {
			return Messages.sessions_caseIn;
		}
		Date deadline = session.getSubmissionDeadline();
		if (deadline == null) {
			return Messages.sessions_preparing;
		}
		if (deadline.before(new Date())) {
			return NLS.bind(Messages.sessions_caseLate, Widgets.date(deadline));
		}
		return NLS.bind(Messages.sessions_caseDue, Widgets.date(deadline));
	}

	private static Integer statusColor(LearningSession session) {
		if (session.getState() == SessionState.PREPARING && session.getCaseSubmittedOn() == null
				&& session.getSubmissionDeadline() != null && session.getSubmissionDeadline().before(new Date())) {
			return Integer.valueOf(SWT.COLOR_RED);
		}
		return null;
	}

	private LearningSession selected() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.getFirstElement() instanceof LearningSession session ? session : null;
	}

	/**
	 * Opens a session in the session editor.
	 *
	 * @param session the session, or {@code null} (nothing happens)
	 */
	void open(LearningSession session) {
		if (session == null) {
			return;
		}
		try {
			getSite().getPage().openEditor(new SessionEditorInput(session.getId()), LearningUi.EDITOR_SESSION);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), Messages.sessions_openFailed, e.getMessage());
		}
	}

	/** Re-reads the sessions of the active casebook. */
	void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<LearningSession> sessions = LearningSessions.sessions(Casebooks.casebook());
		viewer.setInput(sessions);
		viewer.refresh();
		empty.setText(Casebooks.casebook() == null ? Messages.sessions_noCasebook
				: sessions.isEmpty() ? Messages.sessions_none : ""); //$NON-NLS-1$
		((GridData) empty.getLayoutData()).exclude = empty.getText().isEmpty();
		empty.setVisible(!empty.getText().isEmpty());
		empty.getParent().layout(true);
	}

	/**
	 * @return the table viewer (for tests)
	 */
	TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		Casebooks.removeListener(listener);
		super.dispose();
	}
}
