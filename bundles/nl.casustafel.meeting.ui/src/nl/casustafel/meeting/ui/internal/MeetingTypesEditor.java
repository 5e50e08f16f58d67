/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.vocabulary.Vocabularies;
import nl.casustafel.core.vocabulary.Vocabulary;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.meeting.core.MeetingTypeDescriptor;
import nl.casustafel.meeting.core.MeetingTypes;
import nl.casustafel.meeting.ui.MeetingUi;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Organisation;

/**
 * The casebook's meeting types: the list on the left (the casebook's own, then those contributed
 * by plug-ins that the casebook does not have, read-only), the selected type on the right (name,
 * key, description, default duration, timebox per case, cases per hour, required parties) with
 * its problems. Add, duplicate, delete (refused while meetings or series use the type) and "copy
 * into casebook" for a contributed type. Every edit is an EMF command on the session's editing
 * domain, so Undo/Redo and the dirty state work as everywhere else.
 */
public class MeetingTypesEditor extends SessionEditorPart {

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	private Composite root;
	private TableViewer types;
	private Button add;
	private Button duplicate;
	private Button delete;
	private Label heading;
	private Composite contributedBar;
	private Label contributedNote;
	private Button copy;
	private Label problems;
	private Label notice;
	private Text name;
	private Text key;
	private Text description;
	private Spinner duration;
	private Spinner timebox;
	private Spinner maxCases;
	private Label partyTypes;
	private CheckboxTableViewer parties;
	private Label usage;
	private Composite form;

	/** The type shown on the right: a casebook {@link MeetingType} or a {@link MeetingTypeDescriptor}. */
	private Object shown;
	private List<MeetingTypes.Problem> currentProblems = List.of();
	private boolean updating;
	private boolean refreshing;

