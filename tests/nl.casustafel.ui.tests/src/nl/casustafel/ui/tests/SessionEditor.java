/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;

/**
 * A minimal editor of a casebook session that behaves like the case editor: it is dirty while the
 * casebook is or while it holds typed text not yet applied, and saving applies that text as a
 * command and saves the casebook.
 */
public class SessionEditor extends EditorPart {

	static final String ID = "nl.casustafel.ui.tests.sessionEditor";

	private CasebookSession session;

	private String typed;

	int saves;

	/** The input: a session. */
	record Input(CasebookSession session) implements IEditorInput {

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return null;
		}

		@Override
		public String getName() {
			return "LV-01";
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return getName();
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		session = ((Input) input).session();
	}

	@Override
	public void createPartControl(Composite parent) {
		new Label(parent, SWT.NONE).setText("LV-01");
	}

	/** Text typed into the question field, not yet applied. */
	void type(String question) {
		typed = question;
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public boolean isDirty() {
		return session.isDirty() || typed != null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		saves++;
		if (typed != null) {
			Case robin = Casebooks.caseNumbered(session.getCasebook(), "LV-01");
			session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(), robin,
					CasebookPackage.Literals.CASE__QUESTION, typed));
			typed = null;
		}
		try {
			session.save();
		} catch (CasebookException e) {
			throw new IllegalStateException(e);
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		// not supported
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		// nothing to focus
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == CasebookSession.class) {
			return adapter.cast(session);
		}
		return super.getAdapter(adapter);
	}
}
