/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import nl.casustafel.core.ActiveSessionListener;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookSessionListener;
import nl.casustafel.projector.ui.ProjectorService;
import nl.casustafel.reflection.core.CoverageCheck;
import nl.casustafel.reflection.core.CoverageCheck.FunctionCoverage;
import nl.casustafel.reflection.core.QuestionSetException;
import nl.casustafel.reflection.core.QuestionSetProblem;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.core.QuestionSets;
import nl.casustafel.reflection.core.ReflectionPreferences;
import nl.casustafel.reflection.core.ReflectionTargets;
import nl.casustafel.reflection.core.ReflectionTexts;
import nl.casustafel.reflection.core.Reflections;
import nl.casustafel.reflection.core.RegisteredQuestionSet;
import nl.casustafel.reflection.model.Journal;
import nl.casustafel.reflection.model.Level;
import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.QuestionSet;
import nl.casustafel.reflection.model.Reflection;
import nl.casustafel.reflection.model.TargetKind;
import nl.casustafel.reflection.model.Theme;
import nl.casustafel.reflection.ui.ReflectionUi;

/**
 * The Reflection view (<i>Reflectie</i>): follows the selected case, agenda item, meeting or
 * learning session (or shows the user's personal journal), offers the question sets that fit it,
 * filters their questions by theme, level and tag, and records answers and the "discussed" mark in
 * the casebook through undoable EMF commands. One action projects the selected question on the
 * shared screen.
 */
public class ReflectionView extends ViewPart {

	/** The "all" entry of the theme, level and tag filters. */
	static final Object ALL = new Object() {
		@Override
		public String toString() {
			return "*"; //$NON-NLS-1$
		}
	};

	/** Id of the toolbar action that projects the selected question. */
	public static final String ACTION_PROJECT = ReflectionUi.PLUGIN_ID + ".action.project"; //$NON-NLS-1$

	/** Id of the toolbar action that marks the selected question as discussed. */
	public static final String ACTION_DISCUSSED = ReflectionUi.PLUGIN_ID + ".action.discussed"; //$NON-NLS-1$

	/** Id of the toolbar action that switches to the user's personal journal. */
	public static final String ACTION_JOURNAL = ReflectionUi.PLUGIN_ID + ".action.journal"; //$NON-NLS-1$

	private static final String IMAGE_PREFIX = "icons/"; //$NON-NLS-1$

	private static final String CHECK = "\u2713"; //$NON-NLS-1$

	private static final String OPEN = "\u25CB"; //$NON-NLS-1$

	private CasebookService casebooks;

	private QuestionSetRegistry registry;

	private CasebookSession session;

	/** The last target selected elsewhere. */
	private EObject followed;

	/** The user's journal (not yet in the casebook until the first answer) in journal mode. */
	private Journal journal;

	private boolean journalMode;

	private List<RegisteredQuestionSet> sets = List.of();

	private RegisteredQuestionSet set;

	private Object themeFilter = ALL;

	private Object levelFilter = ALL;

	private Object tagFilter = ALL;

	private Question question;

	private Map<String, Reflection> answers = Map.of();

	private boolean answerDirty;

	private boolean updating;

	private Composite root;

	private Label targetLabel;

	private Label messageLabel;

	private Composite problemsRow;

	private Link problemsLink;

	private Composite filters;

	private ComboViewer setCombo;

	private ComboViewer themeCombo;

	private ComboViewer levelCombo;

	private ComboViewer tagCombo;

	private Label countLabel;

	private Composite coverageBar;

	private SashForm sash;

	private TableViewer table;

	private Composite detail;

	private Label questionLabel;

	private Label hintLabel;

	private Label metaLabel;

	private Text answerText;

	private Button saveButton;

	private Button discussedButton;

	private Button projectButton;

	private Label statusLabel;

	private Font questionFont;

	private Font targetFont;

	private LocalResourceManager resources;

	private Action projectAction;

	private Action discussedAction;

	private Action journalAction;

	private Action exportAction;

	private final ISelectionListener selectionListener = (IWorkbenchPart part, ISelection selection) -> {
		if (part != this) {
			selectionChanged(selection);
		}
	};

	private final ActiveSessionListener activeSessionListener = (previous, current) -> ui(() -> setSession(current));

	private final CommandStackListener commandStackListener = event -> ui(this::modelChanged);

