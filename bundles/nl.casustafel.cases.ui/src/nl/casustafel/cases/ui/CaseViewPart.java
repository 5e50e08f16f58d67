/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;

import nl.casustafel.cases.ui.internal.Messages;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.PluginFailures;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.ui.session.ActiveSessionTracker;

/**
 * Base class of a view that follows the selected case: the case selected in the cases navigator,
 * on an agenda, in a list of agreements, or shown in the active case editor.
 * <p>
 * Subclasses build their widgets once in {@link #createCaseControl(Composite)} and show a case in
 * {@link #showCase(CasebookSession, Case)}. That is called when another case is selected, and
 * again after every change of the casebook (an edit, undo, redo), and after a revert (with the new
 * instance of the same case). While no case of the active casebook is selected the view shows a
 * hint instead; when the casebook closes, the hint comes back.
 * </p>
 * <p>
 * Isolation: an exception thrown by the subclass is caught; the view then shows a message naming
 * the plug-in that contributed it, logs the problem under that plug-in's id, and stops calling the
 * subclass. The rest of the workbench is not affected.
 * </p>
 * <p>
 * Register the view with the extension point {@code org.eclipse.ui.views} (category
 * {@value #CATEGORY_ID} puts it beside Casustafel's own views) and place it in a perspective with
 * {@code org.eclipse.ui.perspectiveExtensions}.
 * </p>
 *
 * @since 0.1
 */
public abstract class CaseViewPart extends ViewPart {

	/** The view category of Casustafel's views. */
	public static final String CATEGORY_ID = "nl.casustafel.views"; //$NON-NLS-1$

	private Composite stack;

	private StackLayout stackLayout;

	private Composite emptyPage;

	private Label emptyLabel;

	private Composite contentPage;

	private Composite failurePage;

	private Label failureLabel;

	private boolean failed;

	private ActiveSessionTracker tracker;

	private Case followed;

	private String followedId;

	private final ISelectionListener selectionListener = (IWorkbenchPart part, ISelection selection) -> {
		if (part != this) {
			follow(CaseSelections.caseOf(selection));
		}
	};

	@Override
	public final void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);

		emptyPage = new Composite(stack, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(emptyPage);
		emptyLabel = new Label(emptyPage, SWT.WRAP);
		emptyLabel.setText(Messages.caseView_noCase);
		emptyLabel.setData(CasesUi.WIDGET_KEY, "caseView.empty"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(emptyLabel);

		failurePage = new Composite(stack, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(failurePage);
		Label icon = new Label(failurePage, SWT.NONE);
		icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_ERROR));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
		failureLabel = new Label(failurePage, SWT.WRAP);
		failureLabel.setData(CasesUi.WIDGET_KEY, "caseView.failure"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(failureLabel);

		contentPage = new Composite(stack, SWT.NONE);
		contentPage.setLayout(new FillLayout());
		stackLayout.topControl = emptyPage;
		guard(Messages.caseView_phase_create, () -> createCaseControl(contentPage));

		tracker = new ActiveSessionTracker(new ActiveSessionTracker.Listener() {
			@Override
			public void sessionChanged(CasebookSession newSession) {
				CaseViewPart.this.sessionChanged(newSession);
			}

			@Override
			public void modelChanged(CasebookSession changed) {
				CaseViewPart.this.modelChanged();
			}
		});
		IWorkbenchPage page = getSite().getPage();
		page.addPostSelectionListener(selectionListener);
		Case initial = CaseSelections.caseOf(page.getSelection());
		if (initial == null) {
			IEditorPart editor = page.getActiveEditor();
			initial = editor != null && editor.getEditorInput() instanceof CaseEditorInput input ? input.resolve() : null;
		}
		follow(initial);
	}

	/**
	 * Creates the view's widgets, once. The parent has a {@link FillLayout}.
	 *
	 * @param parent the parent
	 */
	protected abstract void createCaseControl(Composite parent);

	/**
	 * Shows a case: after it was selected, after every change of its casebook, and after a revert.
	 *
	 * @param casebookSession the session the case belongs to (use its editing domain for edits)
	 * @param aCase           the case, never {@code null}
	 */
	protected abstract void showCase(CasebookSession casebookSession, Case aCase);

	/**
	 * @return the case shown, or {@code null} when the view shows its hint
	 */
	protected final Case getCase() {
		return failed ? null : followed;
	}

	/**
	 * @return the session of the case shown, or {@code null}
	 */
	protected final CasebookSession getSession() {
		return getCase() == null ? null : session();
	}

	/**
	 * @return whether the view gave up after an exception of its plug-in
	 */
	public final boolean hasFailed() {
		return failed;
	}

	@Override
	public void setFocus() {
		Control top = stackLayout == null ? null : stackLayout.topControl;
		if (top != null && !top.isDisposed()) {
			top.setFocus();
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
	}

	private void sessionChanged(CasebookSession newSession) {
		Case again = followedId == null || newSession == null ? null : find(newSession.getCasebook(), followedId);
		followed = null;
		follow(again);
	}

	private void modelChanged() {
		if (followed != null && (followed.eResource() == null || followed.eIsProxy())) {
			followed = null; // deleted (or its deletion was redone)
			followedId = null;
		}
		update();
	}

	private void follow(Case aCase) {
		if (aCase != null && !belongsToSession(aCase)) {
			return;
		}
		if (aCase == null && followed != null) {
			return; // a selection about no case leaves the view as it is
		}
		followed = aCase;
		followedId = aCase == null ? null : aCase.getId();
		update();
	}

	private boolean belongsToSession(Case aCase) {
		CasebookSession session = session();
		return session != null && !session.isClosed() && aCase.eResource() != null
				&& aCase.eResource().getResourceSet() == session.getEditingDomain().getResourceSet();
	}

	/**
	 * @return the workbench's active session, which this view follows, or {@code null}
	 */
	private CasebookSession session() {
		return tracker == null ? null : tracker.getSession();
	}

	private void update() {
		if (stack == null || stack.isDisposed() || failed) {
			return;
		}
		CasebookSession current = session();
		if (followed == null || current == null || current.isClosed()) {
			show(emptyPage);
			return;
		}
		show(contentPage);
		Case aCase = followed;
		guard(Messages.caseView_phase_show, () -> showCase(current, aCase));
	}

	private void show(Composite page) {
		if (stackLayout.topControl != page) {
			stackLayout.topControl = page;
			stack.layout(true, true);
		}
	}

	private void guard(String phase, Runnable call) {
		if (failed) {
			return;
		}
		try {
			call.run();
		} catch (RuntimeException | LinkageError e) {
			fail(phase, e);
		}
	}

	private void fail(String phase, Throwable failure) {
		failed = true;
		Bundle bundle = PluginFailures.bundleOf(getClass());
		String id = bundle == null ? getClass().getName() : bundle.getSymbolicName();
		String plugin = PluginFailures.label(bundle, id);
		String message = NLS.bind(Messages.caseView_failed,
				new Object[] { getPartName(), plugin, phase, PluginFailures.describe(failure) });
		PluginFailures.log(bundle, id, message, failure);
		failureLabel.setText(message);
		show(failurePage);
	}

	private static Case find(Casebook casebook, String id) {
		if (casebook == null) {
			return null;
		}
		for (Case candidate : casebook.getCases()) {
			if (id.equals(candidate.getId())) {
				return candidate;
			}
		}
		return null;
	}
}