	/**
	 * Opens the meeting types of a session, or activates their open editor.
	 *
	 * @param page    the page
	 * @param session the session
	 * @param select  the type to select ({@link MeetingType} or {@link MeetingTypeDescriptor}), or
	 *                {@code null}
	 * @return the editor, or {@code null} when it could not be opened (the user was told)
	 */
	public static MeetingTypesEditor open(IWorkbenchPage page, CasebookSession session, Object select) {
		if (session == null || session.isClosed()) {
			return null;
		}
		try {
			if (!page.isEditorAreaVisible()) {
				page.setEditorAreaVisible(true);
			}
			IEditorPart part = page.openEditor(new MeetingTypesEditorInput(session), MeetingUi.MEETING_TYPES_EDITOR_ID, true,
					IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
			if (part instanceof MeetingTypesEditor editor) {
				if (select != null) {
					editor.select(select);
				}
				return editor;
			}
			return null;
		} catch (PartInitException e) {
			ILog.of(MeetingTypesEditor.class).log(e.getStatus());
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Types_OpenFailedTitle, null, e.getStatus());
			return null;
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof MeetingTypesEditorInput typesInput) || typesInput.getSession().isClosed()) {
			throw new PartInitException("Not the meeting types of an open casebook: " + input); //$NON-NLS-1$
		}
		initSession(site, input, typesInput.getSession());
		setPartName(Messages.Types_PartName);
		setTitleToolTip(input.getToolTipText());
	}

	private Casebook casebook() {
		return getSession().getCasebook();
	}

	private static Command labelled(String label, Command command) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		SashForm sash = new SashForm(root, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createList(sash);
		createForm(sash);
		sash.setWeights(30, 70);

		installUndoRedo();
		getSite().setSelectionProvider(types);
		refresh();
		Object first = types.getElementAt(0);
		if (first != null) {
			select(first);
		}
	}

	private void createList(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		area.setLayout(layout);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.Types_ListLabel);
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
		introData.widthHint = 200;
		intro.setLayoutData(introData);

		types = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Widgets.name(types.getTable(), "types.list"); //$NON-NLS-1$
		types.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		types.setContentProvider(ArrayContentProvider.getInstance());
		types.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof MeetingTypeDescriptor descriptor) {
					return NLS.bind(Messages.Types_Contributed, descriptor.name());
				}
				MeetingType type = (MeetingType) element;
				String text = type.getName() == null || type.getName().isBlank() ? Messages.Types_Unnamed : type.getName();
				return MeetingTypes.problems(casebook(), type).isEmpty() ? text : "\u2716 " + text; //$NON-NLS-1$
			}

			@Override
			public Color getForeground(Object element) {
				if (element instanceof MeetingTypeDescriptor) {
					return types.getTable().getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW);
				}
				return MeetingTypes.problems(casebook(), (MeetingType) element).isEmpty() ? null : Colors.error();
			}
		});
		types.addSelectionChangedListener(e -> {
			Object selected = e.getStructuredSelection().getFirstElement();
			if (!refreshing && selected != shown) {
				commitFields();
				show(selected);
			}
		});

		Composite buttons = new Composite(area, SWT.NONE);
		GridLayout buttonLayout = new GridLayout(3, false);
		buttonLayout.marginWidth = 0;
		buttons.setLayout(buttonLayout);
		add = Widgets.button(buttons, Messages.Types_Add, "types.add", this::addType); //$NON-NLS-1$
		duplicate = Widgets.button(buttons, Messages.Types_Duplicate, "types.duplicate", this::duplicateSelected); //$NON-NLS-1$
		delete = Widgets.button(buttons, Messages.Types_Delete, "types.delete", this::deleteSelected); //$NON-NLS-1$
	}

	private void createForm(Composite parent) {
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		form = new Composite(scroller, SWT.NONE);
		scroller.setContent(form);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 12;
		layout.verticalSpacing = 8;
		form.setLayout(layout);
		scroller.addListener(SWT.Resize, e -> scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT)));

		heading = Widgets.name(new Label(form, SWT.NONE), "types.heading"); //$NON-NLS-1$
		heading.setFont(JFaceResources.getHeaderFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		contributedBar = new Composite(form, SWT.NONE);
		contributedBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		GridLayout barLayout = new GridLayout(2, false);
		barLayout.marginWidth = 0;
		contributedBar.setLayout(barLayout);
		contributedNote = Widgets.name(new Label(contributedBar, SWT.WRAP), "types.contributedNote"); //$NON-NLS-1$
		GridData noteData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		noteData.widthHint = 560;
		contributedNote.setLayoutData(noteData);
		copy = Widgets.button(contributedBar, Messages.Types_CopyIntoCasebook, "types.copy", this::copySelectedIntoCasebook); //$NON-NLS-1$

		problems = Widgets.name(new Label(form, SWT.WRAP), "types.problems"); //$NON-NLS-1$
		problems.setForeground(Colors.error());
		GridData problemsData = new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1);
		problemsData.widthHint = 700;
		problems.setLayoutData(problemsData);
		notice = Widgets.name(new Label(form, SWT.WRAP), "types.notice"); //$NON-NLS-1$
		notice.setForeground(Colors.warning());
		GridData noticeData = new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1);
		noticeData.widthHint = 700;
		notice.setLayoutData(noticeData);

		name = field(Messages.Types_Name, "types.name", SWT.SINGLE, P.getMeetingType_Name()); //$NON-NLS-1$
		key = field(Messages.Types_Key, "types.key", SWT.SINGLE, P.getMeetingType_Key()); //$NON-NLS-1$
		description = field(Messages.Types_Description, "types.description", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, //$NON-NLS-1$
				P.getMeetingType_Description());
		((GridData) description.getLayoutData()).heightHint = 60;
		duration = spinner(Messages.Types_Duration, "types.duration", 600, P.getMeetingType_DefaultDurationMinutes()); //$NON-NLS-1$
		timebox = spinner(Messages.Types_Timebox, "types.timebox", 240, P.getMeetingType_DefaultTimeboxMinutes()); //$NON-NLS-1$
		maxCases = spinner(Messages.Types_MaxCases, "types.maxCases", 60, P.getMeetingType_MaxCasesPerHour()); //$NON-NLS-1$

		Widgets.label(form, Messages.Types_Parties).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Composite partyArea = new Composite(form, SWT.NONE);
		GridLayout partyLayout = new GridLayout(1, false);
		partyLayout.marginWidth = 0;
		partyLayout.marginHeight = 0;
		partyArea.setLayout(partyLayout);
		partyArea.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		partyTypes = Widgets.name(new Label(partyArea, SWT.WRAP), "types.partyTypes"); //$NON-NLS-1$
		GridData partyTypesData = new GridData(SWT.FILL, SWT.TOP, true, false);
		partyTypesData.widthHint = 520;
		partyTypes.setLayoutData(partyTypesData);
		parties = CheckboxTableViewer.newCheckList(partyArea, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		Widgets.name(parties.getTable(), "types.parties"); //$NON-NLS-1$
		parties.setContentProvider(ArrayContentProvider.getInstance());
		parties.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return partyLabel((Organisation) element);
			}
		});
		GridData partiesData = new GridData(SWT.LEFT, SWT.TOP, false, false);
		partiesData.widthHint = 520;
		parties.getTable().setLayoutData(partiesData);
		parties.addCheckStateListener(e -> {
			if (!updating && shown instanceof MeetingType type && e.getElement() instanceof Organisation organisation) {
				setRequired(type, organisation, e.getChecked());
			}
		});

		Widgets.label(form, ""); //$NON-NLS-1$
		usage = Widgets.name(new Label(form, SWT.WRAP), "types.usage"); //$NON-NLS-1$
		GridData usageData = new GridData(SWT.LEFT, SWT.TOP, false, false);
		usageData.widthHint = 520;
		usage.setLayoutData(usageData);
	}

	private static String partyLabel(Organisation organisation) {
		return organisation.getName() == null || organisation.getName().isBlank() ? Labels.of(organisation) : organisation.getName();
	}

	private Text field(String label, String widgetName, int style, EAttribute attribute) {
		Widgets.label(form, label).setLayoutData(new GridData(SWT.LEFT, (style & SWT.MULTI) != 0 ? SWT.TOP : SWT.CENTER, false, false));
		Text text = Widgets.name(new Text(form, SWT.BORDER | style), widgetName);
		GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		data.widthHint = 520;
		text.setLayoutData(data);
		Widgets.onCommit(text, value -> commitText(attribute, value));
		return text;
	}

	private Spinner spinner(String label, String widgetName, int maximum, EAttribute attribute) {
		Widgets.label(form, label);
		Spinner spinner = Widgets.name(new Spinner(form, SWT.BORDER), widgetName);
		spinner.setMinimum(0);
		spinner.setMaximum(maximum);
		spinner.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		spinner.addListener(SWT.FocusOut, e -> commitNumber(attribute, spinner));
		spinner.addListener(SWT.DefaultSelection, e -> commitNumber(attribute, spinner));
		spinner.addListener(SWT.Selection, e -> {
			if (!spinner.isFocusControl()) {
				commitNumber(attribute, spinner);
			}
		});
		return spinner;
	}

	private void commitText(EAttribute attribute, String value) {
		if (updating || !(shown instanceof MeetingType type) || type.eContainer() == null) {
			return;
		}
		String newValue = value == null || value.isBlank() ? null : attribute == P.getMeetingType_Description() ? value : value.strip();
		if (!Objects.equals(type.eGet(attribute), newValue)) {
			execute(labelled(Messages.Types_CommandChange, SetCommand.create(domain(), type, attribute, newValue)));
		}
	}

	private void commitNumber(EAttribute attribute, Spinner spinner) {
		if (updating || !(shown instanceof MeetingType type) || type.eContainer() == null) {
			return;
		}
		Integer value = Integer.valueOf(spinner.getSelection());
		if (!Objects.equals(type.eGet(attribute), value)) {
			execute(labelled(Messages.Types_CommandChange, SetCommand.create(domain(), type, attribute, value)));
		}
	}

	/** Applies what the fields show but the model does not have yet (before the selection changes). */
	private void commitFields() {
		if (shown instanceof MeetingType && name != null && !name.isDisposed()) {
			commitText(P.getMeetingType_Name(), name.getText());
			commitText(P.getMeetingType_Key(), key.getText());
			commitText(P.getMeetingType_Description(), description.getText());
			commitNumber(P.getMeetingType_DefaultDurationMinutes(), duration);
			commitNumber(P.getMeetingType_DefaultTimeboxMinutes(), timebox);
			commitNumber(P.getMeetingType_MaxCasesPerHour(), maxCases);
		}
	}

	/**
	 * Makes an organisation a required party of a casebook type, or not (one undoable command).
	 *
	 * @param type         a casebook meeting type
	 * @param organisation an organisation of the casebook
	 * @param required     whether it must attend
	 */
	public void setRequired(MeetingType type, Organisation organisation, boolean required) {
		if (required == type.getRequiredParties().contains(organisation)) {
			return;
		}
		execute(labelled(Messages.Types_CommandChange, required
				? AddCommand.create(domain(), type, P.getMeetingType_RequiredParties(), organisation)
				: RemoveCommand.create(domain(), type, P.getMeetingType_RequiredParties(), organisation)));
	}

	/**
	 * Adds a new meeting type with usable defaults and selects it, ready to be named.
	 *
	 * @return the new type
	 */
	public MeetingType addType() {
		commitFields();
		MeetingType type = addAndSelect(Messages.Types_CommandAdd, MeetingTypes.newMeetingType(casebook()));
		name.setFocus();
		name.selectAll();
		return type;
	}

	/**
	 * Copies the selected casebook type under a new name and key, and selects the copy.
	 *
	 * @return the copy, or {@code null} when no casebook type is selected
	 */
	public MeetingType duplicateSelected() {
		commitFields();
		if (!(shown instanceof MeetingType type)) {
			return null;
		}
		return addAndSelect(Messages.Types_CommandDuplicate, MeetingTypes.duplicate(casebook(), type));
	}

	/**
	 * Deletes the selected casebook type, unless meetings or series use it: then the editor says so
	 * and nothing changes.
	 *
	 * @return whether it was deleted
	 */
	public boolean deleteSelected() {
		if (!(shown instanceof MeetingType type)) {
			return false;
		}
		if (MeetingTypes.isInUse(casebook(), type)) {
			notice.setText(NLS.bind(Messages.Types_DeleteRefused, new Object[] { label(type),
					Integer.valueOf(MeetingTypes.meetingsOf(casebook(), type).size()),
					Integer.valueOf(MeetingTypes.seriesOf(casebook(), type).size()) }));
			visible(notice, true);
			notice.requestLayout();
			return false;
		}
		int index = types.getTable().getSelectionIndex();
		execute(labelled(Messages.Types_CommandDelete, MeetingTypes.removeCommand(domain(), casebook(), type)));
		refresh();
		Object next = types.getElementAt(Math.max(0, Math.min(index, types.getTable().getItemCount() - 1)));
		if (next != null) {
			select(next);
		}
		return true;
	}

	/**
	 * Copies the selected contributed type into the casebook (its required parties resolved to the
	 * casebook's organisations of those kinds) and selects the copy, which can then be edited.
	 *
	 * @return the casebook's new type, or {@code null} when no contributed type is selected
	 */
	public MeetingType copySelectedIntoCasebook() {
		if (!(shown instanceof MeetingTypeDescriptor descriptor)) {
			return null;
		}
		return addAndSelect(Messages.Types_CommandCopy, MeetingTypes.toMeetingType(casebook(), descriptor));
	}

	private MeetingType addAndSelect(String label, MeetingType type) {
		execute(labelled(label, MeetingTypes.addToCasebookCommand(domain(), casebook(), type)));
		refresh();
		select(type);
		return type;
	}

	/**
	 * Selects a type in the list and shows it.
	 *
	 * @param type a {@link MeetingType} of the casebook or a {@link MeetingTypeDescriptor}
	 */
	public void select(Object type) {
		types.setSelection(new StructuredSelection(type), true);
		if (shown != type) {
			show(type);
		}
	}

	/** @return the type shown: a {@link MeetingType} of the casebook, a {@link MeetingTypeDescriptor}, or {@code null} */
	public Object getShown() {
		return shown;
	}

	/** @return the problems of the type shown (tests) */
	public List<MeetingTypes.Problem> getProblems() {
		return currentProblems;
	}

	/** @return the list of types (tests) */
	public TableViewer getTypesViewer() {
		return types;
	}

	private static String label(MeetingType type) {
		return type.getName() == null || type.getName().isBlank() ? Messages.Types_Unnamed : type.getName();
	}

	private void show(Object type) {
		shown = type;
		updating = true;
		try {
			fill();
		} finally {
			updating = false;
		}
	}

	private void fill() {
		boolean own = shown instanceof MeetingType;
		boolean editable = own && !getSession().isReadOnly();
		MeetingType type = own ? (MeetingType) shown : null;
		MeetingTypeDescriptor descriptor = shown instanceof MeetingTypeDescriptor d ? d : null;

		heading.setText(type != null ? label(type) : descriptor != null ? descriptor.name() : Messages.Types_Empty);
		visible(contributedBar, descriptor != null);
		if (descriptor != null) {
			contributedNote.setText(NLS.bind(Messages.Types_ContributedNote, descriptor.contributor()));
			copy.setEnabled(!getSession().isReadOnly());
		}
		setText(name, type != null ? type.getName() : descriptor != null ? descriptor.name() : null);
		setText(key, type != null ? type.getKey() : descriptor != null ? descriptor.key() : null);
		setText(description, type != null ? type.getDescription() : descriptor != null ? descriptor.description() : null);
		setNumber(duration, type, descriptor, MeetingType::getDefaultDurationMinutes, MeetingTypeDescriptor::defaultDurationMinutes);
		setNumber(timebox, type, descriptor, MeetingType::getDefaultTimeboxMinutes, MeetingTypeDescriptor::defaultTimeboxMinutes);
		setNumber(maxCases, type, descriptor, MeetingType::getMaxCasesPerHour, MeetingTypeDescriptor::maxCasesPerHour);
		for (Text text : List.of(name, key, description)) {
			text.setEditable(editable);
			text.setEnabled(shown != null);
		}
		for (Spinner spinner : List.of(duration, timebox, maxCases)) {
			spinner.setEnabled(editable);
		}

		List<Organisation> organisations = new ArrayList<>(CasebookLists.resolved(casebook().getOrganisations()));
		organisations.sort(Comparator.comparing(MeetingTypesEditor::partyLabel, String.CASE_INSENSITIVE_ORDER));
		parties.setInput(organisations);
		((GridData) parties.getTable().getLayoutData()).heightHint = Math.min(Math.max(organisations.size(), 4), 16)
				* parties.getTable().getItemHeight() + 2 * parties.getTable().getBorderWidth();
		List<Organisation> required = type != null ? type.getRequiredParties()
				: descriptor != null ? organisations.stream().filter(o -> descriptor.requiredPartyTypes().contains(o.getType())).toList()
						: List.of();
		parties.setCheckedElements(required.toArray());
		parties.getTable().setEnabled(editable);
		visible(partyTypes, descriptor != null);
		if (descriptor != null) {
			Vocabulary types = Vocabularies.get(Vocabularies.ORGANISATION_TYPE);
			partyTypes.setText(NLS.bind(Messages.Types_PartyTypes, String.join(", ", //$NON-NLS-1$
					descriptor.requiredPartyTypes().stream().map(types::labelOrKey).toList())));
		}

		currentProblems = type == null ? List.of() : MeetingTypes.problems(casebook(), type);
		problems.setText(String.join("\n", currentProblems.stream().map(p -> "\u2716 " + p.message()).toList())); //$NON-NLS-1$ //$NON-NLS-2$
		visible(problems, !currentProblems.isEmpty());
		for (Control control : List.<Control> of(name, key, description, duration, timebox, maxCases)) {
			control.setBackground(null);
		}
		for (MeetingTypes.Problem problem : currentProblems) {
			Control control = controlFor(problem.feature());
			if (control != null) {
				control.setBackground(Colors.errorBackground());
			}
		}
		notice.setText(""); //$NON-NLS-1$
		visible(notice, false);

		boolean inUse = type != null && MeetingTypes.isInUse(casebook(), type);
		if (type == null) {
			usage.setText(""); //$NON-NLS-1$
		} else if (inUse) {
			usage.setText(NLS.bind(Messages.Types_UsedBy, Integer.valueOf(MeetingTypes.meetingsOf(casebook(), type).size()),
					Integer.valueOf(MeetingTypes.seriesOf(casebook(), type).size())));
		} else {
			usage.setText(Messages.Types_Unused);
		}
		add.setEnabled(!getSession().isReadOnly());
		duplicate.setEnabled(editable);
		delete.setEnabled(editable);
		form.layout(true, true);
		if (form.getParent() instanceof ScrolledComposite scroller) {
			scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		}
	}

	private Control controlFor(EAttribute feature) {
		if (feature == P.getMeetingType_Name()) {
			return name;
		}
		if (feature == P.getMeetingType_Key()) {
			return key;
		}
		if (feature == P.getMeetingType_DefaultDurationMinutes()) {
			return duration;
		}
		if (feature == P.getMeetingType_DefaultTimeboxMinutes()) {
			return timebox;
		}
		return feature == P.getMeetingType_MaxCasesPerHour() ? maxCases : null;
	}

	private static void visible(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	private static void setText(Text text, String value) {
		String v = value == null ? "" : value; //$NON-NLS-1$
		if (!text.getText().equals(v)) {
			text.setText(v);
		}
	}

	private static void setNumber(Spinner spinner, MeetingType type, MeetingTypeDescriptor descriptor,
			Function<MeetingType, Integer> ofType, Function<MeetingTypeDescriptor, Integer> ofDescriptor) {
		int value = type != null ? ofType.apply(type).intValue() : descriptor != null ? ofDescriptor.apply(descriptor).intValue() : 0;
		if (spinner.getSelection() != value) {
			spinner.setSelection(value);
		}
	}

	/** Re-reads the casebook's types and shows the selected one again (after every command, undo, redo). */
	public void refresh() {
		if (root == null || root.isDisposed()) {
			return;
		}
		if (getSession().isClosed()) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		List<Object> available = MeetingTypes.available(casebook());
		Object keep = shown;
		refreshing = true;
		try {
			types.setInput(available); // may clear the selection: no commit of the fields then
		} finally {
			refreshing = false;
		}
		if (keep instanceof MeetingTypeDescriptor descriptor && !available.contains(descriptor)) {
			keep = MeetingTypes.find(casebook(), descriptor.key()); // copied into the casebook
		} else if (keep instanceof MeetingType type && !available.contains(type)) {
			// reloaded (the same id), else removed or its addition undone: the contribution it copied
			keep = available.stream()
					.filter(o -> o instanceof MeetingType t && t.getId() != null && t.getId().equals(type.getId())
							|| o instanceof MeetingTypeDescriptor d && d.key().equals(type.getKey()))
					.findFirst().orElse(null);
		}
		if (keep == null && !available.isEmpty()) {
			keep = available.get(0);
		}
		refreshing = true;
		try {
			types.setSelection(keep == null ? StructuredSelection.EMPTY : new StructuredSelection(keep), true);
		} finally {
			refreshing = false;
		}
		show(keep);
	}

	@Override
	protected Control root() {
		return root;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		commitFields();
		super.doSave(monitor);
	}

	@Override
	public void setFocus() {
		types.getControl().setFocus();
	}
}
