/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.cases.ui.internal.Messages;

/**
 * A page of the case editor: a form whose large header shows case number and pseudonym and the
 * validator's problems, with fields bound to the model.
 */
abstract class CasePage extends FormPage {

	private final CaseEditor caseEditor;

	private final List<Field> fields = new ArrayList<>();

	CasePage(CaseEditor editor, String id, String title) {
		super(editor, id, title);
		this.caseEditor = editor;
	}

	CaseEditor editor() {
		return caseEditor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		form.getForm().setFont(caseEditor.headerFont());
		form.setText(caseEditor.headerText());
		form.getForm().setData(CasesUi.WIDGET_KEY, "editor." + getId() + ".form"); //$NON-NLS-1$ //$NON-NLS-2$
		createContent(form.getBody(), toolkit);
		refresh();
	}

	/**
	 * Creates the page's widgets.
	 *
	 * @param body    the form body
	 * @param toolkit the toolkit
	 */
	protected abstract void createContent(Composite body, FormToolkit toolkit);

	/**
	 * Registers a field so that it is refreshed, committed and marked with problems.
	 *
	 * @param <F>   the field type
	 * @param field the field
	 * @param id    the widget's name for tests ("case.question")
	 * @return the field
	 */
	<F extends Field> F field(F field, String id) {
		fields.add(field);
		field.control().setData(CasesUi.WIDGET_KEY, id);
		return field;
	}

	/**
	 * Creates a label in the form's style.
	 */
	static Label label(FormToolkit toolkit, Composite parent, String text) {
		Label label = toolkit.createLabel(parent, text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		return label;
	}

	/**
	 * Shows the current model state.
	 */
	void refresh() {
		IManagedForm managedForm = getManagedForm();
		if (managedForm == null || managedForm.getForm().isDisposed()) {
			return;
		}
		managedForm.getForm().setText(caseEditor.headerText());
		for (Field field : fields) {
			field.refresh();
		}
		refreshContent();
		showProblems(managedForm.getForm().getForm());
	}

	/**
	 * Refreshes what is not a {@link Field} (tables).
	 */
	protected void refreshContent() {
		// nothing by default
	}

	/**
	 * @return what the page has selected, for the Properties view; the case by default
	 */
	ISelection currentSelection() {
		return new StructuredSelection(caseEditor.getCase());
	}

	boolean hasPendingEdits() {
		return fields.stream().anyMatch(Field::isPending);
	}

	void commitPendingEdits() {
		for (Field field : fields) {
			field.commit();
		}
	}

	private void showProblems(Form form) {
		List<Diagnostic> problems = caseEditor.getProblems();
		for (Field field : fields) {
			Diagnostic match = null;
			for (Diagnostic problem : problems) {
				if (CaseProblems.object(problem) == field.owner() && CaseProblems.feature(problem) == field.feature()) {
					match = problem;
					break;
				}
			}
			field.setProblem(match == null ? null : match.getMessage(),
					match != null && match.getSeverity() >= Diagnostic.ERROR);
		}
		if (problems.isEmpty()) {
			form.setMessage(null, IMessageProvider.NONE);
			return;
		}
		IMessage[] messages = problems.stream().map(Problem::new).toArray(IMessage[]::new);
		String first = problems.get(0).getMessage();
		String summary = problems.size() == 1 ? first
				: NLS.bind(Messages.editor_problems_summary, Integer.valueOf(problems.size()), first);
		int type = problems.get(0).getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR : IMessageProvider.WARNING;
		form.setMessage(summary, type, messages);
	}

	/** A validator problem as a form message. */
	private record Problem(Diagnostic diagnostic) implements IMessage {

		@Override
		public String getMessage() {
			return diagnostic.getMessage();
		}

		@Override
		public int getMessageType() {
			return diagnostic.getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR : IMessageProvider.WARNING;
		}

		@Override
		public Object getKey() {
			return diagnostic;
		}

		@Override
		public Object getData() {
			return diagnostic.getData();
		}

		@Override
		public Control getControl() {
			return null;
		}

		@Override
		public String getPrefix() {
			return null;
		}
	}

	/**
	 * @return the fields of the page (for tests)
	 */
	List<Field> fields() {
		return fields;
	}
}
