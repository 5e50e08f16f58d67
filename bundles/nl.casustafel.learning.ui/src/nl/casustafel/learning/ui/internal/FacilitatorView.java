/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import nl.casustafel.learning.core.Capture;
import nl.casustafel.learning.core.CaptureLimitException;
import nl.casustafel.learning.core.Facilitator;
import nl.casustafel.learning.core.Facilitator.State;
import nl.casustafel.learning.core.Language;
import nl.casustafel.learning.core.LearningMinutes;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.core.LearningTags;
import nl.casustafel.learning.core.StepTimer;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.CaptureSpec;
import nl.casustafel.learning.model.Contribution;
import nl.casustafel.learning.model.LearningPoint;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.LocalizedText;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.model.PresenterRole;
import nl.casustafel.learning.model.StepLog;
import nl.casustafel.learning.model.TheoryItem;
import nl.casustafel.projector.ui.ProjectorService;

/**
 * The facilitator console on the laptop: it runs a session step by step (start, next, extend,
 * skip, finish) with the step timer, puts facilitator mode on the shared screen, and captures
 * contributions quickly with the step's rules enforced (for example at most three questions per
 * participant). Follows the session selected in the sessions list or open in the editor.
 */
public final class FacilitatorView extends ViewPart {

	/** How often the timer is redrawn. */
	private static final int TICK_MILLIS = 500;

	/** Minutes added by the extend button. */
	static final int EXTEND_MINUTES = 5;

	private InstantSource clock = InstantSource.system();
	private final List<LearningSession> sessions = new ArrayList<>();
	private LearningSession session;
	private Facilitator facilitator;
	private FacilitatorProjection projection;

	private Composite body;
	private Combo sessionCombo;
	private Label position;
	private Label stepTitle;
	private Label timer;
	private Label goal;
	private Label presenter;
	private Label rules;
	private Button start;
	private Button next;
	private Button extend;
	private Button skip;
	private Button finish;
	private Button project;
	private Combo kindCombo;
	private Combo participantCombo;
	private Combo theoryCombo;
	private Text tags;
	private Button forTeam;
	private Text entry;
	private Button add;
	private Label status;
	private TableViewer captured;
	private TableViewer stepTable;
	private Font bigFont;
	private Font timerFont;

	private final List<CaptureKind> kinds = new ArrayList<>();
	private MethodStep captureStep;
	private final List<Participant> participants = new ArrayList<>();
	private final List<TheoryItem> theories = new ArrayList<>();

	private final Runnable casebookListener = this::refresh;
	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Runnable projectorListener = this::updateProjectButton;
	private final Runnable tick = this::tick;

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		body = new Composite(scrolled, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		scrolled.setContent(body);
		scrolled.addListener(SWT.Resize, event -> {
			int width = scrolled.getClientArea().width;
			scrolled.setMinSize(body.computeSize(Math.max(width, 420), SWT.DEFAULT));
		});

		FontData base = parent.getFont().getFontData()[0];
		bigFont = new Font(parent.getDisplay(), base.getName(), Math.round(base.getHeight() * 1.6f), SWT.BOLD);
		timerFont = new Font(parent.getDisplay(), "Monospace", Math.round(base.getHeight() * 2.4f), SWT.BOLD); //$NON-NLS-1$

		Composite top = new Composite(body, SWT.NONE);
		top.setLayout(new GridLayout(2, false));
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(top, SWT.NONE).setText(Messages.facilitator_session);
		sessionCombo = Widgets.name(new Combo(top, SWT.READ_ONLY), "facilitator.session"); //$NON-NLS-1$
		sessionCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		sessionCombo.addListener(SWT.Selection, event -> {
			int index = sessionCombo.getSelectionIndex();
			setSession(index >= 0 && index < sessions.size() ? sessions.get(index) : null);
		});

		createStepArea(body);
		createCaptureArea(body);
		createStepTable(body);

		Casebooks.addListener(casebookListener);
		getSite().getPage().addPostSelectionListener(selectionListener);
		ProjectorService projector = projector();
		if (projector != null) {
			projector.addListener(projectorListener);
		}
		refresh();
		parent.getDisplay().timerExec(TICK_MILLIS, tick);
	}