	private final CasebookSessionListener sessionListener = new CasebookSessionListener() {
		@Override
		public void reloaded(CasebookSession reloaded) {
			ui(() -> {
				followed = null;
				journal = null;
				update();
			});
		}

		@Override
		public void closed(CasebookSession closed) {
			ui(() -> {
				if (closed == session) {
					setSession(null);
				}
			});
		}
	};

	private final Runnable registryListener = () -> ui(this::update);

	@Override
	public void createPartControl(Composite parent) {
		casebooks = Services.casebooks();
		registry = Services.registry();

		root = new Composite(parent, SWT.NONE);
		GridLayout rootLayout = new GridLayout(1, false);
		rootLayout.marginWidth = 8;
		rootLayout.marginHeight = 6;
		root.setLayout(rootLayout);

		targetFont = derive(root, SWT.BOLD, 1.25);
		questionFont = derive(root, SWT.BOLD, 1.15);

		targetLabel = wrappingLabel(root, "target"); //$NON-NLS-1$
		targetLabel.setFont(targetFont);
		messageLabel = wrappingLabel(root, "message"); //$NON-NLS-1$
		createProblemsRow(root);
		createFilters(root);
		coverageBar = new Composite(root, SWT.NONE);
		tag(coverageBar, "coverage"); //$NON-NLS-1$
		RowLayout coverageLayout = new RowLayout(SWT.HORIZONTAL);
		coverageLayout.wrap = true;
		coverageLayout.marginLeft = 0;
		coverageLayout.spacing = 10;
		coverageBar.setLayout(coverageLayout);
		coverageBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		sash = new SashForm(root, SWT.VERTICAL | SWT.SMOOTH);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createTable(sash);
		createDetail(sash);
		sash.setWeights(42, 58);

		makeActions();
		root.addListener(SWT.Resize, event -> wrap());

		getSite().getPage().addSelectionListener(selectionListener);
		if (casebooks != null) {
			casebooks.addActiveSessionListener(activeSessionListener);
		}
		if (registry != null) {
			registry.addListener(registryListener);
		}
		setSession(casebooks == null ? null : casebooks.getActiveSession());
		selectionChanged(getSite().getPage().getSelection());
		update();
	}

	private void createProblemsRow(Composite parent) {
		problemsRow = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		problemsRow.setLayout(layout);
		problemsRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label icon = new Label(problemsRow, SWT.NONE);
		icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
		problemsLink = new Link(problemsRow, SWT.NONE);
		tag(problemsLink, "problems"); //$NON-NLS-1$
		problemsLink.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		problemsLink.addListener(SWT.Selection, event -> showProblems());
	}

