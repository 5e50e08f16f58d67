/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.editor;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import nl.casustafel.cases.ui.CaseEditorInput;
import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.cases.ui.internal.Messages;
import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookSessionListener;
import nl.casustafel.model.Case;
import nl.casustafel.ui.emf.EditingDomains;
import nl.casustafel.ui.emf.ModelLabels;
import nl.casustafel.ui.emf.ModelPropertySheetPage;
import nl.casustafel.ui.emf.UiThread;

/**
 * The case editor: one case on five pages (overview, life domains, involvements, agreements,
 * timeline). Every edit is an EMF command on the session's editing domain.
 * <p>
 * The editor belongs to its input's session: it is dirty when the session has unsaved changes (or
 * a field holds typed text not yet applied), saving saves the session, it refreshes after every
 * command on the session's stack (also undo and redo) and after a revert, and it closes when its
 * case is deleted or the session is closed. Problems the validator finds in the case are shown in
 * the page header.
 * </p>
 */
public class CaseEditor extends FormEditor {

	/** The editor's identifier. */
	public static final String ID = CasesUi.CASE_EDITOR_ID;

	private CasebookSession session;

	private Case caseObject;

	private CommandStack commandStack;

	private LocalResourceManager resources;

	private Font headerFont;

	private boolean refreshPending;

	private boolean closing;

	private List<Diagnostic> problems = List.of();

	private final EditorSelection selection = new EditorSelection();

	private final CommandStackListener commandStackListener = this::commandStackChanged;

	/** Commands before which typed text must be applied (Ctrl+S, Ctrl+Z… while a field has focus). */
	private static final Set<String> COMMIT_BEFORE = Set.of(IWorkbenchCommandConstants.FILE_SAVE,
			IWorkbenchCommandConstants.FILE_SAVE_ALL, IWorkbenchCommandConstants.EDIT_UNDO,
			IWorkbenchCommandConstants.EDIT_REDO);

	private final IExecutionListener commandListener = new IExecutionListener() {
		@Override
		public void preExecute(String commandId, ExecutionEvent event) {
			if (COMMIT_BEFORE.contains(commandId) && !closing) {
				commitPendingEdits();
			}
		}

		@Override
		public void postExecuteSuccess(String commandId, Object returnValue) {
			// nothing
		}

		@Override
		public void postExecuteFailure(String commandId, ExecutionException exception) {
			// nothing
		}

		@Override
		public void notHandled(String commandId, NotHandledException exception) {
			// nothing
		}
	};

	private ICommandService commandService;

