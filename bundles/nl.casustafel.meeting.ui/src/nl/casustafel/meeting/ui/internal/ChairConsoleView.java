/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.meeting.core.AgendaWarning;
import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.Audience;
import nl.casustafel.meeting.core.ConductSession;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.meeting.core.MeetingChecks;
import nl.casustafel.meeting.core.ProjectedItem;
import nl.casustafel.meeting.core.SensitiveField;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.AgreementType;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.DecisionType;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

/**
 * The chair's console on the laptop while a meeting runs on the projector: previous / next item,
 * the countdown, blank screen, reveal or hide the collapsed details on the projector, the full
 * item for the chair's eyes, the decision and fallback scenario, and keyboard-only capture of
 * agreements (what, who with completion as you type, by when; Enter records it).
 */
public class ChairConsoleView extends ViewPart {

	private static final SensitiveField[] REVEALABLE = { SensitiveField.HEALTH, SensitiveField.JUSTICE, SensitiveField.RISKS,
			SensitiveField.NETWORK, SensitiveField.LIFE_DOMAINS };

	private LocalResourceManager resources;
	private Composite stack;
	private StackLayout stackLayout;
	private Composite idle;
	private Composite running;
	private Label position;
	private Label timer;
	private Button previous;
	private Button next;
	private Button blank;
	private Label alert;
	private final Map<SensitiveField, Button> reveal = new EnumMap<>(SensitiveField.class);
	private StyledText chairView;
	private ComboViewer decision;
	private Text noodscenario;
	private Text what;
	private Text who;
	private ContentProposalAdapter whoAssist;
	private Text due;
	private Label dueParsed;
	private ComboViewer type;
	private Label captureStatus;
	private TableViewer agreements;
	private ConductController controller;
	private final Runnable listener = this::controllerChanged;
	private AgendaItem shownItem;
	private final Map<String, Object> owners = new LinkedHashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		idle = new Composite(stack, SWT.NONE);
		idle.setLayout(new GridLayout(1, false));
		Label idleText = new Label(idle, SWT.WRAP);
		idleText.setText(Messages.Console_Idle);
		idleText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		running = new Composite(stack, SWT.NONE);
		createRunning(running);
		stackLayout.topControl = idle;
		attach(ConductController.current());
		ConductControllerWatcher.add(this);
	}

	private void createRunning(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		// Two rows so the console also fits a narrow column of the Voorzitter perspective.
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		top.setLayout(new GridLayout(4, false));
		previous = Widgets.button(top, Messages.Console_Previous, "console.previous", () -> session().previous()); //$NON-NLS-1$
		next = Widgets.button(top, Messages.Console_Next, "console.next", () -> session().next()); //$NON-NLS-1$
		blank = Widgets.button(top, Messages.Console_Blank, "console.blank", //$NON-NLS-1$
				() -> controller.setBlanked(!controller.isBlanked()));
		Widgets.button(top, Messages.Console_Finish, "console.finish", this::finish); //$NON-NLS-1$
		timer = Widgets.name(new Label(top, SWT.NONE), "console.timer"); //$NON-NLS-1$
		timer.setFont(bold(2.0));
		GridData timerData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		GC gc = new GC(timer);
		try {
			gc.setFont(timer.getFont());
			timerData.widthHint = gc.textExtent("+88:88").x + 12; //$NON-NLS-1$
		} finally {
			gc.dispose();
		}
		timer.setLayoutData(timerData);
		position = Widgets.name(new Label(top, SWT.WRAP), "console.position"); //$NON-NLS-1$
		position.setFont(bold(1.2));
		GridData positionData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		positionData.widthHint = 200;
		position.setLayoutData(positionData);

		alert = Widgets.name(new Label(parent, SWT.WRAP), "console.alert"); //$NON-NLS-1$
		alert.setForeground(Colors.warning());
		alert.setFont(bold(1.0));
		alert.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Composite reveals = new Composite(parent, SWT.NONE);
		reveals.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		RowLayout revealLayout = new RowLayout(SWT.HORIZONTAL);
		revealLayout.wrap = true;
		revealLayout.center = true;
		reveals.setLayout(revealLayout);
		Widgets.label(reveals, Messages.Console_Reveal);
		for (SensitiveField field : REVEALABLE) {
			Button toggle = Widgets.name(new Button(reveals, SWT.CHECK), "console.reveal." + field.name()); //$NON-NLS-1$
			toggle.setText(field.label());
			toggle.addListener(SWT.Selection, e -> {
				if (toggle.getSelection()) {
					session().reveal(field);
				} else {
					session().hide(field);
				}
			});
			reveal.put(field, toggle);
		}

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// side by side on a wide console, the capture under the chair's view on a narrow one
		sash.addListener(SWT.Resize, e -> {
			int orientation = sash.getClientArea().width < 1000 ? SWT.VERTICAL : SWT.HORIZONTAL;
			if (sash.getOrientation() != orientation) {
				sash.setOrientation(orientation);
			}
		});
		chairView = Widgets.name(new StyledText(sash, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL), "console.chairView"); //$NON-NLS-1$
		chairView.setMargins(8, 8, 8, 8);

		Composite right = new Composite(sash, SWT.NONE);
		right.setLayout(new GridLayout(1, false));
		Group decisionGroup = new Group(right, SWT.NONE);
		decisionGroup.setText(Messages.Console_DecisionGroup);
		decisionGroup.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		decisionGroup.setLayout(new GridLayout(2, false));
		Widgets.label(decisionGroup, Messages.Console_Decision);
		decision = new ComboViewer(decisionGroup, SWT.READ_ONLY);
		Widgets.name(decision.getCombo(), "console.decision"); //$NON-NLS-1$
		decision.setContentProvider(ArrayContentProvider.getInstance());
		decision.setLabelProvider(enumLabels());
		decision.setInput(DecisionType.VALUES);
		decision.addSelectionChangedListener(e -> {
			Object value = decision.getStructuredSelection().getFirstElement();
			AgendaItem item = item();
			if (item != null && value != null && value != item.getDecision()) {
				execute(SetCommand.create(domain(), item, CasebookPackage.Literals.AGENDA_ITEM__DECISION, value));
			}
		});
		Widgets.label(decisionGroup, Messages.Console_Noodscenario).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		noodscenario = Widgets.name(new Text(decisionGroup, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "console.noodscenario"); //$NON-NLS-1$
		GridData noodData = new GridData(SWT.FILL, SWT.FILL, true, false);
		noodData.heightHint = 48;
		noodData.widthHint = 200;
		noodscenario.setLayoutData(noodData);
		Widgets.onCommit(noodscenario, value -> {
			AgendaItem item = item();
			String v = value.isBlank() ? null : value;
			if (item != null && !java.util.Objects.equals(v, item.getNoodscenario())) {
				execute(SetCommand.create(domain(), item, CasebookPackage.Literals.AGENDA_ITEM__NOODSCENARIO, v));
			}
		});

		Group capture = new Group(right, SWT.NONE);
		capture.setText(Messages.Console_CaptureGroup);
		capture.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		capture.setLayout(new GridLayout(3, false));
		Widgets.label(capture, Messages.Console_What);
		what = Widgets.name(new Text(capture, SWT.BORDER), "console.what"); //$NON-NLS-1$
		what.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Widgets.label(capture, Messages.Console_Who);
		who = Widgets.name(new Text(capture, SWT.BORDER), "console.who"); //$NON-NLS-1$
		who.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		who.setMessage(Messages.Console_WhoHint);
		whoAssist = new ContentProposalAdapter(who, new TextContentAdapter(), new ContentProposalsAnywhere(owners),
				KeyStroke.getInstance(SWT.MOD1, ' '), null);
		whoAssist.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		whoAssist.setAutoActivationDelay(0);
		whoAssist.setAutoActivationCharacters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()); //$NON-NLS-1$
		Widgets.label(capture, Messages.Console_Due);
		due = Widgets.name(new Text(capture, SWT.BORDER), "console.due"); //$NON-NLS-1$
		due.setMessage(Messages.Console_DueHint);
		GridData dueData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		dueData.widthHint = 120;
		due.setLayoutData(dueData);
		dueParsed = Widgets.name(new Label(capture, SWT.NONE), "console.dueParsed"); //$NON-NLS-1$
		dueParsed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		due.addModifyListener(e -> showDue());
		Widgets.label(capture, Messages.Console_Type);
		type = new ComboViewer(capture, SWT.READ_ONLY);
		Widgets.name(type.getCombo(), "console.type"); //$NON-NLS-1$
		type.setContentProvider(ArrayContentProvider.getInstance());
		type.setLabelProvider(enumLabels());
		type.setInput(AgreementType.VALUES);
		type.setSelection(new StructuredSelection(AgreementType.INTERVENTION));
		Widgets.button(capture, Messages.Console_Capture, "console.capture", this::capture); //$NON-NLS-1$
		captureStatus = Widgets.name(new Label(capture, SWT.WRAP), "console.captureStatus"); //$NON-NLS-1$
		captureStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		for (Text field : new Text[] { what, who, due }) {
			field.addListener(SWT.DefaultSelection, e -> {
				if (field == who && whoAssist.isProposalPopupOpen()) {
					return;
				}
				capture();
			});
		}

		agreements = new TableViewer(right, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Widgets.name(agreements.getTable(), "console.agreements"); //$NON-NLS-1$
		agreements.getTable().setHeaderVisible(true);
		agreements.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		agreements.setContentProvider(ArrayContentProvider.getInstance());
		Widgets.column(agreements, Messages.Agreements_ColumnAgreement, 260, e -> ((Agreement) e).getDescription());
		Widgets.column(agreements, Messages.Agreements_ColumnOwner, 170, e -> AgreementsView.owner((Agreement) e));
		Widgets.column(agreements, Messages.Agreements_ColumnDue, 90, e -> Dates.formatShort(((Agreement) e).getDueDate()));
		Widgets.column(agreements, Messages.Agreements_ColumnStatus, 120, e -> AgreementsView.status((Agreement) e, today()));
		Widgets.column(agreements, Messages.Agenda_ColumnStillValid, 100, e -> controller != null
				&& Agreements.isConfirmedFor((Agreement) e, controller.getSession().getMeeting()) ? Messages.Agenda_Confirmed : ""); //$NON-NLS-1$
		Composite agreementButtons = new Composite(right, SWT.NONE);
		agreementButtons.setLayout(new GridLayout(3, false));
		Widgets.button(agreementButtons, Messages.Agreements_StillValid, "console.stillValid", //$NON-NLS-1$
				() -> withAgreement(a -> execute(Agreements.confirmStillValidCommand(domain(), a, today()))));
		Widgets.button(agreementButtons, Messages.Agreements_Done, "console.done", //$NON-NLS-1$
				() -> withAgreement(a -> execute(Agreements.setStatusCommand(domain(), a, AgreementStatus.DONE, null, today()))));
		Widgets.button(agreementButtons, Messages.Agreements_NotDone, "console.notDone", //$NON-NLS-1$
				() -> withAgreement(a -> NotDoneDialog.ask(getSite().getShell(), domain(), a)));
		sash.setWeights(45, 55);
	}

	private Font bold(double scale) {
		FontDescriptor base = JFaceResources.getDefaultFontDescriptor().setStyle(SWT.BOLD);
		int height = base.getFontData()[0].getHeight();
		return resources.create(base.setHeight((int) Math.round(height * scale)));
	}

	private static LabelProvider enumLabels() {
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return Labels.of((org.eclipse.emf.common.util.Enumerator) element);
			}
		};
	}

	void attach(ConductController newController) {
		if (controller == newController) {
			return;
		}
		if (controller != null) {
			controller.removeListener(listener);
		}
		controller = newController;
		if (controller != null) {
			controller.addListener(listener);
			loadOwners();
		}
		controllerChanged();
	}

	private void loadOwners() {
		owners.clear();
		Casebook casebook = controller.getCasebookSession().getCasebook();
		for (Professional p : CasebookLists.resolved(casebook.getProfessionals())) {
			if (p.getValidTo() == null || !Dates.toLocalDate(p.getValidTo()).isBefore(today())) {
				owners.put(professionalLabel(p), p);
			}
		}
		for (Organisation o : CasebookLists.resolved(casebook.getOrganisations())) {
			owners.putIfAbsent(Widgets.nonNull(o.getName()), o);
		}
	}

	static String professionalLabel(Professional p) {
		String org = Labels.of(p.getOrganisation());
		return org.isEmpty() ? Labels.of(p) : Labels.of(p) + " (" + org + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private ConductSession session() {
		return controller.getSession();
	}

	private EditingDomain domain() {
		return controller.getCasebookSession().getEditingDomain();
	}

	private AgendaItem item() {
		return controller == null ? null : controller.getSession().getCurrentItem();
	}

	private LocalDate today() {
		return controller == null ? Sessions.today() : controller.getSession().today();
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		if (command != null && command.canExecute()) {
			domain().getCommandStack().execute(command);
		}
	}

	private void withAgreement(java.util.function.Consumer<Agreement> action) {
		if (agreements.getStructuredSelection().getFirstElement() instanceof Agreement agreement) {
			action.accept(agreement);
		}
	}

	private void controllerChanged() {
		if (stack == null || stack.isDisposed()) {
			return;
		}
		boolean active = controller != null && controller.getSession().getState() == ConductSession.State.RUNNING;
		Composite top = active ? running : idle;
		if (stackLayout.topControl != top) {
			stackLayout.topControl = top;
			stack.layout(true, true);
		}
		if (!active) {
			shownItem = null;
			return;
		}
		ConductSession s = session();
		AgendaItem item = s.getCurrentItem();
		position.setText(NLS.bind(Messages.Console_Position, new Object[] { Integer.valueOf(s.getIndex() + 1),
				Integer.valueOf(s.getItemCount()), ProjectedItemTexts.title(item) }));
		timer.setText(ConductSession.format(s.remaining()));
		timer.setForeground(s.isOverrun() ? Colors.error() : s.isNearlyUp() ? Colors.warning() : null);
		previous.setEnabled(s.hasPrevious());
		next.setEnabled(s.hasNext());
		blank.setText(controller.isBlanked() ? Messages.Console_Unblank : Messages.Console_Blank);
		if (item != shownItem) {
			shownItem = item;
			what.setText(""); //$NON-NLS-1$
			who.setText(""); //$NON-NLS-1$
			due.setText(""); //$NON-NLS-1$
			captureStatus.setText(""); //$NON-NLS-1$
		}
		ProjectedItem projected = s.project(Audience.PROJECTOR);
		for (SensitiveField field : REVEALABLE) {
			Button toggle = reveal.get(field);
			boolean collapsible = projected != null && projected.sections().stream().anyMatch(sec -> sec.field() == field)
					&& (s.getRevealed().contains(field) || projected.sections().stream().anyMatch(sec -> sec.field() == field && sec.collapsed()));
			toggle.setEnabled(collapsible);
			toggle.setSelection(s.getRevealed().contains(field));
		}
		List<String> alerts = new ArrayList<>();
		if (item != null) {
			for (AgendaWarning w : MeetingChecks.check(s.getMeeting())) {
				if (w.item() == item) {
					alerts.add(w.message());
				}
			}
		}
		alert.setText(String.join("\n", alerts)); //$NON-NLS-1$
		chairView.setText(ProjectedItemTexts.chairText(item, s, today()));
		decision.setSelection(item == null || item.getDecision() == null ? StructuredSelection.EMPTY : new StructuredSelection(item.getDecision()));
		if (!noodscenario.isFocusControl()) {
			noodscenario.setText(item == null ? "" : Widgets.nonNull(item.getNoodscenario())); //$NON-NLS-1$
		}
		boolean caseItem = item != null && item.getCase() != null;
		what.setEnabled(caseItem);
		who.setEnabled(caseItem);
		due.setEnabled(caseItem);
		decision.getCombo().setEnabled(item != null && item.getKind() == AgendaItemKind.CASE);
		agreements.setInput(item == null ? List.of() : Agreements.dealtWith(item));
		showDue();
		running.layout(true, true);
	}

	private void showDue() {
		LocalDate day = dueDate();
		dueParsed.setText(day == null ? (due.getText().isBlank() ? Messages.Console_DueDefault : Messages.Console_DueInvalid)
				: Dates.formatShort(day));
	}

	/** The due date typed, or by default four weeks after the meeting (the next casusoverleg). */
	private LocalDate dueDate() {
		LocalDate base = controller == null ? Sessions.today() : Dates.toLocalDate(controller.getSession().getMeeting().getDate());
		if (base == null) {
			base = today();
		}
		if (due.getText().isBlank()) {
			return base.plusWeeks(4);
		}
		return Dates.parse(due.getText(), base);
	}

	/**
	 * Records the agreement typed in what / who / by when (what Enter in those fields does).
	 *
	 * @return whether it was recorded
	 */
	public boolean capture() {
		AgendaItem item = item();
		if (item == null || item.getCase() == null) {
			return false;
		}
		String description = what.getText().strip();
		Object owner = resolveOwner(who.getText());
		LocalDate day = dueDate();
		if (description.isEmpty()) {
			captureStatus.setText(Messages.Console_NeedWhat);
			what.setFocus();
			return false;
		}
		if (owner == null) {
			captureStatus.setText(Messages.Console_NeedWho);
			who.setFocus();
			return false;
		}
		if (day == null) {
			captureStatus.setText(Messages.Console_DueInvalid);
			due.setFocus();
			return false;
		}
		AgreementType agreementType = (AgreementType) type.getStructuredSelection().getFirstElement();
		execute(Agreements.captureCommand(domain(), item, description, owner instanceof Professional p ? p : null,
				owner instanceof Organisation o ? o : null, day, agreementType, today()));
		captureStatus.setText(NLS.bind(Messages.Console_Captured, description));
		what.setText(""); //$NON-NLS-1$
		who.setText(""); //$NON-NLS-1$
		due.setText(""); //$NON-NLS-1$
		what.setFocus();
		return true;
	}

	/**
	 * @param text what was typed in "who": a proposal, or the unique start of a name
	 * @return the professional or organisation, or {@code null}
	 */
	Object resolveOwner(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return null;
		}
		Object exact = owners.get(t);
		if (exact != null) {
			return exact;
		}
		String lower = t.toLowerCase(Locale.ROOT);
		Object found = null;
		for (Map.Entry<String, Object> entry : owners.entrySet()) {
			if (entry.getKey().toLowerCase(Locale.ROOT).startsWith(lower)) {
				if (found != null) {
					return null; // ambiguous
				}
				found = entry.getValue();
			}
		}
		return found;
	}

	private void finish() {
		if (controller != null && org.eclipse.jface.dialogs.MessageDialog.openQuestion(getSite().getShell(), Messages.Console_FinishTitle,
				Messages.Console_FinishQuestion)) {
			controller.finish();
		}
	}

	@Override
	public void setFocus() {
		if (stackLayout.topControl == running && what.isEnabled()) {
			what.setFocus();
		} else {
			stack.setFocus();
		}
	}

	@Override
	public void dispose() {
		ConductControllerWatcher.remove(this);
		if (controller != null) {
			controller.removeListener(listener);
		}
		super.dispose();
	}

	/** @return the "who" completion (tests) */
	public ContentProposalAdapter getWhoAssist() {
		return whoAssist;
	}
}