	private void createStepArea(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.facilitator_stepGroup);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		position = Widgets.name(new Label(group, SWT.NONE), "facilitator.position"); //$NON-NLS-1$
		position.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		timer = Widgets.name(new Label(group, SWT.RIGHT), "facilitator.timer"); //$NON-NLS-1$
		timer.setFont(timerFont);
		timer.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false, 1, 2));
		stepTitle = Widgets.name(new Label(group, SWT.WRAP), "facilitator.step"); //$NON-NLS-1$
		stepTitle.setFont(bigFont);
		stepTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		goal = Widgets.name(new Label(group, SWT.WRAP), "facilitator.goal"); //$NON-NLS-1$
		goal.setLayoutData(wrapData(2));
		presenter = Widgets.name(new Label(group, SWT.WRAP), "facilitator.presenter"); //$NON-NLS-1$
		presenter.setLayoutData(wrapData(2));
		rules = Widgets.name(new Label(group, SWT.WRAP), "facilitator.rules"); //$NON-NLS-1$
		rules.setLayoutData(wrapData(2));

		Composite buttons = new Composite(group, SWT.NONE);
		GridLayout buttonsLayout = new GridLayout(6, false);
		buttonsLayout.marginWidth = 0;
		buttons.setLayout(buttonsLayout);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		start = button(buttons, Messages.facilitator_start, "facilitator.start", () -> facilitator.start()); //$NON-NLS-1$
		next = button(buttons, Messages.facilitator_next, "facilitator.next", () -> facilitator.next()); //$NON-NLS-1$
		extend = button(buttons, NLS.bind(Messages.facilitator_extend, Integer.valueOf(EXTEND_MINUTES)), "facilitator.extend", //$NON-NLS-1$
				() -> facilitator.extend(EXTEND_MINUTES));
		skip = button(buttons, Messages.facilitator_skip, "facilitator.skip", () -> facilitator.skip()); //$NON-NLS-1$
		finish = button(buttons, Messages.facilitator_finish, "facilitator.finish", () -> facilitator.finish()); //$NON-NLS-1$
		project = Widgets.name(new Button(buttons, SWT.TOGGLE), "facilitator.project"); //$NON-NLS-1$
		project.setText(Messages.facilitator_project);
		project.setToolTipText(Messages.facilitator_projectTooltip);
		project.addListener(SWT.Selection, event -> toggleProjector());
	}

	private Button button(Composite parent, String text, String name, Runnable action) {
		Button button = Widgets.name(new Button(parent, SWT.PUSH), name);
		button.setText(text);
		button.addListener(SWT.Selection, event -> run(action));
		return button;
	}

	private void run(Runnable action) {
		if (facilitator == null) {
			return;
		}
		try {
			action.run();
			setStatus("", false); //$NON-NLS-1$
		} catch (IllegalStateException e) {
			setStatus(e.getMessage(), true);
		}
		refresh();
	}

	private void createCaptureArea(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.facilitator_captureGroup);
		group.setLayout(new GridLayout(3, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		new Label(group, SWT.NONE).setText(Messages.facilitator_kind);
		kindCombo = Widgets.name(new Combo(group, SWT.READ_ONLY), "facilitator.kind"); //$NON-NLS-1$
		kindCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		kindCombo.addListener(SWT.Selection, event -> updateCaptureFields());
		new Label(group, SWT.NONE).setText(Messages.facilitator_participant);
		participantCombo = Widgets.name(new Combo(group, SWT.READ_ONLY), "facilitator.participant"); //$NON-NLS-1$
		participantCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		participantCombo.setVisibleItemCount(12);
		new Label(group, SWT.NONE).setText(Messages.facilitator_theory);
		theoryCombo = Widgets.name(new Combo(group, SWT.READ_ONLY), "facilitator.theory"); //$NON-NLS-1$
		theoryCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(group, SWT.NONE).setText(Messages.facilitator_tags);
		tags = Widgets.name(new Text(group, SWT.BORDER), "facilitator.tags"); //$NON-NLS-1$
		tags.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tags.setMessage(String.join(", ", LearningTags.suggested().subList(0, 3)) + ", \u2026"); //$NON-NLS-1$ //$NON-NLS-2$
		tags.setToolTipText(NLS.bind(Messages.facilitator_tagsTooltip, String.join(", ", LearningTags.suggested()))); //$NON-NLS-1$
		forTeam = Widgets.name(new Button(group, SWT.CHECK), "facilitator.forTeam"); //$NON-NLS-1$
		forTeam.setText(Messages.facilitator_forTeam);

		entry = Widgets.name(new Text(group, SWT.BORDER), "facilitator.entry"); //$NON-NLS-1$
		entry.setMessage(Messages.facilitator_entryHint);
		entry.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		entry.addListener(SWT.DefaultSelection, event -> capture());
		add = Widgets.name(new Button(group, SWT.PUSH), "facilitator.add"); //$NON-NLS-1$
		add.setText(Messages.facilitator_add);
		add.addListener(SWT.Selection, event -> capture());

		status = Widgets.name(new Label(group, SWT.WRAP), "facilitator.status"); //$NON-NLS-1$
		status.setLayoutData(wrapData(3));

		captured = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Widgets.name(captured.getTable(), "facilitator.captured"); //$NON-NLS-1$
		captured.getTable().setHeaderVisible(true);
		captured.getTable().setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		tableData.heightHint = 130;
		captured.getTable().setLayoutData(tableData);
		captured.setContentProvider(ArrayContentProvider.getInstance());
		column(captured, Messages.facilitator_columnWho, 150, this::who);
		column(captured, Messages.facilitator_columnKind, 140, this::kindOf);
		column(captured, Messages.facilitator_columnText, 380, this::textOf);
		Button remove = Widgets.name(new Button(group, SWT.PUSH), "facilitator.remove"); //$NON-NLS-1$
		remove.setText(Messages.facilitator_remove);
		remove.addListener(SWT.Selection, event -> {
			IStructuredSelection selection = captured.getStructuredSelection();
			if (facilitator != null && !selection.isEmpty()) {
				for (Object item : selection.toList()) {
					new Capture(session, Casebooks.domain(), clock).remove((org.eclipse.emf.ecore.EObject) item);
				}
				refresh();
			}
		});
	}

	private void createStepTable(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.facilitator_stepsGroup);
		group.setLayout(new GridLayout(1, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stepTable = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION);
		Widgets.name(stepTable.getTable(), "facilitator.steps"); //$NON-NLS-1$
		stepTable.getTable().setHeaderVisible(true);
		stepTable.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 170;
		stepTable.getTable().setLayoutData(data);
		stepTable.setContentProvider(ArrayContentProvider.getInstance());
		column(stepTable, Messages.facilitator_columnStep, 220, element -> LearningMinutes.stepName((MethodStep) element));
		column(stepTable, Messages.facilitator_columnPlanned, 90,
				element -> NLS.bind(Messages.facilitator_minutes, Integer.valueOf(((MethodStep) element).getMinutes())));
		column(stepTable, Messages.facilitator_columnActual, 110, element -> actual((MethodStep) element));
		column(stepTable, Messages.facilitator_columnState, 160, element -> stepState((MethodStep) element));
	}

	private static void column(TableViewer viewer, String title, int width, java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	private static GridData wrapData(int span) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = 300;
		return data;
	}

	// ---------------------------------------------------------------------------------------------

	/**
	 * Replaces the clock (tests drive the timer with their own).
	 *
	 * @param source the source of the current time
	 */
	public void setClock(InstantSource source) {
		this.clock = source;
		LearningSession current = session;
		session = null;
		setSession(current);
	}

	/**
	 * @return the facilitator of the session shown, or {@code null}
	 */
	public Facilitator facilitator() {
		return facilitator;
	}

	/**
	 * Shows a session.
	 *
	 * @param newSession a session of the active casebook, or {@code null}
	 */
	public void setSession(LearningSession newSession) {
		if (newSession == session && (newSession == null || facilitator != null)) {
			return;
		}
		boolean wasProjected = projection != null && projector() != null && projector().getContent() == projection;
		session = newSession;
		facilitator = newSession == null || newSession.getMethod() == null ? null
				: new Facilitator(newSession, Casebooks.domain(), clock);
		projection = facilitator == null ? null : new FacilitatorProjection(facilitator);
		if (wasProjected) {
			if (projection != null) {
				projector().show(projection);
			} else {
				projector().blank();
			}
		}
		setStatus("", false); //$NON-NLS-1$
		refresh();
	}

	/**
	 * @return the session shown, or {@code null}
	 */
	public LearningSession session() {
		return session;
	}

	/** Re-reads everything from the model. */
	public void refresh() {
		if (body == null || body.isDisposed()) {
			return;
		}
		if (session != null && (session.eResource() == null || Casebooks.findSession(session.getId()) != session)) {
			// the casebook was closed or reverted: follow the same session in the new model
			LearningSession again = Casebooks.findSession(session.getId());
			session = null;
			facilitator = null;
			setSession(again);
			return;
		}
		sessions.clear();
		sessions.addAll(LearningSessions.sessions(Casebooks.casebook()));
		String[] items = sessions.stream().map(FacilitatorView::sessionLabel).toArray(String[]::new);
		if (!java.util.Arrays.equals(items, sessionCombo.getItems())) {
			sessionCombo.setItems(items);
		}
		sessionCombo.select(sessions.indexOf(session));
		if (session == null && !sessions.isEmpty()) {
			LearningSession preferred = sessions.stream()
					.filter(s -> s.getState() == nl.casustafel.learning.model.SessionState.RUNNING).findFirst()
					.orElse(null);
			if (preferred != null) {
				setSession(preferred);
				return;
			}
		}
		refreshStep();
		refreshCapture();
		stepTable.setInput(facilitator == null ? List.of() : facilitator.steps());
		stepTable.refresh();
		if (projection != null) {
			projection.update();
		}
		body.layout(true, true);
	}

	private void refreshStep() {
		boolean editable = Casebooks.editable() && facilitator != null;
		State state = facilitator == null ? null : facilitator.state();
		MethodStep step = facilitator == null ? null : facilitator.currentStep();
		if (facilitator == null) {
			position.setText(Messages.facilitator_noSession);
			stepTitle.setText(""); //$NON-NLS-1$
			goal.setText(""); //$NON-NLS-1$
			presenter.setText(""); //$NON-NLS-1$
			rules.setText(""); //$NON-NLS-1$
		} else if (state == State.FINISHED) {
			position.setText(Messages.facilitator_finished);
			stepTitle.setText(Language.text(session.getMethod().getName()));
			goal.setText(""); //$NON-NLS-1$
			presenter.setText(""); //$NON-NLS-1$
			rules.setText(""); //$NON-NLS-1$
		} else if (step == null) {
			MethodStep upcoming = facilitator.upcomingStep();
			position.setText(Messages.facilitator_notStarted);
			stepTitle.setText(upcoming == null ? "" : LearningMinutes.stepName(upcoming)); //$NON-NLS-1$
			goal.setText(upcoming == null ? "" : Language.text(upcoming.getGoal())); //$NON-NLS-1$
			presenter.setText(""); //$NON-NLS-1$
			rules.setText(""); //$NON-NLS-1$
		} else {
			position.setText(NLS.bind(Messages.facilitator_position,
					Integer.valueOf(facilitator.currentIndex() + 1), Integer.valueOf(facilitator.steps().size())));
			stepTitle.setText(LearningMinutes.stepName(step));
			goal.setText(Language.text(step.getGoal()));
			String role = step.getPresenter() == PresenterRole.LISTENS ? Messages.presenter_listens
					: step.getPresenter() == PresenterRole.ANSWERS_FACTS ? Messages.presenter_answersFacts : Messages.presenter_speaks;
			presenter.setText(role);
			StringBuilder text = new StringBuilder();
			for (LocalizedText rule : step.getSpeakingRules()) {
				if (!Language.text(rule).equals(role)) {
					text.append("\u2022 ").append(Language.text(rule)).append('\n'); //$NON-NLS-1$
				}
			}
			if (!Widgets.blank(Language.text(step.getGuidance()))) {
				text.append('\n').append(Language.text(step.getGuidance()));
			}
			for (LocalizedText prompt : step.getPrompts()) {
				text.append("\n? ").append(Language.text(prompt)); //$NON-NLS-1$
			}
			rules.setText(text.toString().strip());
		}
		start.setEnabled(editable && facilitator.canStart());
		next.setEnabled(editable && state == State.RUNNING);
		extend.setEnabled(editable && state == State.RUNNING);
		skip.setEnabled(editable && state == State.RUNNING);
		finish.setEnabled(editable && state != State.FINISHED && !session.getStepLogs().isEmpty());
		project.setEnabled(facilitator != null && projector() != null);
		start.setText(session != null && !session.getStepLogs().isEmpty() ? Messages.facilitator_resume : Messages.facilitator_start);
		updateProjectButton();
		tick(false);
	}

	private void refreshCapture() {
		MethodStep step = facilitator == null ? null : facilitator.currentStep();
		if (step != captureStep) {
			// a new step: contributions are from the group until someone is chosen
			captureStep = step;
			participantCombo.deselectAll();
		}
		CaptureKind selected = kindCombo.getSelectionIndex() >= 0 && kindCombo.getSelectionIndex() < kinds.size()
				? kinds.get(kindCombo.getSelectionIndex())
				: null;
		kinds.clear();
		if (step != null) {
			for (CaptureSpec spec : step.getCaptures()) {
				if (spec.getKind() != CaptureKind.THEORY) {
					kinds.add(spec.getKind());
				}
			}
		}
		if (facilitator != null && facilitator.state() != State.FINISHED) {
			for (CaptureKind always : List.of(CaptureKind.NOTE, CaptureKind.LEARNING_POINT, CaptureKind.PARKED)) {
				if (!kinds.contains(always)) {
					kinds.add(always);
				}
			}
		}
		String[] kindItems = kinds.stream().map(kind -> kindLabel(step, kind)).toArray(String[]::new);
		if (!java.util.Arrays.equals(kindItems, kindCombo.getItems())) {
			kindCombo.setItems(kindItems);
			kindCombo.select(selected != null && kinds.contains(selected) ? kinds.indexOf(selected) : 0);
		}
		theories.clear();
		if (session != null) {
			theories.addAll(session.getTheoryItems());
		}
		int theoryIndex = theoryCombo.getSelectionIndex();
		List<String> theoryItems = new ArrayList<>();
		theoryItems.add(Messages.facilitator_noTheory);
		theories.forEach(item -> theoryItems.add(Widgets.nonNull(item.getTitle())));
		if (!theoryItems.equals(List.of(theoryCombo.getItems()))) {
			theoryCombo.setItems(theoryItems.toArray(String[]::new));
			theoryCombo.select(Math.max(0, Math.min(theoryIndex, theoryItems.size() - 1)));
		}
		updateCaptureFields();
		List<Object> items = new ArrayList<>();
		if (session != null && step != null) {
			for (Contribution contribution : session.getContributions()) {
				if (contribution.getStep() == step) {
					items.add(contribution);
				}
			}
			for (LearningPoint point : session.getLearningPoints()) {
				if (point.getStep() == step) {
					items.add(point);
				}
			}
		}
		captured.setInput(items);
		boolean editable = Casebooks.editable() && step != null;
		for (Control control : new Control[] { kindCombo, participantCombo, entry, add }) {
			control.setEnabled(editable);
		}
		for (Control control : new Control[] { tags, forTeam, theoryCombo }) {
			control.setEnabled(editable && control.getEnabled());
		}
	}

	private String kindLabel(MethodStep step, CaptureKind kind) {
		CaptureSpec spec = Capture.spec(step, kind).orElse(null);
		if (spec != null && spec.getLabel() != null) {
			return Language.text(spec.getLabel());
		}
		return Capture.kindLabel(kind);
	}

	private CaptureKind selectedKind() {
		int index = kindCombo.getSelectionIndex();
		return index >= 0 && index < kinds.size() ? kinds.get(index) : null;
	}

	private void updateCaptureFields() {
		MethodStep step = facilitator == null ? null : facilitator.currentStep();
		CaptureKind kind = selectedKind();
		Participant previous = selectedParticipant();
		participants.clear();
		List<String> items = new ArrayList<>();
		items.add(Messages.facilitator_nobody);
		if (session != null) {
			Capture capture = new Capture(session, null, clock);
			CaptureSpec spec = kind == null ? null : Capture.spec(step, kind).orElse(null);
			for (Participant participant : session.getParticipants()) {
				participants.add(participant);
				String label = participant.displayName();
				if (capture.isPresenter(participant)) {
					label += " (" + Messages.facilitator_presenter + ')'; //$NON-NLS-1$
				}
				if (spec != null && spec.getMaximum() > 0 && spec.isPerParticipant()) {
					int used = capture.contributions(step, kind, participant).size();
					label += " (" + used + '/' + spec.getMaximum() + ')'; //$NON-NLS-1$
				}
				items.add(label);
			}
		}
		participantCombo.setItems(items.toArray(String[]::new));
		participantCombo.select(previous == null ? 0 : participants.indexOf(previous) + 1);
		boolean theoryAllowed = kind != null && Capture.spec(step, kind).map(CaptureSpec::isTheoryLink).orElse(Boolean.FALSE)
				.booleanValue() && kind != CaptureKind.THEORY;
		theoryCombo.setEnabled(theoryAllowed && !theories.isEmpty());
		boolean point = kind == CaptureKind.LEARNING_POINT;
		tags.setEnabled(point);
		forTeam.setEnabled(point);
	}

	private Participant selectedParticipant() {
		int index = participantCombo.getSelectionIndex() - 1;
		return index >= 0 && index < participants.size() ? participants.get(index) : null;
	}

	/**
	 * Captures what is in the entry field as the selected kind, from the selected participant.
	 */
	void capture() {
		MethodStep step = facilitator == null ? null : facilitator.currentStep();
		CaptureKind kind = selectedKind();
		String text = entry.getText();
		if (step == null || kind == null || Widgets.blank(text)) {
			return;
		}
		Capture capture = new Capture(session, Casebooks.domain(), clock);
		Participant participant = selectedParticipant();
		try {
			if (kind == CaptureKind.LEARNING_POINT) {
				capture.addLearningPoint(step, participant, text, LearningTags.parse(tags.getText()), forTeam.getSelection());
				tags.setText(""); //$NON-NLS-1$
				forTeam.setSelection(false);
			} else if (kind == CaptureKind.FINAL_QUESTION) {
				capture.setFinalQuestion(text.strip());
			} else {
				int theoryIndex = theoryCombo.getSelectionIndex() - 1;
				TheoryItem theory = theoryCombo.isEnabled() && theoryIndex >= 0 && theoryIndex < theories.size()
						? theories.get(theoryIndex)
						: null;
				capture.add(step, kind, participant, text, theory);
			}
			entry.setText(""); //$NON-NLS-1$
			setStatus(NLS.bind(Messages.facilitator_captured, kindLabel(step, kind)), false);
		} catch (CaptureLimitException e) {
			setStatus(e.getMessage(), true);
		} catch (IllegalStateException e) {
			setStatus(e.getMessage(), true);
		}
		refresh();
		entry.setFocus();
	}

	private void setStatus(String text, boolean error) {
		if (status == null || status.isDisposed()) {
			return;
		}
		status.setText(text);
		status.setForeground(status.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
		status.getParent().layout(true, true);
	}

	// ---------------------------------------------------------------------------------------------

	private void tick() {
		if (body == null || body.isDisposed()) {
			return;
		}
		tick(true);
		body.getDisplay().timerExec(TICK_MILLIS, tick);
	}

	/** Redraws the timers from the clock. */
	public void tick(boolean projector) {
		StepTimer stepTimer = facilitator == null ? null : facilitator.timer();
		if (stepTimer == null) {
			timer.setText(""); //$NON-NLS-1$
		} else {
			timer.setText(stepTimer.display());
			Color color = body.getDisplay().getSystemColor(
					stepTimer.isOverrun() ? SWT.COLOR_RED : stepTimer.isNearlyUp() ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_WIDGET_FOREGROUND);
			timer.setForeground(color);
		}
		timer.getParent().layout(true);
		StepLog running = facilitator == null ? null : facilitator.openLog();
		if (running != null && running.getStep() != null) {
			stepTable.update(running.getStep(), null);
		}
		if (projector && projection != null) {
			projection.update();
		}
	}

	private void toggleProjector() {
		ProjectorService projector = projector();
		if (projector == null || projection == null) {
			return;
		}
		if (projector.getContent() == projection) {
			projector.blank();
		} else {
			projector.show(projection);
		}
		updateProjectButton();
	}

	private void updateProjectButton() {
		if (project == null || project.isDisposed()) {
			return;
		}
		ProjectorService projector = projector();
		project.setSelection(projector != null && projection != null && projector.getContent() == projection);
	}

	/**
	 * @return the projection of the session shown, or {@code null}
	 */
	FacilitatorProjection projection() {
		return projection;
	}

	private static ProjectorService projector() {
		return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(ProjectorService.class) : null;
	}

	private void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (part == this) {
			return;
		}
		LearningSession selected = null;
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof LearningSession s) {
			selected = s;
		} else if (part instanceof SessionEditor editor) {
			selected = editor.session();
		}
		if (selected != null && selected != session && (facilitator == null || facilitator.state() != State.RUNNING)) {
			setSession(selected);
		}
	}

	// ---------------------------------------------------------------------------------------------

	private String who(Object element) {
		Participant participant = element instanceof Contribution c ? c.getParticipant()
				: element instanceof LearningPoint p ? p.getParticipant() : null;
		return participant == null ? "" : participant.displayName(); //$NON-NLS-1$
	}

	private String kindOf(Object element) {
		if (element instanceof Contribution contribution) {
			return Capture.kindLabel(contribution.getKind());
		}
		return Capture.kindLabel(CaptureKind.LEARNING_POINT);
	}

	private String textOf(Object element) {
		if (element instanceof Contribution contribution) {
			String text = contribution.getText();
			if (contribution.getTheory() != null) {
				text += "  [" + Widgets.nonNull(contribution.getTheory().getTitle()) + ']'; //$NON-NLS-1$
			}
			return text;
		}
		LearningPoint point = (LearningPoint) element;
		String text = point.getText();
		if (!point.getTags().isEmpty()) {
			text += "  [" + String.join(", ", point.getTags()) + ']'; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text;
	}

	private String actual(MethodStep step) {
		StepLog log = facilitator == null ? null : facilitator.log(step);
		if (log == null) {
			return ""; //$NON-NLS-1$
		}
		StepTimer stepTimer = facilitator.timer(log);
		return StepTimer.clock(stepTimer.elapsed());
	}

	private String stepState(MethodStep step) {
		StepLog log = facilitator == null ? null : facilitator.log(step);
		if (log == null) {
			return ""; //$NON-NLS-1$
		}
		List<String> parts = new ArrayList<>();
		if (log.getEndedAt() == null) {
			parts.add(Messages.facilitator_running);
		} else if (log.isSkipped()) {
			parts.add(Messages.facilitator_skipped);
		} else {
			parts.add(Messages.facilitator_done);
		}
		if (log.getExtraMinutes() > 0) {
			parts.add("+" + log.getExtraMinutes() + " min"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		StepTimer stepTimer = facilitator.timer(log);
		if (stepTimer.isOverrun()) {
			parts.add(NLS.bind(Messages.facilitator_overran, StepTimer.clock(stepTimer.overrun())));
		}
		return String.join(", ", parts); //$NON-NLS-1$
	}

	private static String sessionLabel(LearningSession session) {
		String date = Widgets.date(session.getDate());
		String title = Widgets.nonNull(session.getTitle());
		return date.isEmpty() ? title : date + " \u2014 " + title; //$NON-NLS-1$
	}

	@Override
	public void setFocus() {
		if (entry != null && entry.isEnabled()) {
			entry.setFocus();
		} else if (sessionCombo != null) {
			sessionCombo.setFocus();
		}
	}

	@Override
	public void dispose() {
		Casebooks.removeListener(casebookListener);
		getSite().getPage().removePostSelectionListener(selectionListener);
		ProjectorService projector = projector();
		if (projector != null) {
			projector.removeListener(projectorListener);
			if (projection != null && projector.getContent() == projection) {
				projector.blank();
			}
		}
		if (bigFont != null) {
			bigFont.dispose();
			timerFont.dispose();
		}
		super.dispose();
	}
}
