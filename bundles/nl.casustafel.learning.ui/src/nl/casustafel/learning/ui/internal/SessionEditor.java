/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.learning.core.Language;
import nl.casustafel.learning.core.LearningCaseText;
import nl.casustafel.learning.core.LearningMinutes;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.core.Pseudonymiser;
import nl.casustafel.learning.core.spi.MinutesExporter;
import nl.casustafel.learning.model.LearningFactory;
import nl.casustafel.learning.model.LearningPackage.Literals;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.model.SessionMode;
import nl.casustafel.learning.model.SessionState;
import nl.casustafel.learning.model.TheoryItem;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

/**
 * The editor of one learning session: when and where, roles, the submission deadline of the case
 * write-up, participants and guests, the case (from the method's template, or pseudonymised from a
 * real case), the theory, and the minutes (PDF, mail text, sent). Every change is a command on the
 * casebook's editing domain; saving saves the casebook (File &gt; Save).
 */
public final class SessionEditor extends EditorPart {

	private static final int DEBOUNCE_MILLIS = 600;

	private FormToolkit toolkit;
	private ScrolledForm form;
	private final List<Runnable> refreshers = new ArrayList<>();
	private final Runnable listener = this::refresh;
	private boolean refreshing;

	private TableViewer participantsViewer;
	private CheckboxTableViewer theoryViewer;
	private Label caseWarning;
	private Label deadlineStatus;
	private Text minutesPreview;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof SessionEditorInput)) {
			throw new PartInitException(Messages.editor_wrongInput);
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	/**
	 * @return the session edited, or {@code null} when it no longer exists
	 */
	public LearningSession session() {
		return ((SessionEditorInput) getEditorInput()).session();
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		Widgets.name(form, "editor.form"); //$NON-NLS-1$
		toolkit.decorateFormHeading(form.getForm());
		ColumnLayout columns = new ColumnLayout();
		columns.minNumColumns = 1;
		columns.maxNumColumns = 2;
		columns.horizontalSpacing = 16;
		form.getBody().setLayout(columns);

		createMeetingSection();
		createCaseSection();
		createRolesSection();
		createTheorySection();
		createParticipantsSection();
		createMinutesSection();

		Casebooks.addListener(listener);
		refresh();
	}

	// ---------------------------------------------------------------------------------------------
	// Sections

	private Composite section(String title, String description) {
		Section section = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR
				| (description == null ? 0 : Section.DESCRIPTION));
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);
		return client;
	}

	private void createMeetingSection() {
		Composite client = section(Messages.editor_meeting, null);
		text(client, Messages.editor_title, "editor.title", Literals.LEARNING_SESSION__TITLE, SWT.SINGLE, 0); //$NON-NLS-1$
		toolkit.createLabel(client, Messages.editor_date);
		Composite when = toolkit.createComposite(client);
		GridLayout whenLayout = new GridLayout(2, false);
		whenLayout.marginWidth = 0;
		whenLayout.marginHeight = 0;
		when.setLayout(whenLayout);
		DateTime day = Widgets.name(new DateTime(when, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM), "editor.day"); //$NON-NLS-1$
		DateTime time = Widgets.name(new DateTime(when, SWT.TIME | SWT.SHORT), "editor.time"); //$NON-NLS-1$
		Runnable commitDate = () -> set(Literals.LEARNING_SESSION__DATE, Widgets.read(day, time));
		day.addListener(SWT.Selection, event -> commitDate.run());
		time.addListener(SWT.Selection, event -> commitDate.run());
		refreshers.add(() -> Widgets.show(session().getDate(), day, time));
		text(client, Messages.editor_location, "editor.location", Literals.LEARNING_SESSION__LOCATION, SWT.SINGLE, 0); //$NON-NLS-1$

		toolkit.createLabel(client, Messages.editor_mode);
		Combo mode = Widgets.name(new Combo(client, SWT.READ_ONLY), "editor.mode"); //$NON-NLS-1$
		for (SessionMode value : SessionMode.VALUES) {
			mode.add(LearningMinutes.mode(value));
		}
		mode.addListener(SWT.Selection, event -> set(Literals.LEARNING_SESSION__MODE, SessionMode.get(mode.getSelectionIndex())));
		refreshers.add(() -> mode.select(session().getMode() == null ? 0 : session().getMode().getValue()));

		choice(client, Messages.editor_host, "editor.host", Literals.LEARNING_SESSION__HOST, this::organisations, //$NON-NLS-1$
				organisation -> ((Organisation) organisation).getName());

		toolkit.createLabel(client, Messages.editor_method);
		Label method = Widgets.name(toolkit.createLabel(client, "", SWT.WRAP), "editor.method"); //$NON-NLS-1$ //$NON-NLS-2$
		method.setLayoutData(wrap());
		refreshers.add(() -> {
			LearningSession session = session();
			method.setText(session.getMethod() == null ? "" //$NON-NLS-1$
					: NLS.bind(Messages.editor_methodValue, new Object[] { Language.text(session.getMethod().getName()),
							Integer.valueOf(session.getMethod().getSteps().size()), Integer.valueOf(session.getMethod().totalMinutes()) }));
		});
		toolkit.createLabel(client, Messages.editor_state);
		Label state = Widgets.name(toolkit.createLabel(client, "", SWT.WRAP), "editor.state"); //$NON-NLS-1$ //$NON-NLS-2$
		state.setLayoutData(wrap());
		refreshers.add(() -> state.setText(SessionsView.status(session())));
	}

	private void createRolesSection() {
		Composite client = section(Messages.editor_roles, Messages.editor_rolesDescription);
		choice(client, Messages.editor_chair, "editor.chair", Literals.LEARNING_SESSION__CHAIR, this::professionals, //$NON-NLS-1$
				SessionEditor::professionalLabel);
		choice(client, Messages.editor_presenter, "editor.presenter", Literals.LEARNING_SESSION__INBRENGER, this::professionals, //$NON-NLS-1$
				SessionEditor::professionalLabel);
		choice(client, Messages.editor_theoryPreparer, "editor.theoryPreparer", Literals.LEARNING_SESSION__THEORY_PREPARER, //$NON-NLS-1$
				this::professionals, SessionEditor::professionalLabel);

		toolkit.createLabel(client, Messages.editor_deadline);
		Composite deadline = toolkit.createComposite(client);
		GridLayout deadlineLayout = new GridLayout(2, false);
		deadlineLayout.marginWidth = 0;
		deadlineLayout.marginHeight = 0;
		deadline.setLayout(deadlineLayout);
		Button hasDeadline = Widgets.name(toolkit.createButton(deadline, "", SWT.CHECK), "editor.hasDeadline"); //$NON-NLS-1$ //$NON-NLS-2$
		DateTime deadlineDay = Widgets.name(new DateTime(deadline, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM), "editor.deadline"); //$NON-NLS-1$
		Runnable commitDeadline = () -> set(Literals.LEARNING_SESSION__SUBMISSION_DEADLINE,
				hasDeadline.getSelection() ? Widgets.read(deadlineDay, null) : null);
		hasDeadline.addListener(SWT.Selection, event -> commitDeadline.run());
		deadlineDay.addListener(SWT.Selection, event -> commitDeadline.run());
		refreshers.add(() -> {
			Date value = session().getSubmissionDeadline();
			hasDeadline.setSelection(value != null);
			deadlineDay.setEnabled(value != null);
			Widgets.show(value, deadlineDay, null);
		});

		toolkit.createLabel(client, Messages.editor_submitted);
		Composite submitted = toolkit.createComposite(client);
		GridLayout submittedLayout = new GridLayout(3, false);
		submittedLayout.marginWidth = 0;
		submittedLayout.marginHeight = 0;
		submitted.setLayout(submittedLayout);
		Label submittedOn = Widgets.name(toolkit.createLabel(submitted, ""), "editor.submittedOn"); //$NON-NLS-1$ //$NON-NLS-2$
		submittedOn.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button received = Widgets.name(toolkit.createButton(submitted, Messages.editor_caseReceived, SWT.PUSH), "editor.caseReceived"); //$NON-NLS-1$
		received.addListener(SWT.Selection, event -> set(Literals.LEARNING_SESSION__CASE_SUBMITTED_ON, new Date()));
		Button clear = toolkit.createButton(submitted, Messages.editor_caseNotReceived, SWT.PUSH);
		clear.addListener(SWT.Selection, event -> set(Literals.LEARNING_SESSION__CASE_SUBMITTED_ON, null));
		refreshers.add(() -> {
			Date value = session().getCaseSubmittedOn();
			submittedOn.setText(value == null ? Messages.editor_notYet : Widgets.dateTime(value));
			received.setEnabled(value == null);
			clear.setEnabled(value != null);
		});
		new Label(client, SWT.NONE).setVisible(false);
		deadlineStatus = Widgets.name(toolkit.createLabel(client, "", SWT.WRAP), "editor.deadlineStatus"); //$NON-NLS-1$ //$NON-NLS-2$
		deadlineStatus.setLayoutData(wrap());
		refreshers.add(this::refreshDeadlineStatus);
	}

	private void refreshDeadlineStatus() {
		LearningSession session = session();
		Date deadline = session.getSubmissionDeadline();
		String text = ""; //$NON-NLS-1$
		boolean late = false;
		if (session.getState() == SessionState.PREPARING && session.getCaseSubmittedOn() == null && deadline != null) {
			late = deadline.before(new Date());
			text = late ? NLS.bind(Messages.editor_caseLate, Widgets.date(deadline), presenterName(session))
					: NLS.bind(Messages.editor_caseDue, Widgets.date(deadline), presenterName(session));
		} else if (session.getCaseSubmittedOn() != null && deadline != null && session.getCaseSubmittedOn().after(deadline)) {
			text = Messages.editor_caseWasLate;
		}
		deadlineStatus.setText(text);
		deadlineStatus.setForeground(deadlineStatus.getDisplay().getSystemColor(late ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY));
	}

	private static String presenterName(LearningSession session) {
		Professional presenter = CasebookLists.resolvedOrNull(session.getInbrenger());
		return presenter == null ? Messages.editor_thePresenter : presenter.getName();
	}

	private void createCaseSection() {
		Composite client = section(Messages.editor_case, Messages.editor_caseDescription);
		text(client, Messages.editor_caseTitle, "editor.caseTitle", Literals.LEARNING_SESSION__CASE_TITLE, SWT.SINGLE, 0); //$NON-NLS-1$
		text(client, Messages.editor_caseQuestion, "editor.caseQuestion", Literals.LEARNING_SESSION__CASE_QUESTION, //$NON-NLS-1$
				SWT.MULTI | SWT.WRAP, 40);
		text(client, Messages.editor_finalQuestion, "editor.finalQuestion", Literals.LEARNING_SESSION__FINAL_QUESTION, //$NON-NLS-1$
				SWT.MULTI | SWT.WRAP, 40);
		text(client, Messages.editor_writeUp, "editor.writeUp", Literals.LEARNING_SESSION__CASE_WRITE_UP, //$NON-NLS-1$
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 300);
		new Label(client, SWT.NONE).setVisible(false);
		Composite buttons = toolkit.createComposite(client);
		GridLayout buttonsLayout = new GridLayout(2, false);
		buttonsLayout.marginWidth = 0;
		buttons.setLayout(buttonsLayout);
		Button template = Widgets.name(toolkit.createButton(buttons, Messages.editor_insertTemplate, SWT.PUSH), "editor.insertTemplate"); //$NON-NLS-1$
		template.addListener(SWT.Selection, event -> insertTemplate());
		Button fromCase = Widgets.name(toolkit.createButton(buttons, Messages.editor_fromCase, SWT.PUSH), "editor.fromCase"); //$NON-NLS-1$
		fromCase.setToolTipText(Messages.editor_fromCaseTooltip);
		fromCase.addListener(SWT.Selection, event -> chooseCase());
		new Label(client, SWT.NONE).setVisible(false);
		caseWarning = Widgets.name(toolkit.createLabel(client, "", SWT.WRAP), "editor.caseWarning"); //$NON-NLS-1$ //$NON-NLS-2$
		caseWarning.setLayoutData(wrap());
		caseWarning.setForeground(caseWarning.getDisplay().getSystemColor(SWT.COLOR_RED));
		refreshers.add(() -> {
			LearningSession session = session();
			List<String> found = Pseudonymiser.findIdentifiers(
					Widgets.nonNull(session.getCaseTitle()) + '\n' + Widgets.nonNull(session.getCaseWriteUp()) + '\n'
							+ Widgets.nonNull(session.getCaseQuestion()) + '\n' + Widgets.nonNull(session.getFinalQuestion()),
					Casebooks.casebook());
			caseWarning.setText(found.isEmpty() ? "" : NLS.bind(Messages.editor_identifiersFound, String.join(", ", found))); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	private void createParticipantsSection() {
		Composite client = section(Messages.editor_participants, Messages.editor_participantsDescription);
		participantsViewer = new TableViewer(client, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Widgets.name(participantsViewer.getTable(), "editor.participants"); //$NON-NLS-1$
		participantsViewer.getTable().setHeaderVisible(true);
		participantsViewer.getTable().setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		tableData.heightHint = 150;
		participantsViewer.getTable().setLayoutData(tableData);
		participantsViewer.setContentProvider(ArrayContentProvider.getInstance());
		participantColumn(Messages.editor_columnName, 150, Participant::displayName);
		participantColumn(Messages.editor_columnOrganisation, 160,
				p -> p.getOrganisation() != null ? Widgets.nonNull(p.getOrganisation().getName()) : ""); //$NON-NLS-1$
		participantColumn(Messages.editor_columnRole, 90, this::roleOf);
		participantColumn(Messages.editor_columnAttendance, 95, p -> attendance(p.getAttendance()));

		Composite buttons = toolkit.createComposite(client);
		GridLayout buttonsLayout = new GridLayout(3, false);
		buttonsLayout.marginWidth = 0;
		buttons.setLayout(buttonsLayout);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		Button add = Widgets.name(toolkit.createButton(buttons, Messages.editor_addProfessionals, SWT.PUSH), "editor.addProfessionals"); //$NON-NLS-1$
		add.addListener(SWT.Selection, event -> addProfessionals());
		Button guest = Widgets.name(toolkit.createButton(buttons, Messages.editor_addGuest, SWT.PUSH), "editor.addGuest"); //$NON-NLS-1$
		guest.addListener(SWT.Selection, event -> addGuest());
		Button remove = toolkit.createButton(buttons, Messages.editor_removeParticipant, SWT.PUSH);
		remove.addListener(SWT.Selection, event -> {
			List<?> selected = participantsViewer.getStructuredSelection().toList();
			if (!selected.isEmpty()) {
				Casebooks.execute(DeleteCommand.create(Casebooks.domain(), selected));
			}
		});
		toolkit.createLabel(buttons, Messages.editor_setAttendance);
		Combo attendance = Widgets.name(new Combo(buttons, SWT.READ_ONLY), "editor.attendance"); //$NON-NLS-1$
		attendance.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
		for (AttendanceStatus value : AttendanceStatus.VALUES) {
			attendance.add(attendance(value));
		}
		attendance.addListener(SWT.Selection, event -> {
			AttendanceStatus value = AttendanceStatus.get(attendance.getSelectionIndex());
			CompoundCommand command = new CompoundCommand(Messages.editor_setAttendanceCommand);
			for (Object participant : participantsViewer.getStructuredSelection().toList()) {
				command.append(SetCommand.create(Casebooks.domain(), participant, Literals.PARTICIPANT__ATTENDANCE, value));
			}
			if (!command.isEmpty()) {
				Casebooks.execute(command);
			}
		});
		refreshers.add(() -> {
			participantsViewer.setInput(session().getParticipants().toArray());
			participantsViewer.refresh();
		});
	}

	private void participantColumn(String title, int width, Function<Participant, String> text) {
		TableViewerColumn column = new TableViewerColumn(participantsViewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Participant) element);
			}
		});
	}

	private String roleOf(Participant participant) {
		LearningSession session = session();
		if (participant.getProfessional() != null && participant.getProfessional() == session.getInbrenger()) {
			return Messages.editor_rolePresenter;
		}
		return participant.isGuest() ? Messages.editor_roleGuest : Messages.editor_roleParticipant;
	}

	private void createTheorySection() {
		Composite client = section(Messages.editor_theory, Messages.editor_theoryDescription);
		theoryViewer = CheckboxTableViewer.newCheckList(client, SWT.BORDER | SWT.FULL_SELECTION);
		Widgets.name(theoryViewer.getTable(), "editor.theory"); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = 110;
		theoryViewer.getTable().setLayoutData(data);
		theoryViewer.setContentProvider(ArrayContentProvider.getInstance());
		theoryViewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				TheoryItem item = (TheoryItem) element;
				return Widgets.blank(item.getReference()) ? Widgets.nonNull(item.getTitle())
						: item.getTitle() + " \u2014 " + item.getReference(); //$NON-NLS-1$
			}
		});
		theoryViewer.addCheckStateListener(event -> {
			if (refreshing) {
				return;
			}
			LearningSession session = session();
			Command command = event.getChecked()
					? AddCommand.create(Casebooks.domain(), session, Literals.LEARNING_SESSION__THEORY_ITEMS, event.getElement())
					: RemoveCommand.create(Casebooks.domain(), session, Literals.LEARNING_SESSION__THEORY_ITEMS, event.getElement());
			Casebooks.execute(command);
		});
		refreshers.add(() -> {
			theoryViewer.setInput(LearningSessions.theoryItems(Casebooks.casebook()).toArray());
			theoryViewer.setCheckedElements(session().getTheoryItems().toArray());
		});
	}

	private void createMinutesSection() {
		Composite client = section(Messages.editor_minutes, Messages.editor_minutesDescription);
		toolkit.createLabel(client, Messages.editor_minutesSent);
		Label sent = Widgets.name(toolkit.createLabel(client, ""), "editor.minutesSent"); //$NON-NLS-1$ //$NON-NLS-2$
		sent.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		refreshers.add(() -> sent.setText(session().getMinutesSentOn() == null ? Messages.editor_notYet
				: Widgets.dateTime(session().getMinutesSentOn())));
		Composite buttons = toolkit.createComposite(client);
		GridLayout buttonsLayout = new GridLayout(2, true);
		buttonsLayout.marginWidth = 0;
		buttons.setLayout(buttonsLayout);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		MinutesExporter exporter = null;
		try {
			exporter = LearningMinutes.exporter(session());
		} catch (RuntimeException e) {
			exporter = null;
		}
		Button export = Widgets.name(toolkit.createButton(buttons,
				NLS.bind(Messages.editor_export, exporter == null ? "PDF" : exporter.label()), SWT.PUSH), "editor.export"); //$NON-NLS-1$ //$NON-NLS-2$
		export.addListener(SWT.Selection, event -> exportMinutes());
		Button copy = Widgets.name(toolkit.createButton(buttons, Messages.editor_copyMail, SWT.PUSH), "editor.copyMail"); //$NON-NLS-1$
		copy.addListener(SWT.Selection, event -> copyMailText());
		Button mail = Widgets.name(toolkit.createButton(buttons, Messages.editor_openMail, SWT.PUSH), "editor.openMail"); //$NON-NLS-1$
		mail.addListener(SWT.Selection, event -> Program.launch(LearningMinutes.mailto(session()).toString()));
		Button markSent = Widgets.name(toolkit.createButton(buttons, Messages.editor_markSent, SWT.PUSH), "editor.markSent"); //$NON-NLS-1$
		markSent.addListener(SWT.Selection, event -> Casebooks.execute(LearningMinutes.markSent(Casebooks.domain(), session(), new Date())));
		minutesPreview = Widgets.name(toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL), //$NON-NLS-1$
				"editor.minutesPreview"); //$NON-NLS-1$
		GridData preview = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		preview.heightHint = 220;
		preview.widthHint = 300;
		minutesPreview.setLayoutData(preview);
		refreshers.add(() -> minutesPreview.setText(LearningMinutes.mailText(session())));
	}

	// ---------------------------------------------------------------------------------------------
	// Fields

	private void text(Composite parent, String label, String name, EStructuralFeature feature, int style, int height) {
		Label caption = toolkit.createLabel(parent, label);
		caption.setLayoutData(new GridData(SWT.LEFT, (style & SWT.MULTI) != 0 ? SWT.TOP : SWT.CENTER, false, false));
		Text text = Widgets.name(toolkit.createText(parent, "", style | SWT.BORDER), name); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.widthHint = 200;
		if (height > 0) {
			data.heightHint = height;
		}
		text.setLayoutData(data);
		Runnable commit = () -> {
			if (!refreshing && !text.isDisposed()) {
				String value = text.getText();
				Object current = session().eGet(feature);
				if (!value.equals(current == null ? "" : current)) { //$NON-NLS-1$
					set(feature, value.isEmpty() ? null : value);
				}
			}
		};
		text.addListener(SWT.FocusOut, event -> commit.run());
		if ((style & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, event -> commit.run());
		}
		Runnable[] pending = new Runnable[1];
		text.addListener(SWT.Modify, event -> {
			if (refreshing) {
				return;
			}
			if (pending[0] != null) {
				text.getDisplay().timerExec(-1, pending[0]);
			}
			pending[0] = commit;
			text.getDisplay().timerExec(DEBOUNCE_MILLIS, commit);
		});
		refreshers.add(() -> {
			Object value = session().eGet(feature);
			String shown = value == null ? "" : value.toString(); //$NON-NLS-1$
			if (!shown.equals(text.getText())) {
				text.setText(shown);
			}
		});
	}

	private void choice(Composite parent, String label, String name, EStructuralFeature feature,
			Supplier<List<?>> candidates, Function<Object, String> labeller) {
		toolkit.createLabel(parent, label);
		Combo combo = Widgets.name(new Combo(parent, SWT.READ_ONLY), name);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		toolkit.adapt(combo);
		List<Object> values = new ArrayList<>();
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex();
			set(feature, index <= 0 ? null : values.get(index - 1));
		});
		refreshers.add(() -> {
			values.clear();
			values.addAll(candidates.get());
			List<String> items = new ArrayList<>();
			items.add(Messages.editor_nobody);
			values.forEach(value -> items.add(labeller.apply(value)));
			if (!items.equals(List.of(combo.getItems()))) {
				combo.setItems(items.toArray(String[]::new));
			}
			combo.select(values.indexOf(session().eGet(feature)) + 1);
		});
	}

	private List<?> professionals() {
		Casebook casebook = Casebooks.casebook();
		if (casebook == null) {
			return List.of();
		}
		List<Professional> professionals = new ArrayList<>(CasebookLists.resolved(casebook.getProfessionals()));
		professionals.sort(Comparator.comparing(p -> Widgets.nonNull(p.getName()), String.CASE_INSENSITIVE_ORDER));
		return professionals;
	}

	private List<?> organisations() {
		Casebook casebook = Casebooks.casebook();
		if (casebook == null) {
			return List.of();
		}
		List<Organisation> organisations = new ArrayList<>(CasebookLists.resolved(casebook.getOrganisations()));
		organisations.sort(Comparator.comparing(o -> Widgets.nonNull(o.getName()), String.CASE_INSENSITIVE_ORDER));
		return organisations;
	}

	static String professionalLabel(Object element) {
		Professional professional = (Professional) element;
		Organisation organisation = CasebookLists.resolvedOrNull(professional.getOrganisation());
		String name = Widgets.nonNull(professional.getName());
		if (organisation == null) {
			return name;
		}
		String org = Widgets.blank(organisation.getShortName()) ? organisation.getName() : organisation.getShortName();
		return name + " (" + org + ')'; //$NON-NLS-1$
	}

	static String attendance(AttendanceStatus status) {
		if (status == null) {
			return Messages.attendance_present;
		}
		return switch (status) {
		case ABSENT -> Messages.attendance_absent;
		case EXCUSED -> Messages.attendance_excused;
		case ONLINE -> Messages.attendance_online;
		default -> Messages.attendance_present;
		};
	}

	private static GridData wrap() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200;
		return data;
	}

	private void set(EStructuralFeature feature, Object value) {
		LearningSession session = session();
		if (session == null || refreshing) {
			return;
		}
		Object current = session.eGet(feature);
		if (current == value || current != null && current.equals(value)) {
			return;
		}
		Casebooks.execute(SetCommand.create(Casebooks.domain(), session, feature, value));
	}

	// ---------------------------------------------------------------------------------------------
	// Actions

	private void insertTemplate() {
		LearningSession session = session();
		if (session.getMethod() == null || session.getMethod().getCaseTemplate() == null) {
			return;
		}
		String template = Language.text(session.getMethod().getCaseTemplate());
		String current = Widgets.nonNull(session.getCaseWriteUp());
		set(Literals.LEARNING_SESSION__CASE_WRITE_UP, current.isBlank() ? template : current.strip() + "\n\n" + template); //$NON-NLS-1$
	}

	private void chooseCase() {
		Casebook casebook = Casebooks.casebook();
		if (casebook == null) {
			return;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				Case aCase = (Case) element;
				String pseudonym = aCase.getSubject() == null ? "" : Widgets.nonNull(aCase.getSubject().getPseudonym()); //$NON-NLS-1$
				return Widgets.nonNull(aCase.getCaseNumber()) + "  " + pseudonym; //$NON-NLS-1$
			}
		});
		dialog.setTitle(Messages.editor_fromCaseTitle);
		dialog.setMessage(Messages.editor_fromCaseMessage);
		dialog.setElements(CasebookLists.resolved(casebook.getCases()).toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
			return;
		}
		if (!Widgets.blank(session().getCaseWriteUp()) && !MessageDialog.openConfirm(getSite().getShell(),
				Messages.editor_fromCaseTitle, Messages.editor_replaceCase)) {
			return;
		}
		takeOverCase((Case) dialog.getFirstResult());
		MessageDialog.openInformation(getSite().getShell(), Messages.editor_fromCaseTitle, Messages.editor_fromCaseDone);
	}

	/**
	 * Replaces the session's case by a pseudonymised learning case made from a real case. Only
	 * text is copied: the session keeps no link to the case.
	 *
	 * @param source a case of the casebook
	 */
	public void takeOverCase(Case source) {
		LearningCaseText text = new Pseudonymiser(java.time.LocalDate.now(), java.time.ZoneId.systemDefault()).pseudonymise(source);
		Casebooks.execute(Pseudonymiser.apply(Casebooks.domain(), session(), text));
	}

	private void addProfessionals() {
		LearningSession session = session();
		List<Professional> candidates = new ArrayList<>();
		for (Object candidate : professionals()) {
			if (session.getParticipants().stream().noneMatch(p -> p.getProfessional() == candidate)) {
				candidates.add((Professional) candidate);
			}
		}
		ListSelectionDialog dialog = ListSelectionDialog.of(candidates).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider() {
					@Override
					public String getText(Object element) {
						return professionalLabel(element);
					}
				}).message(Messages.editor_addProfessionalsMessage).create(getSite().getShell());
		dialog.setTitle(Messages.editor_addProfessionals);
		if (dialog.open() != Window.OK) {
			return;
		}
		List<Participant> added = new ArrayList<>();
		for (Object result : dialog.getResult()) {
			Professional professional = (Professional) result;
			Participant participant = LearningFactory.eINSTANCE.createParticipant();
			participant.setProfessional(professional);
			participant.setOrganisation(CasebookLists.resolvedOrNull(professional.getOrganisation()));
			participant.setAttendance(AttendanceStatus.PRESENT);
			added.add(participant);
		}
		if (!added.isEmpty()) {
			Casebooks.execute(AddCommand.create(Casebooks.domain(), session, Literals.LEARNING_SESSION__PARTICIPANTS, added));
		}
	}

	private void addGuest() {
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.editor_addGuest, Messages.editor_addGuestMessage, "", //$NON-NLS-1$
				value -> value == null || value.isBlank() ? Messages.editor_addGuestEmpty : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		Participant guest = LearningFactory.eINSTANCE.createParticipant();
		guest.setName(dialog.getValue().strip());
		guest.setGuest(true);
		guest.setAttendance(AttendanceStatus.PRESENT);
		Casebooks.execute(AddCommand.create(Casebooks.domain(), session(), Literals.LEARNING_SESSION__PARTICIPANTS, guest));
	}

	private void exportMinutes() {
		MinutesExporter exporter = LearningMinutes.exporter(session());
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + exporter.fileExtension() }); //$NON-NLS-1$
		dialog.setFileName(fileName(session(), exporter));
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			exportMinutes(Path.of(chosen));
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.editor_exportFailed, NLS.bind(Messages.editor_exportFailedMessage, chosen, e.getMessage()));
		}
	}

	/**
	 * Writes the minutes with the applicable exporter.
	 *
	 * @param file the file to write
	 * @throws IOException when writing fails
	 */
	public void exportMinutes(Path file) throws IOException {
		MinutesExporter exporter = LearningMinutes.exporter(session());
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".minutes", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try (OutputStream out = Files.newOutputStream(temporary)) {
			exporter.export(session(), out);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private static String fileName(LearningSession session, MinutesExporter exporter) {
		String date = session.getDate() == null ? "" //$NON-NLS-1$
				: Instant.ofEpochMilli(session.getDate().getTime()).atZone(java.time.ZoneId.systemDefault()).toLocalDate() + " "; //$NON-NLS-1$
		String title = Widgets.nonNull(session.getTitle()).replaceAll("[\\\\/:*?\"<>|]", "-"); //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.editor_fileName, date + title) + '.' + exporter.fileExtension();
	}

	private void copyMailText() {
		Clipboard clipboard = new Clipboard(getSite().getShell().getDisplay());
		try {
			String text = LearningMinutes.mailSubject(session()) + "\n\n" + LearningMinutes.mailText(session()); //$NON-NLS-1$
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	// ---------------------------------------------------------------------------------------------

	/** Re-reads the session into the widgets (or closes the editor when the session is gone). */
	void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		LearningSession session = session();
		if (session == null) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		refreshing = true;
		try {
			setPartName(getEditorInput().getName());
			form.setText(NLS.bind(Messages.editor_heading, getEditorInput().getName()));
			boolean editable = Casebooks.editable();
			for (Runnable refresher : refreshers) {
				refresher.run();
			}
			form.getBody().setEnabled(editable);
		} finally {
			refreshing = false;
		}
		form.reflow(true);
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		Casebooks.removeListener(listener);
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// The casebook is saved as a whole (File > Save).
	}

	@Override
	public void doSaveAs() {
		// not supported
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