	private void createFilters(Composite parent) {
		filters = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(6, false);
		layout.marginWidth = 0;
		layout.marginHeight = 2;
		filters.setLayout(layout);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		new Label(filters, SWT.NONE).setText(Messages.filter_set);
		setCombo = combo(filters, "filter.set", 5); //$NON-NLS-1$
		setCombo.setLabelProvider(LabelProvider.createTextProvider(
				element -> ReflectionTexts.text(((RegisteredQuestionSet) element).set().getTitle())));
		setCombo.addSelectionChangedListener(event -> {
			if (!updating && event.getStructuredSelection().getFirstElement() instanceof RegisteredQuestionSet chosen) {
				commitAnswer();
				set = chosen;
				themeFilter = ALL;
				tagFilter = ALL;
				question = null;
				update();
			}
		});

		new Label(filters, SWT.NONE).setText(Messages.filter_theme);
		themeCombo = combo(filters, "filter.theme", 1); //$NON-NLS-1$
		themeCombo.setLabelProvider(LabelProvider.createTextProvider(
				element -> element == ALL ? Messages.filter_allThemes : ReflectionTexts.text(((Theme) element).getTitle())));
		themeCombo.addSelectionChangedListener(event -> filterChanged(() -> themeFilter = selected(themeCombo)));

		new Label(filters, SWT.NONE).setText(Messages.filter_level);
		levelCombo = combo(filters, "filter.level", 1); //$NON-NLS-1$
		levelCombo.setLabelProvider(LabelProvider.createTextProvider(
				element -> element == ALL ? Messages.filter_allLevels : Labels.level((Level) element)));
		levelCombo.addSelectionChangedListener(event -> filterChanged(() -> levelFilter = selected(levelCombo)));

		new Label(filters, SWT.NONE).setText(Messages.filter_tag);
		tagCombo = combo(filters, "filter.tag", 1); //$NON-NLS-1$
		tagCombo.setLabelProvider(LabelProvider.createTextProvider(
				element -> element == ALL ? Messages.filter_allTags : element.toString()));
		tagCombo.addSelectionChangedListener(event -> filterChanged(() -> tagFilter = selected(tagCombo)));

		countLabel = new Label(filters, SWT.NONE);
		tag(countLabel, "count"); //$NON-NLS-1$
		countLabel.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 6, 1));
	}

	private void createTable(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		table = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		tag(table.getTable(), "questions"); //$NON-NLS-1$
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());

		TableViewerColumn discussed = column(columns, CHECK, 0, 34);
		discussed.getColumn().setToolTipText(Messages.column_discussed);
		discussed.getColumn().setAlignment(SWT.CENTER);
		discussed.setLabelProvider(ColumnLabelProvider.createTextProvider(
				element -> reflection((Question) element) != null && reflection((Question) element).isDiscussed() ? CHECK
						: "")); //$NON-NLS-1$
		column(columns, Messages.column_question, 62, 0).setLabelProvider(
				ColumnLabelProvider.createTextProvider(element -> ReflectionTexts.text(((Question) element).getText())));
		column(columns, Messages.column_level, 10, 0).setLabelProvider(
				ColumnLabelProvider.createTextProvider(element -> Labels.shortLevel(((Question) element).getLevel())));
		column(columns, Messages.column_answer, 28, 0).setLabelProvider(ColumnLabelProvider.createTextProvider(element -> {
			Reflection reflection = reflection((Question) element);
			String answer = reflection == null || reflection.getAnswer() == null ? "" : reflection.getAnswer().strip(); //$NON-NLS-1$
			int newline = answer.indexOf('\n');
			return newline < 0 ? answer : answer.substring(0, newline) + " \u2026"; //$NON-NLS-1$
		}));

		table.addSelectionChangedListener(event -> {
			if (updating) {
				return;
			}
			Question chosen = (Question) event.getStructuredSelection().getFirstElement();
			if (chosen != question) {
				commitAnswer();
				question = chosen;
				updateDetail();
				updateActions();
			}
		});
		table.addDoubleClickListener(event -> projectSelectedQuestion());
	}

	private TableViewerColumn column(TableColumnLayout layout, String title, int weight, int pixels) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), weight > 0 ? new ColumnWeightData(weight, 60, true)
				: new ColumnWeightData(0, pixels, false));
		return column;
	}

	private void createDetail(Composite parent) {
		detail = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginTop = 6;
		detail.setLayout(layout);

		questionLabel = wrappingLabel(detail, "question"); //$NON-NLS-1$
		questionLabel.setFont(questionFont);
		hintLabel = wrappingLabel(detail, "hint"); //$NON-NLS-1$
		hintLabel.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
		metaLabel = wrappingLabel(detail, "meta"); //$NON-NLS-1$
		metaLabel.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));

		Label answerTitle = new Label(detail, SWT.NONE);
		answerTitle.setText(Messages.detail_answer);
		answerTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		answerText = new Text(detail, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		tag(answerText, "answer"); //$NON-NLS-1$
		GridData answerData = new GridData(SWT.FILL, SWT.FILL, true, true);
		answerData.heightHint = 4 * answerText.getLineHeight();
		answerData.minimumHeight = 3 * answerText.getLineHeight();
		answerData.widthHint = 100;
		answerText.setLayoutData(answerData);
		answerText.addListener(SWT.Modify, event -> {
			if (!updating) {
				answerDirty = true;
				saveButton.setEnabled(true);
			}
		});
		answerText.addListener(SWT.FocusOut, event -> commitAnswer());
		answerText.addListener(SWT.KeyDown, event -> {
			if ((event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) && (event.stateMask & SWT.MOD1) != 0) {
				event.doit = false;
				commitAnswer();
			}
		});

		Composite buttons = new Composite(detail, SWT.NONE);
		GridLayout buttonLayout = new GridLayout(3, false);
		buttonLayout.marginWidth = 0;
		buttons.setLayout(buttonLayout);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		saveButton = new Button(buttons, SWT.PUSH);
		tag(saveButton, "save"); //$NON-NLS-1$
		saveButton.setText(Messages.detail_save);
		saveButton.setToolTipText(Messages.detail_saveTooltip);
		saveButton.addListener(SWT.Selection, event -> commitAnswer());
		// A toggle, not a check box: the workbench theme's background hides GTK's check mark.
		discussedButton = new Button(buttons, SWT.TOGGLE);
		tag(discussedButton, "discussed"); //$NON-NLS-1$
		discussedButton.setText(Messages.detail_discussed);
		discussedButton.setImage(image("discussed.png")); //$NON-NLS-1$
		discussedButton.setToolTipText(Messages.action_discussed);
		discussedButton.addListener(SWT.Selection, event -> setDiscussed(discussedButton.getSelection()));
		projectButton = new Button(buttons, SWT.PUSH);
		tag(projectButton, "project"); //$NON-NLS-1$
		projectButton.setText(Messages.detail_project);
		projectButton.setImage(image("project.png")); //$NON-NLS-1$
		projectButton.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		projectButton.addListener(SWT.Selection, event -> projectSelectedQuestion());

		statusLabel = wrappingLabel(detail, "status"); //$NON-NLS-1$
		statusLabel.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
	}

	private void makeActions() {
		projectAction = new Action(Messages.action_project, descriptor("project.png")) { //$NON-NLS-1$
			@Override
			public void run() {
				projectSelectedQuestion();
			}
		};
		projectAction.setId(ACTION_PROJECT);
		projectAction.setToolTipText(Messages.action_projectTooltip);
		projectAction.setActionDefinitionId(ReflectionUi.COMMAND_PROJECT);
		discussedAction = new Action(Messages.action_discussed, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setDiscussed(isChecked());
			}
		};
		discussedAction.setId(ACTION_DISCUSSED);
		discussedAction.setImageDescriptor(descriptor("discussed.png")); //$NON-NLS-1$
		journalAction = new Action(Messages.action_journal, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setJournalMode(isChecked());
			}
		};
		journalAction.setId(ACTION_JOURNAL);
		journalAction.setImageDescriptor(descriptor("journal.png")); //$NON-NLS-1$
		journalAction.setToolTipText(Messages.action_journalTooltip);
		Action importAction = new Action(Messages.action_import, descriptor("import.png")) { //$NON-NLS-1$
			@Override
			public void run() {
				importSet();
			}
		};
		exportAction = new Action(Messages.action_export, descriptor("export.png")) { //$NON-NLS-1$
			@Override
			public void run() {
				exportSet();
			}
		};
		Action problemsAction = new Action(Messages.action_problems) {
			@Override
			public void run() {
				showProblems();
			}
		};
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(projectAction);
		toolBar.add(discussedAction);
		toolBar.add(new Separator());
		toolBar.add(journalAction);
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		menu.add(importAction);
		menu.add(exportAction);
		menu.add(new Separator());
		menu.add(problemsAction);
	}

	// ---------------------------------------------------------------- following the work

	/**
	 * Follows a selection: its first element (or what it adapts to) when that is, or lies in, a
	 * reflection target of the active casebook. Other selections leave the view as it is.
	 *
	 * @param selection a selection of another part
	 */
	private void selectionChanged(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty() || root == null
				|| root.isDisposed()) {
			return;
		}
		Object first = structured.getFirstElement();
		EObject object = first instanceof EObject eObject ? eObject : Adapters.adapt(first, EObject.class);
		EObject target = ReflectionTargets.targetOf(object);
		if (target == null || !belongs(target) || target == followed && !journalMode) {
			return;
		}
		commitAnswer();
		followed = target;
		if (journalMode) {
			journalMode = false;
			journalAction.setChecked(false);
		}
		question = null;
		update();
	}

	private void setSession(CasebookSession newSession) {
		CasebookSession active = newSession == null || newSession.isClosed() ? null : newSession;
		if (active == session) {
			return;
		}
		commitAnswer();
		if (session != null && !session.isClosed()) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
			session.removeSessionListener(sessionListener);
		}
		session = active;
		followed = null;
		journal = null;
		journalMode = false;
		if (journalAction != null) {
			journalAction.setChecked(false);
		}
		if (session != null) {
			session.getEditingDomain().getCommandStack().addCommandStackListener(commandStackListener);
			session.addSessionListener(sessionListener);
		}
		if (root != null && !root.isDisposed()) {
			update();
		}
	}

	private void setJournalMode(boolean on) {
		commitAnswer();
		journalMode = on && session != null;
		if (journalMode) {
			String owner = ReflectionPreferences.author();
			Journal existing = Reflections.journalOf(session.getCasebook(), owner);
			if (existing != null) {
				journal = existing;
			} else if (journal == null || !Objects.equals(owner, journal.getOwner())) {
				journal = Reflections.newJournal(owner);
			}
		}
		journalAction.setChecked(journalMode);
		question = null;
		update();
	}

	private boolean belongs(EObject object) {
		return session != null && !session.isClosed() && object != null
				&& EcoreUtil.getRootContainer(object) == session.getCasebook();
	}

	private EObject currentTarget() {
		if (journalMode) {
			return journal;
		}
		return followed;
	}

	// ---------------------------------------------------------------- showing

	private void update() {
		if (root == null || root.isDisposed()) {
			return;
		}
		updating = true;
		try {
			EObject target = currentTarget();
			if (target != null && !journalMode && !belongs(target)) {
				followed = null;
				target = null;
			}
			targetLabel.setText(target == null ? "" : Labels.target(target)); //$NON-NLS-1$
			show(targetLabel, target != null);
			String message = session == null ? Messages.view_noCasebook
					: target == null ? Messages.view_noTarget : session.isReadOnly() ? Messages.view_readOnly : ""; //$NON-NLS-1$
			messageLabel.setText(message);
			show(messageLabel, !message.isEmpty());

			sets = target == null || registry == null ? List.of() : registry.getSets(ReflectionTargets.kindOf(target));
			if (target != null && sets.isEmpty()) {
				messageLabel.setText(Messages.view_noSets);
				show(messageLabel, true);
			}
			set = sets.stream().filter(candidate -> set != null && candidate.id().equals(set.id())).findFirst()
					.orElse(sets.isEmpty() ? null : sets.get(0));
			setCombo.setInput(sets);
			setCombo.setSelection(set == null ? StructuredSelection.EMPTY : new StructuredSelection(set));
			show(filters, set != null);
			show(sash, set != null);

			updateFilters();
			answers = answers(target);
			updateTable();
			updateCoverage(target);
			updateProblems();
		} finally {
			updating = false;
		}
		updateDetail();
		updateActions();
		root.layout(true, true);
		wrap();
	}

	private void updateFilters() {
		QuestionSet current = set == null ? null : set.set();
		List<Object> themes = new ArrayList<>();
		themes.add(ALL);
		TreeSet<String> tags = new TreeSet<>();
		if (current != null) {
			themes.addAll(current.getThemes());
			for (Question each : questions(current)) {
				tags.addAll(each.getTags());
			}
		}
		List<Object> tagChoices = new ArrayList<>();
		tagChoices.add(ALL);
		tagChoices.addAll(tags);
		List<Object> levels = new ArrayList<>();
		levels.add(ALL);
		levels.addAll(Level.VALUES);
		if (!themes.contains(themeFilter)) {
			themeFilter = ALL;
		}
		if (!tagChoices.contains(tagFilter)) {
			tagFilter = ALL;
		}
		themeCombo.setInput(themes);
		themeCombo.setSelection(new StructuredSelection(themeFilter));
		levelCombo.setInput(levels);
		levelCombo.setSelection(new StructuredSelection(levelFilter));
		tagCombo.setInput(tagChoices);
		tagCombo.setSelection(new StructuredSelection(tagFilter));
	}

	private void filterChanged(Runnable change) {
		if (updating) {
			return;
		}
		commitAnswer();
		change.run();
		updating = true;
		try {
			updateTable();
		} finally {
			updating = false;
		}
		updateDetail();
		updateActions();
	}

	/**
	 * @return the questions of the current set that pass the filters, in set order
	 */
	private List<Question> shownQuestions() {
		if (set == null) {
			return List.of();
		}
		List<Question> result = new ArrayList<>();
		for (Theme theme : set.set().getThemes()) {
			if (themeFilter != ALL && themeFilter != theme) {
				continue;
			}
			for (Question each : theme.getQuestions()) {
				if ((levelFilter == ALL || levelFilter == each.getLevel())
						&& (tagFilter == ALL || each.getTags().contains(tagFilter))) {
					result.add(each);
				}
			}
		}
		return result;
	}

	private void updateTable() {
		List<Question> shown = shownQuestions();
		table.setInput(shown);
		if (question == null || !shown.contains(question)) {
			question = shown.isEmpty() ? null : shown.get(0);
		}
		table.setSelection(question == null ? StructuredSelection.EMPTY : new StructuredSelection(question), true);
		int total = set == null ? 0 : questions(set.set()).size();
		countLabel.setText(NLS.bind(Messages.filter_count, Integer.valueOf(shown.size()), Integer.valueOf(total)));
		countLabel.getParent().layout();
	}

	private void updateCoverage(EObject target) {
		for (Control child : coverageBar.getChildren()) {
			child.dispose();
		}
		List<QuestionSet> offered = sets.stream().map(RegisteredQuestionSet::set).filter(CoverageCheck::hasFunctions)
				.toList();
		// The coverage check is about the work on a case: shown for a case and its agenda items.
		TargetKind kind = ReflectionTargets.kindOf(target);
		boolean visible = (kind == TargetKind.CASE || kind == TargetKind.AGENDA_ITEM) && !offered.isEmpty();
		if (visible) {
			Label title = new Label(coverageBar, SWT.NONE);
			title.setText(Messages.coverage_title);
			Display display = coverageBar.getDisplay();
			for (FunctionCoverage coverage : CoverageCheck.compute(offered, answers.values())) {
				Label label = new Label(coverageBar, SWT.NONE);
				tag(label, "coverage." + coverage.function().getLiteral()); //$NON-NLS-1$
				label.setText((coverage.covered() ? CHECK : OPEN) + ' ' + Labels.function(coverage.function()));
				label.setForeground(display.getSystemColor(coverage.covered() ? SWT.COLOR_DARK_GREEN
						: SWT.COLOR_WIDGET_DARK_SHADOW));
				label.setToolTipText(NLS.bind(Messages.coverage_tooltip, new Object[] { Labels.function(coverage.function()),
						Integer.valueOf(coverage.answered()), Integer.valueOf(coverage.questions()) }));
			}
		}
		show(coverageBar, visible);
	}

	private void updateProblems() {
		List<QuestionSetProblem> problems = registry == null ? List.of() : registry.getProblems();
		long files = problems.stream().filter(QuestionSetProblem::isError)
				.map(problem -> problem.contributor() + '/' + problem.location()).distinct().count();
		problemsLink.setText(NLS.bind(Messages.view_problems, Long.valueOf(files)));
		show(problemsRow, files > 0);
	}

	private void updateDetail() {
		if (detail == null || detail.isDisposed()) {
			return;
		}
		updating = true;
		try {
			EObject target = currentTarget();
			boolean editable = question != null && target != null && session != null && !session.isReadOnly();
			questionLabel.setText(question == null ? Messages.detail_noQuestion : ReflectionTexts.text(question.getText()));
			String hint = question == null ? "" : ReflectionTexts.text(question.getHint()); //$NON-NLS-1$
			hintLabel.setText(hint);
			show(hintLabel, !hint.isEmpty());
			metaLabel.setText(question == null ? "" : meta(question)); //$NON-NLS-1$
			Reflection reflection = question == null ? null : reflection(question);
			if (!answerDirty) {
				answerText.setText(reflection == null || reflection.getAnswer() == null ? "" : reflection.getAnswer()); //$NON-NLS-1$
			}
			answerText.setEditable(editable);
			answerText.setEnabled(question != null);
			saveButton.setEnabled(editable && answerDirty);
			discussedButton.setSelection(reflection != null && reflection.isDiscussed());
			discussedButton.setEnabled(editable);
			projectButton.setEnabled(question != null);
			statusLabel.setText(status(reflection));
		} finally {
			updating = false;
		}
		detail.layout(true, true);
	}

	private void updateActions() {
		if (projectAction == null) {
			return;
		}
		EObject target = currentTarget();
		Reflection reflection = question == null ? null : reflection(question);
		projectAction.setEnabled(question != null);
		discussedAction.setEnabled(question != null && target != null && session != null && !session.isReadOnly());
		discussedAction.setChecked(reflection != null && reflection.isDiscussed());
		journalAction.setEnabled(session != null);
		exportAction.setEnabled(set != null);
	}

	private void modelChanged() {
		if (root == null || root.isDisposed()) {
			return;
		}
		EObject target = currentTarget();
		if (target != null && !journalMode && !belongs(target)) {
			// the target was deleted (or its deletion redone)
			update();
			return;
		}
		answers = answers(target);
		updating = true;
		try {
			table.refresh();
			updateCoverage(target);
		} finally {
			updating = false;
		}
		updateDetail();
		updateActions();
		root.layout(true, true);
		wrap();
	}

	private Map<String, Reflection> answers(EObject target) {
		if (target == null || session == null) {
			return Map.of();
		}
		Map<String, Reflection> result = new HashMap<>();
		for (Reflection reflection : Reflections.of(session.getCasebook(), target)) {
			result.put(key(reflection.getQuestionSetId(), reflection.getQuestionId()), reflection);
		}
		return result;
	}

	private Reflection reflection(Question each) {
		if (set == null || each == null) {
			return null;
		}
		return answers.get(key(set.id(), each.getId()));
	}

	private static String key(String setId, String questionId) {
		return setId + '\n' + questionId;
	}

	private static String meta(Question each) {
		List<String> parts = new ArrayList<>();
		if (each.eContainer() instanceof Theme theme) {
			parts.add(ReflectionTexts.text(theme.getTitle()));
		}
		parts.add(Labels.level(each.getLevel()));
		if (!each.getTags().isEmpty()) {
			parts.add(NLS.bind(Messages.detail_tags, String.join(", ", each.getTags()))); //$NON-NLS-1$
		}
		return parts.stream().collect(Collectors.joining("  \u00b7  ")); //$NON-NLS-1$
	}

	private static String status(Reflection reflection) {
		if (reflection == null) {
			return ""; //$NON-NLS-1$
		}
		List<String> parts = new ArrayList<>();
		if (reflection.getAnswer() != null && !reflection.getAnswer().isBlank()) {
			parts.add(NLS.bind(Messages.detail_answeredBy, reflection.getAuthor(), Labels.date(reflection.getDate())));
		}
		if (reflection.isDiscussed()) {
			parts.add(NLS.bind(Messages.detail_discussedOn, Labels.date(reflection.getDiscussedOn())));
		}
		return String.join(", ", parts); //$NON-NLS-1$
	}

	private static List<Question> questions(QuestionSet questionSet) {
		List<Question> result = new ArrayList<>();
		for (Theme theme : questionSet.getThemes()) {
			result.addAll(theme.getQuestions());
		}
		return result;
	}

	// ---------------------------------------------------------------- changing

	/**
	 * Writes the typed answer to the casebook (an undoable command), if it changed.
	 */
	private void commitAnswer() {
		if (!answerDirty || answerText == null || answerText.isDisposed()) {
			return;
		}
		answerDirty = false;
		EObject target = currentTarget();
		if (question == null || target == null || set == null || session == null || session.isReadOnly()) {
			return;
		}
		execute(Reflections.answer(session.getEditingDomain(), session.getCasebook(), target, set.set(), question,
				answerText.getText(), ReflectionPreferences.author()));
		if (!saveButton.isDisposed()) {
			saveButton.setEnabled(false);
		}
	}

	private void setDiscussed(boolean discussed) {
		commitAnswer();
		EObject target = currentTarget();
		if (question == null || target == null || set == null || session == null || session.isReadOnly()) {
			updateDetail();
			updateActions();
			return;
		}
		execute(Reflections.setDiscussed(session.getEditingDomain(), session.getCasebook(), target, set.set(),
				question, discussed, ReflectionPreferences.author()));
		updateDetail();
		updateActions();
	}

	private void execute(Command command) {
		if (command != null && command.canExecute()) {
			session.getEditingDomain().getCommandStack().execute(command);
		}
	}

	/**
	 * Shows the selected question large on the shared screen.
	 */
	public void projectSelectedQuestion() {
		if (question == null || set == null) {
			return;
		}
		commitAnswer();
		ProjectorService projector = PlatformUI.getWorkbench().getService(ProjectorService.class);
		if (projector != null) {
			projector.show(new QuestionProjection(set.set(), question));
		}
	}

	private void importSet() {
		if (registry == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText(Messages.import_title);
		dialog.setFilterExtensions(new String[] { "*." + QuestionSets.FILE_EXTENSION, "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			RegisteredQuestionSet imported = registry.importSet(Path.of(file));
			if (sets.stream().anyMatch(candidate -> candidate.id().equals(imported.id()))) {
				set = imported;
				update();
			}
			MessageDialog.openInformation(getSite().getShell(), Messages.import_title,
					NLS.bind(Messages.import_done, ReflectionTexts.text(imported.set().getTitle())));
		} catch (QuestionSetException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.import_title, Messages.import_failed,
					status(e.getMessage(), e.getProblems()));
		}
	}

	private void exportSet() {
		if (registry == null || set == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.export_title);
		dialog.setFileName(set.id() + '.' + QuestionSets.FILE_EXTENSION);
		dialog.setFilterExtensions(new String[] { "*." + QuestionSets.FILE_EXTENSION }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			registry.exportSet(set.id(), Path.of(file));
			MessageDialog.openInformation(getSite().getShell(), Messages.export_title,
					NLS.bind(Messages.export_done, file));
		} catch (QuestionSetException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.export_title, Messages.export_failed,
					status(e.getMessage(), e.getProblems()));
		}
	}

	private void showProblems() {
		List<QuestionSetProblem> problems = registry == null ? List.of() : registry.getProblems();
		if (problems.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), Messages.problems_title, Messages.problems_none);
			return;
		}
		ErrorDialog.openError(getSite().getShell(), Messages.problems_title, Messages.problems_message,
				status(Messages.problems_message, problems));
	}

	private static IStatus status(String message, List<QuestionSetProblem> problems) {
		MultiStatus status = new MultiStatus(ReflectionUi.PLUGIN_ID, 0, message);
		for (QuestionSetProblem problem : problems) {
			status.add(new Status(problem.isError() ? IStatus.ERROR : IStatus.WARNING, problem.contributor(),
					problem.describe()));
		}
		if (problems.isEmpty()) {
			status.add(Status.error(message));
		}
		return status;
	}

	// ---------------------------------------------------------------- helpers

	private void ui(Runnable runnable) {
		if (root == null || root.isDisposed()) {
			return;
		}
		Display display = root.getDisplay();
		if (display.getThread() == Thread.currentThread()) {
			runnable.run();
		} else {
			display.asyncExec(() -> {
				if (!root.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	/** Gives the wrapping labels the width they have, so that they wrap instead of growing. */
	private void wrap() {
		if (root == null || root.isDisposed()) {
			return;
		}
		int rootWidth = root.getClientArea().width - 16;
		int detailWidth = detail.getClientArea().width;
		boolean changed = hint(targetLabel, rootWidth) | hint(messageLabel, rootWidth);
		for (Label label : new Label[] { questionLabel, hintLabel, metaLabel, statusLabel }) {
			changed |= hint(label, detailWidth);
		}
		if (changed) {
			root.layout(true, true);
		}
	}

	private static boolean hint(Label label, int width) {
		GridData data = (GridData) label.getLayoutData();
		if (width > 0 && data.widthHint != width) {
			data.widthHint = width;
			return true;
		}
		return false;
	}

	private Label wrappingLabel(Composite parent, String name) {
		Label label = new Label(parent, SWT.WRAP);
		tag(label, name);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200;
		label.setLayoutData(data);
		return label;
	}

	private ComboViewer combo(Composite parent, String name, int span) {
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		tag(viewer.getControl(), name);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		return viewer;
	}

	private static Object selected(ComboViewer viewer) {
		Object element = viewer.getStructuredSelection().getFirstElement();
		return element == null ? ALL : element;
	}

	private static void show(Control control, boolean visible) {
		if (control.getLayoutData() instanceof GridData data) {
			data.exclude = !visible;
		}
		control.setVisible(visible);
	}

	private static void tag(Widget widget, String name) {
		widget.setData(ReflectionUi.WIDGET_KEY, name);
	}

	private static Font derive(Control control, int style, double scale) {
		FontData[] data = control.getFont().getFontData();
		for (FontData each : data) {
			each.setStyle(each.getStyle() | style);
			each.setHeight((int) Math.round(each.getHeight() * scale));
		}
		return new Font(control.getDisplay(), data);
	}

	private ImageDescriptor descriptor(String name) {
		return ImageDescriptor.createFromURL(getClass().getClassLoader().getResource(IMAGE_PREFIX + name));
	}

	private org.eclipse.swt.graphics.Image image(String name) {
		if (resources == null) {
			resources = new LocalResourceManager(JFaceResources.getResources(), root);
		}
		return resources.create(descriptor(name));
	}

	@Override
	public void setFocus() {
		if (table != null && !table.getTable().isDisposed() && table.getTable().isVisible()) {
			table.getTable().setFocus();
		} else if (root != null && !root.isDisposed()) {
			root.setFocus();
		}
	}

	@Override
	public void dispose() {
		commitAnswer();
		getSite().getPage().removeSelectionListener(selectionListener);
		if (casebooks != null) {
			casebooks.removeActiveSessionListener(activeSessionListener);
		}
		if (registry != null) {
			registry.removeListener(registryListener);
		}
		if (session != null && !session.isClosed()) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
			session.removeSessionListener(sessionListener);
		}
		if (questionFont != null) {
			questionFont.dispose();
		}
		if (targetFont != null) {
			targetFont.dispose();
		}
		super.dispose();
	}

	// ---------------------------------------------------------------- for tests

	/** @return the view's top control (for tests that find its widgets) */
	public Control getControl() {
		return root;
	}

	/** @return what the view shows now (a case, agenda item, meeting, learning session or journal) */
	public EObject getTarget() {
		return currentTarget();
	}

	/** @return the question set shown, or {@code null} */
	public RegisteredQuestionSet getQuestionSet() {
		return set;
	}

	/** @return the selected question, or {@code null} */
	public Question getQuestion() {
		return question;
	}
}
