/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import java.util.Date;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.casustafel.learning.core.Language;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.core.MethodProblem;
import nl.casustafel.learning.model.LearningMethod;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.model.Casebook;

/**
 * Creates a learning session: choose a method (built in or contributed), a title and a date. The
 * session takes its own copy of the method.
 */
final class NewSessionDialog extends TitleAreaDialog {

	private final List<LearningMethod> methods;
	private final List<MethodProblem> problems;
	private Combo method;
	private Label summary;
	private Text title;
	private DateTime day;
	private DateTime time;
	private LearningSession created;

	NewSessionDialog(Shell parent) {
		super(parent);
		LearningMethods available = LearningMethods.getDefault();
		methods = available.methods();
		problems = available.problems();
	}

	/**
	 * Asks for method, title and date and adds the session to the active casebook.
	 *
	 * @param shell the parent shell
	 * @return the new session, or {@code null} when cancelled or no casebook is open
	 */
	static LearningSession createSession(Shell shell) {
		if (!Casebooks.editable()) {
			MessageDialog.openInformation(shell, Messages.newSession_title, Messages.newSession_noCasebook);
			return null;
		}
		NewSessionDialog dialog = new NewSessionDialog(shell);
		return dialog.open() == OK ? dialog.created : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.newSession_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.newSession_title);
		setMessage(Messages.newSession_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		new Label(body, SWT.NONE).setText(Messages.newSession_method);
		method = Widgets.name(new Combo(body, SWT.READ_ONLY), "newSession.method"); //$NON-NLS-1$
		method.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (LearningMethod candidate : methods) {
			method.add(NLS.bind(Messages.newSession_methodItem, Language.text(candidate.getName()),
					Integer.valueOf(candidate.totalMinutes())));
		}
		new Label(body, SWT.NONE);
		summary = new Label(body, SWT.WRAP);
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
		summaryData.widthHint = 460;
		summary.setLayoutData(summaryData);

		new Label(body, SWT.NONE).setText(Messages.newSession_titleLabel);
		title = Widgets.name(new Text(body, SWT.BORDER), "newSession.title"); //$NON-NLS-1$
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		new Label(body, SWT.NONE).setText(Messages.newSession_date);
		Composite when = new Composite(body, SWT.NONE);
		GridLayout whenLayout = new GridLayout(2, false);
		whenLayout.marginWidth = 0;
		when.setLayout(whenLayout);
		day = new DateTime(when, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
		time = new DateTime(when, SWT.TIME | SWT.SHORT);
		Widgets.show(null, day, time);

		if (!problems.isEmpty()) {
			Label note = new Label(body, SWT.WRAP);
			note.setText(NLS.bind(Messages.newSession_problems, Integer.valueOf(problems.size()),
					problems.stream().map(MethodProblem::describe).limit(3).reduce((a, b) -> a + '\n' + b).orElse(""))); //$NON-NLS-1$
			GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
			noteData.widthHint = 560;
			note.setLayoutData(noteData);
		}
		method.addListener(SWT.Selection, event -> methodChanged());
		if (!methods.isEmpty()) {
			method.select(0);
			methodChanged();
		}
		return area;
	}

	private void methodChanged() {
		LearningMethod chosen = chosen();
		summary.setText(chosen == null ? "" : Language.text(chosen.getSummary())); //$NON-NLS-1$
		if (chosen != null && (title.getText().isBlank() || methods.stream().anyMatch(m -> Language.text(m.getName()).equals(title.getText())))) {
			title.setText(Language.text(chosen.getName()));
		}
		summary.getParent().layout(true);
	}

	private LearningMethod chosen() {
		int index = method.getSelectionIndex();
		return index >= 0 && index < methods.size() ? methods.get(index) : null;
	}

	@Override
	protected void okPressed() {
		LearningMethod chosen = chosen();
		Casebook casebook = Casebooks.casebook();
		if (chosen == null || casebook == null) {
			setErrorMessage(Messages.newSession_chooseMethod);
			return;
		}
		Date date = Widgets.read(day, time);
		LearningSession session = LearningSessions.newSession(chosen, title.getText().strip(), date);
		session.setSubmissionDeadline(Date.from(date.toInstant().minus(java.time.Duration.ofDays(7))));
		if (Casebooks.execute(LearningSessions.addSession(Casebooks.domain(), casebook, session))) {
			created = session;
			super.okPressed();
		} else {
			setErrorMessage(Messages.newSession_failed);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.newSession_create, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