	private final CasebookSessionListener sessionListener = new CasebookSessionListener() {
		@Override
		public void dirtyStateChanged(CasebookSession changed, boolean dirty) {
			UiThread.run(display(), CaseEditor.this::fireDirtyChanged);
		}

		@Override
		public void reloaded(CasebookSession changed) {
			UiThread.run(display(), CaseEditor.this::sessionReloaded);
		}

		@Override
		public void closed(CasebookSession changed) {
			UiThread.run(display(), CaseEditor.this::closeEditor);
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CaseEditorInput caseInput)) {
			throw new PartInitException(Messages.editor_wrongInput);
		}
		super.init(site, input);
		site.setSelectionProvider(selection);
		session = caseInput.getSession();
		caseObject = caseInput.resolve();
		if (caseObject == null) {
			throw new PartInitException(Messages.editor_caseNotFound);
		}
		resources = new LocalResourceManager(JFaceResources.getResources());
		session.addSessionListener(sessionListener);
		commandStack = session.getEditingDomain().getCommandStack();
		commandStack.addCommandStackListener(commandStackListener);
		commandService = site.getService(ICommandService.class);
		if (commandService != null) {
			commandService.addExecutionListener(commandListener);
		}
		selection.set(new StructuredSelection(caseObject));
		problems = CaseProblems.of(caseObject);
		updateTitle();
	}

	@Override
	protected void addPages() {
		try {
			addPage(new OverviewPage(this));
			addPage(CaseListPages.lifeDomains(this));
			addPage(CaseListPages.involvements(this));
			addPage(CaseListPages.agreements(this));
			addPage(CaseListPages.timeline(this));
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		CasePage previous = activeCasePage();
		if (previous != null) {
			previous.commitPendingEdits();
		}
		super.pageChange(newPageIndex);
		CasePage page = activeCasePage();
		if (page != null) {
			selection.set(page.currentSelection());
		}
	}

	private CasePage activeCasePage() {
		return getActivePageInstance() instanceof CasePage page ? page : null;
	}

	/**
	 * @return the case shown; a new instance after the session was reverted
	 */
	public Case getCase() {
		return caseObject;
	}

	/**
	 * @return the session the case belongs to
	 */
	public CasebookSession getSession() {
		return session;
	}

	/**
	 * @return whether the case can be edited (the casebook is not read-only)
	 */
	public boolean isEditable() {
		return caseObject != null && EditingDomains.isEditable(caseObject);
	}

	/**
	 * @return the problems the validator reports for the case and its contents
	 */
	public List<Diagnostic> getProblems() {
		return problems;
	}

	/**
	 * @return the large font of the page headers (readable on a projector)
	 */
	Font headerFont() {
		if (headerFont == null) {
			FontData[] data = JFaceResources.getHeaderFont().getFontData();
			int height = data.length == 0 ? 18 : Math.max(18, Math.round(data[0].getHeight() * 1.5f));
			headerFont = resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont()).setHeight(height));
		}
		return headerFont;
	}

	/**
	 * @param rgb a colour
	 * @return the colour, disposed with the editor
	 */
	Color color(RGB rgb) {
		return resources.create(ColorDescriptor.createFrom(rgb));
	}

	/**
	 * Makes something the editor's selection (and so the Properties view's input).
	 *
	 * @param newSelection the selection; empty means the case itself
	 */
	void setSelection(ISelection newSelection) {
		selection.set(newSelection == null || newSelection.isEmpty() ? new StructuredSelection(caseObject)
				: newSelection);
	}

	/**
	 * Tells the workbench that the dirty state may have changed (a field got or lost pending text).
	 */
	void fireDirtyChanged() {
		if (!closing) {
			firePropertyChange(PROP_DIRTY);
		}
	}

	private Display display() {
		return getSite() == null ? UiThread.display() : getSite().getShell().getDisplay();
	}

	// --- refreshing -------------------------------------------------------------------------------

	private void commandStackChanged(@SuppressWarnings("unused") EventObject event) {
		if (refreshPending || closing) {
			return;
		}
		refreshPending = true;
		display().asyncExec(() -> {
			refreshPending = false;
			refresh();
		});
	}

	/**
	 * Shows the current state of the model: closes the editor when the case is gone, else updates
	 * title, problems and every created page.
	 */
	public void refresh() {
		if (closing || getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (session.isClosed() || caseObject.eResource() == null || caseObject.eContainer() == null) {
			closeEditor();
			return;
		}
		problems = CaseProblems.of(caseObject);
		updateTitle();
		for (CasePage page : casePages()) {
			page.refresh();
		}
		fireDirtyChanged();
	}

	private void sessionReloaded() {
		if (closing) {
			return;
		}
		Case reloaded = ((CaseEditorInput) getEditorInput()).resolve();
		if (reloaded == null) {
			closeEditor();
			return;
		}
		caseObject = reloaded;
		CasePage page = activeCasePage();
		selection.set(page == null ? new StructuredSelection(caseObject) : page.currentSelection());
		refresh();
	}

	private List<CasePage> casePages() {
		List<CasePage> result = new ArrayList<>();
		if (pages != null) {
			for (Object page : pages) {
				if (page instanceof CasePage casePage) {
					result.add(casePage);
				}
			}
		}
		return result;
	}

	private void updateTitle() {
		String title = ModelLabels.caseLabel(caseObject);
		setPartName(title);
		setTitleToolTip(title);
	}

	/**
	 * @return the text of the page headers: case number and pseudonym
	 */
	String headerText() {
		return ModelLabels.caseLabel(caseObject);
	}

	private void closeEditor() {
		if (closing) {
			return;
		}
		closing = true;
		display().asyncExec(() -> {
			if (getSite() != null && getSite().getPage() != null) {
				getSite().getPage().closeEditor(this, false);
			}
		});
	}

	// --- saving -----------------------------------------------------------------------------------

	private boolean hasPendingEdits() {
		return casePages().stream().anyMatch(CasePage::hasPendingEdits);
	}

	/**
	 * Applies text typed into fields but not yet applied (as commands).
	 */
	public void commitPendingEdits() {
		for (CasePage page : casePages()) {
			page.commitPendingEdits();
		}
	}

	@Override
	public boolean isDirty() {
		return session != null && !session.isClosed() && (session.isDirty() || hasPendingEdits());
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		// Closing a case editor loses nothing: its changes stay in the open casebook until it is saved.
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		commitPendingEdits();
		try {
			session.save();
		} catch (CasebookException e) {
			MessageDialog.openError(getSite().getShell(), Messages.editor_saveFailed, e.getMessage());
		}
		fireDirtyChanged();
	}

	@Override
	public void doSaveAs() {
		// not supported: a case is saved with its casebook
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new ModelPropertySheetPage());
		}
		if (adapter == Case.class) {
			return adapter.cast(caseObject);
		}
		if (adapter == CasebookSession.class) {
			return adapter.cast(session);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		closing = true;
		if (session != null && !session.isClosed()) {
			commitPendingEdits();
		}
		if (commandStack != null) {
			commandStack.removeCommandStackListener(commandStackListener);
		}
		if (commandService != null) {
			commandService.removeExecutionListener(commandListener);
		}
		if (session != null) {
			session.removeSessionListener(sessionListener);
		}
		super.dispose();
		if (resources != null) {
			resources.dispose();
		}
	}

	/** The editor's selection: the case, or what is selected on the active page. */
	private static final class EditorSelection implements ISelectionProvider {

		private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

		private ISelection current = StructuredSelection.EMPTY;

		void set(ISelection selection) {
			if (selection.equals(current)) {
				return;
			}
			current = selection;
			SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
			for (ISelectionChangedListener listener : listeners) {
				listener.selectionChanged(event);
			}
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public ISelection getSelection() {
			return current;
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public void setSelection(ISelection selection) {
			set(selection);
		}
	}
}
