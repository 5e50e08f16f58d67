/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

import nl.casustafel.meeting.core.AgendaLoad;
import nl.casustafel.meeting.core.AgendaPlanner;
import nl.casustafel.meeting.core.AgendaWarning;
import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.AttendanceCheck;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.ItemSummary;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.meeting.core.MeetingChecks;
import nl.casustafel.meeting.core.Readiness;
import nl.casustafel.meeting.ui.AgendaEditorInput;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Preparation;
import nl.casustafel.model.PreparationStatus;

/**
 * The agenda of one meeting: header with load against the meeting's duration and cases per hour,
 * the warnings (validation, required parties, nobody knowing the person, missing input, "more
 * information" again), the ordered items (drag or Alt+Up/Down to reorder, as an undoable move),
 * and per item its reason, question, timebox, preparation per partner and agreements; plus the
 * attendance. Every edit is an EMF command on the session's editing domain.
 */
public class AgendaEditor extends SessionEditorPart {

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	private Meeting meeting;

	private Composite root;
	private Label title;
	private Label info;
	private LoadBar loadBar;
	private Label loadText;
	private TableViewer warnings;
	private TableViewer items;
	private Button addCase;
	private Button moveUp;
	private Button moveDown;
	private Button remove;
	private Text reason;
	private Text question;
	private Spinner timebox;
	private Label summary;
	private TableViewer preparations;
	private TableViewer agreements;
	private TableViewer attendance;
	private Label missingParties;
	private TabFolder tabs;
	private boolean refreshPending;
	private List<AgendaWarning> currentWarnings = List.of();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof AgendaEditorInput agendaInput)) {
			throw new PartInitException("Not an agenda: " + input); //$NON-NLS-1$
		}
		Meeting resolved = agendaInput.resolve();
		if (resolved == null) {
			throw new PartInitException(Messages.Agenda_MeetingGone);
		}
		initSession(site, input, agendaInput.getSession());
		meeting = resolved;
		setPartName(partName());
	}

	private String partName() {
		return NLS.bind(Messages.Agenda_PartName, Dates.formatShort(meeting.getDate()),
				meeting.getType() == null ? "" : Widgets.nonNull(meeting.getType().getName())); //$NON-NLS-1$
	}

	/** @return the meeting */
	public Meeting getMeeting() {
		return meeting;
	}

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));

		title = new Label(root, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		info = new Label(root, SWT.NONE);
		info.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Composite load = new Composite(root, SWT.NONE);
		load.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout loadLayout = new GridLayout(2, false);
		loadLayout.marginWidth = 0;
		load.setLayout(loadLayout);
		loadBar = new LoadBar(load);
		GridData barData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		barData.widthHint = 260;
		barData.heightHint = 18;
		loadBar.setLayoutData(barData);
		loadText = Widgets.name(new Label(load, SWT.NONE), "agenda.load"); //$NON-NLS-1$
		loadText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		warnings = new TableViewer(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Widgets.name(warnings.getTable(), "agenda.warnings"); //$NON-NLS-1$
		warnings.setContentProvider(ArrayContentProvider.getInstance());
		warnings.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				AgendaWarning w = (AgendaWarning) element;
				return (w.error() ? "\u2716 " : "\u26a0 ") + w.message(); //$NON-NLS-1$ //$NON-NLS-2$
			}

			@Override
			public Color getForeground(Object element) {
				return ((AgendaWarning) element).error() ? Colors.error() : Colors.warning();
			}
		});
		warnings.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof AgendaWarning w && w.item() != null) {
				items.setSelection(new StructuredSelection(w.item()), true);
			}
		});
		GridData warningsData = new GridData(SWT.FILL, SWT.TOP, true, false);
		warningsData.heightHint = warnings.getTable().getItemHeight() * 5;
		warnings.getTable().setLayoutData(warningsData);

		SashForm sash = new SashForm(root, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createItemsArea(sash);
		createDetailsArea(sash);
		sash.setWeights(58, 42);

		installUndoRedo();
		getSite().setSelectionProvider(items);
		refresh();
		if (!meeting.getItems().isEmpty()) {
			items.setSelection(new StructuredSelection(meeting.getItems().get(0)));
		}
	}

	private void createItemsArea(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		area.setLayout(layout);
		Composite buttons = new Composite(area, SWT.NONE);
		GridLayout buttonLayout = new GridLayout(6, false);
		buttonLayout.marginWidth = 0;
		buttons.setLayout(buttonLayout);
		addCase = Widgets.button(buttons, Messages.Agenda_AddCase, "agenda.addCase", this::addCaseWithDialog); //$NON-NLS-1$
		moveUp = Widgets.button(buttons, Messages.Agenda_MoveUp, "agenda.moveUp", () -> moveSelected(-1)); //$NON-NLS-1$
		moveDown = Widgets.button(buttons, Messages.Agenda_MoveDown, "agenda.moveDown", () -> moveSelected(1)); //$NON-NLS-1$
		remove = Widgets.button(buttons, Messages.Agenda_Remove, "agenda.remove", this::removeSelected); //$NON-NLS-1$
		Widgets.button(buttons, Messages.Agenda_Conduct, "agenda.conduct", //$NON-NLS-1$
				() -> ConductController.start(getSite().getWorkbenchWindow(), getSession(), meeting));

		items = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = items.getTable();
		Widgets.name(table, "agenda.items"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		items.setContentProvider(ArrayContentProvider.getInstance());
		Widgets.column(items, "#", 36, e -> String.valueOf(meeting.getItems().indexOf(e) + 1)); //$NON-NLS-1$
		TableViewerColumn subject = Widgets.column(items, Messages.Agenda_ColumnItem, 250, e -> itemTitle((AgendaItem) e));
		subject.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return itemTitle((AgendaItem) element);
			}

			@Override
			public Color getForeground(Object element) {
				return MeetingChecks.about(currentWarnings, (AgendaItem) element).stream().anyMatch(AgendaWarning::error)
						? Colors.error()
						: null;
			}
		});
		Widgets.column(items, Messages.Agenda_ColumnTimebox, 52, e -> String.valueOf(((AgendaItem) e).getTimeboxMinutes()));
		Widgets.column(items, Messages.Agenda_ColumnReady, 90, e -> readiness((AgendaItem) e));
		Widgets.column(items, Messages.Agenda_ColumnKnows, 110, e -> knows((AgendaItem) e));
		Widgets.column(items, Messages.Agenda_ColumnSummary, 520, e -> summary((AgendaItem) e));
		items.addSelectionChangedListener(e -> showDetails());
		table.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD3) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
				moveSelected(e.keyCode == SWT.ARROW_UP ? -1 : 1);
				e.doit = false;
			}
		});

		// Drag to reorder: one undoable MoveCommand per drop.
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		items.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(items.getStructuredSelection());
			}
		});
		items.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(items) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return LocalSelectionTransfer.getTransfer().isSupportedType(type);
			}

			@Override
			public boolean performDrop(Object data) {
				Object dragged = ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()).getFirstElement();
				if (!(dragged instanceof AgendaItem item)) {
					return false;
				}
				int index = getCurrentTarget() instanceof AgendaItem target ? meeting.getItems().indexOf(target)
						: meeting.getItems().size() - 1;
				if (getCurrentLocation() == LOCATION_AFTER && index < meeting.getItems().indexOf(item)) {
					index++;
				}
				moveTo(item, Math.max(0, Math.min(index, meeting.getItems().size() - 1)));
				return true;
			}
		});
	}

	private void createDetailsArea(Composite parent) {
		tabs = new TabFolder(parent, SWT.TOP);
		TabItem itemTab = new TabItem(tabs, SWT.NONE);
		itemTab.setText(Messages.Agenda_TabItem);
		// Scrolls when the editor is small (e.g. next to the other views of the chair perspective),
		// so the preparation and agreement tables never shrink to nothing.
		ScrolledComposite scroller = new ScrolledComposite(tabs, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite details = new Composite(scroller, SWT.NONE);
		scroller.setContent(details);
		itemTab.setControl(scroller);
		details.setLayout(new GridLayout(2, false));
		scroller.addListener(SWT.Resize, e -> {
			int width = scroller.getClientArea().width;
			scroller.setMinSize(details.computeSize(width, SWT.DEFAULT));
		});

		Widgets.label(details, Messages.Agenda_Reason).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		reason = Widgets.name(new Text(details, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "agenda.reason"); //$NON-NLS-1$
		GridData reasonData = new GridData(SWT.FILL, SWT.FILL, true, false);
		reasonData.heightHint = 54;
		reasonData.widthHint = 200;
		reason.setLayoutData(reasonData);
		Widgets.onCommit(reason, value -> setOnSelected(P.getAgendaItem_Reason(), value));

		Widgets.label(details, Messages.Agenda_Question).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		question = Widgets.name(new Text(details, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "agenda.question"); //$NON-NLS-1$
		GridData questionData = new GridData(SWT.FILL, SWT.FILL, true, false);
		questionData.heightHint = 54;
		questionData.widthHint = 200;
		question.setLayoutData(questionData);
		Widgets.onCommit(question, value -> setOnSelected(P.getAgendaItem_Question(), value));

		Widgets.label(details, Messages.Agenda_Timebox);
		timebox = Widgets.name(new Spinner(details, SWT.BORDER), "agenda.timebox"); //$NON-NLS-1$
		timebox.setMinimum(0);
		timebox.setMaximum(240);
		timebox.addListener(SWT.FocusOut, e -> setOnSelected(P.getAgendaItem_TimeboxMinutes(), Integer.valueOf(timebox.getSelection())));
		timebox.addListener(SWT.DefaultSelection, e -> setOnSelected(P.getAgendaItem_TimeboxMinutes(), Integer.valueOf(timebox.getSelection())));
		timebox.addListener(SWT.Selection, e -> {
			if (!timebox.isFocusControl()) {
				setOnSelected(P.getAgendaItem_TimeboxMinutes(), Integer.valueOf(timebox.getSelection()));
			}
		});

		summary = Widgets.name(new Label(details, SWT.WRAP), "agenda.summary"); //$NON-NLS-1$
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		summaryData.widthHint = 200;
		summary.setLayoutData(summaryData);

		Label prepLabel = Widgets.label(details, Messages.Agenda_Preparation);
		prepLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
		preparations = new TableViewer(details, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Widgets.name(preparations.getTable(), "agenda.preparations"); //$NON-NLS-1$
		preparations.getTable().setHeaderVisible(true);
		preparations.setContentProvider(ArrayContentProvider.getInstance());
		GridData prepData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		prepData.heightHint = 110;
		prepData.minimumHeight = 90;
		preparations.getTable().setLayoutData(prepData);
		Widgets.column(preparations, Messages.Agenda_ColumnPartner, 170, e -> Labels.of(((Preparation) e).getOrganisation()));
		TableViewerColumn status = Widgets.column(preparations, Messages.Agenda_ColumnStatus, 110,
				e -> Labels.of(((Preparation) e).getStatus()));
		status.setEditingSupport(new EnumEditing<>(preparations, PreparationStatus.VALUES, P.getPreparation_Status()));
		Widgets.column(preparations, Messages.Agenda_ColumnNote, 220, e -> ((Preparation) e).getNote());

		Label agreementLabel = Widgets.label(details, Messages.Agenda_Agreements);
		agreementLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
		agreements = new TableViewer(details, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Widgets.name(agreements.getTable(), "agenda.agreements"); //$NON-NLS-1$
		agreements.getTable().setHeaderVisible(true);
		agreements.setContentProvider(ArrayContentProvider.getInstance());
		GridData agreementData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		agreementData.heightHint = 110;
		agreementData.minimumHeight = 90;
		agreements.getTable().setLayoutData(agreementData);
		Widgets.column(agreements, Messages.Agreements_ColumnAgreement, 230, e -> ((Agreement) e).getDescription());
		Widgets.column(agreements, Messages.Agreements_ColumnOwner, 140, e -> AgreementsView.owner((Agreement) e));
		Widgets.column(agreements, Messages.Agreements_ColumnDue, 90, e -> Dates.formatShort(((Agreement) e).getDueDate()));
		Widgets.column(agreements, Messages.Agreements_ColumnStatus, 100,
				e -> AgreementsView.status((Agreement) e, Sessions.today()));
		Widgets.column(agreements, Messages.Agenda_ColumnStillValid, 110,
				e -> Agreements.isConfirmedFor((Agreement) e, meeting) ? Messages.Agenda_Confirmed : Messages.Agenda_ToConfirm);
		Composite agreementButtons = new Composite(details, SWT.NONE);
		agreementButtons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		GridLayout agreementButtonLayout = new GridLayout(4, false);
		agreementButtonLayout.marginWidth = 0;
		agreementButtons.setLayout(agreementButtonLayout);
		Widgets.button(agreementButtons, Messages.Agreements_StillValid, "agenda.stillValid", //$NON-NLS-1$
				() -> withAgreement(a -> execute(Agreements.confirmStillValidCommand(domain(), a, Sessions.today()))));
		Widgets.button(agreementButtons, Messages.Agreements_Done, "agenda.done", //$NON-NLS-1$
				() -> withAgreement(a -> execute(Agreements.setStatusCommand(domain(), a, AgreementStatus.DONE, null, Sessions.today()))));
		Widgets.button(agreementButtons, Messages.Agreements_NotDone, "agenda.notDone", //$NON-NLS-1$
				() -> withAgreement(a -> NotDoneDialog.ask(getSite().getShell(), domain(), a)));

		TabItem attendanceTab = new TabItem(tabs, SWT.NONE);
		attendanceTab.setText(Messages.Agenda_TabAttendance);
		Composite attendanceArea = new Composite(tabs, SWT.NONE);
		attendanceTab.setControl(attendanceArea);
		attendanceArea.setLayout(new GridLayout(1, false));
		// created when first shown: opening the agenda stays fast
		tabs.addListener(SWT.Selection, e -> {
			if (tabs.getSelection().length > 0 && tabs.getSelection()[0] == attendanceTab && attendance == null) {
				createAttendance(attendanceArea);
				refreshAttendance();
				attendanceArea.layout(true, true);
			}
		});
	}

	/** Shows the attendance tab (tests). */
	public void showAttendance() {
		if (attendance == null) {
			Composite area = (Composite) tabs.getItem(1).getControl();
			createAttendance(area);
			refreshAttendance();
			tabs.setSelection(1);
			area.layout(true, true);
		}
	}

	private void createAttendance(Composite attendanceArea) {
		missingParties = Widgets.name(new Label(attendanceArea, SWT.WRAP), "agenda.missingParties"); //$NON-NLS-1$
		missingParties.setForeground(Colors.warning());
		missingParties.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		attendance = new TableViewer(attendanceArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Widgets.name(attendance.getTable(), "agenda.attendance"); //$NON-NLS-1$
		attendance.getTable().setHeaderVisible(true);
		attendance.getTable().setLinesVisible(true);
		attendance.setContentProvider(ArrayContentProvider.getInstance());
		attendance.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Widgets.column(attendance, Messages.Agenda_ColumnName, 170, e -> Labels.of(((Attendance) e).getProfessional()));
		Widgets.column(attendance, Messages.Agenda_ColumnOrganisation, 160, e -> Labels.of(attendanceOrganisation((Attendance) e)));
		Widgets.column(attendance, Messages.Agenda_ColumnRole, 110, e -> ((Attendance) e).getRole());
		TableViewerColumn attendanceStatus = Widgets.column(attendance, Messages.Agenda_ColumnStatus, 110,
				e -> Labels.of(((Attendance) e).getStatus()));
		attendanceStatus.setEditingSupport(new EnumEditing<>(attendance, AttendanceStatus.VALUES, P.getAttendance_Status()));
	}

	private void refreshAttendance() {
		if (attendance == null) {
			return;
		}
		attendance.setInput(meeting.getAttendance().toArray());
		List<String> missing = AttendanceCheck.missingRequiredParties(meeting).stream().map(Labels::of).toList();
		missingParties.setText(missing.isEmpty() ? Messages.Agenda_AllPartiesPresent
				: NLS.bind(Messages.Agenda_MissingParties, String.join(", ", missing))); //$NON-NLS-1$
		missingParties.requestLayout();
	}

	private static Organisation attendanceOrganisation(Attendance a) {
		return a.getOrganisation() != null ? a.getOrganisation() : a.getProfessional() == null ? null : a.getProfessional().getOrganisation();
	}

	private void withAgreement(java.util.function.Consumer<Agreement> action) {
		if (agreements.getStructuredSelection().getFirstElement() instanceof Agreement agreement) {
			action.accept(agreement);
		}
	}

	/** Cell editing of an enumeration attribute through a SetCommand. */
	private final class EnumEditing<E> extends EditingSupport {
		private final List<E> values;
		private final org.eclipse.emf.ecore.EAttribute attribute;
		private final ComboBoxViewerCellEditor editor;

		EnumEditing(TableViewer viewer, List<E> values, org.eclipse.emf.ecore.EAttribute attribute) {
			super(viewer);
			this.values = values;
			this.attribute = attribute;
			editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
			editor.setContentProvider(ArrayContentProvider.getInstance());
			editor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return Labels.of((org.eclipse.emf.common.util.Enumerator) element);
				}
			});
			editor.setInput(values);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return !getSession().isReadOnly();
		}

		@Override
		protected Object getValue(Object element) {
			return ((org.eclipse.emf.ecore.EObject) element).eGet(attribute);
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value != null && values.contains(value) && !Objects.equals(getValue(element), value)) {
				execute(SetCommand.create(domain(), element, attribute, value));
			}
		}
	}

	private AgendaItem selected() {
		return items == null ? null : (AgendaItem) items.getStructuredSelection().getFirstElement();
	}

	private void setOnSelected(org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		AgendaItem item = selected();
		if (item == null) {
			return;
		}
		Object current = item.eGet(feature);
		Object newValue = value instanceof String s && s.isBlank() ? null : value;
		if (!Objects.equals(current, newValue)) {
			execute(SetCommand.create(domain(), item, feature, newValue));
		}
	}

	private String itemTitle(AgendaItem item) {
		String t = item.getCase() != null && item.getKind() == AgendaItemKind.CASE ? Labels.of(item.getCase())
				: Widgets.nonNull(item.getTitle());
		if (item.getKind() != AgendaItemKind.CASE) {
			t = t.isEmpty() ? Labels.of(item.getKind()) : t;
		}
		return t;
	}

	private static String readiness(AgendaItem item) {
		Readiness r = Readiness.of(item);
		return switch (r.level()) {
		case NOT_REQUESTED -> ""; //$NON-NLS-1$
		case READY -> "\u2714 " + r.fraction(); //$NON-NLS-1$
		case WAITING -> "\u231b " + r.fraction(); //$NON-NLS-1$
		case INCOMPLETE -> "\u2716 " + r.fraction(); //$NON-NLS-1$
		};
	}

	private String knows(AgendaItem item) {
		if (item.getKind() != AgendaItemKind.CASE || item.getCase() == null) {
			return ""; //$NON-NLS-1$
		}
		return AttendanceCheck.somebodyKnowsPerson(meeting, item.getCase()) ? Messages.Agenda_KnowsYes : Messages.Agenda_KnowsNo;
	}

	private String summary(AgendaItem item) {
		if (item.getKind() == AgendaItemKind.OPEN_AGREEMENTS) {
			long open = item.getAgreements().stream().filter(a -> a.getStatus() == AgreementStatus.OPEN).count();
			long overdue = item.getAgreements().stream().filter(a -> Agreements.isOverdue(a, Sessions.today())).count();
			return NLS.bind(Messages.Agenda_OpenAgreementsSummary,
					new Object[] { Integer.valueOf(item.getAgreements().size()), Long.valueOf(open), Long.valueOf(overdue) });
		}
		Case aCase = item.getCase();
		return aCase == null ? Widgets.nonNull(item.getQuestion()) : ItemSummary.of(aCase, Sessions.today()).toLine();
	}

	private void showDetails() {
		AgendaItem item = selected();
		boolean caseItem = item != null && item.getKind() == AgendaItemKind.CASE;
		reason.setEnabled(item != null);
		question.setEnabled(item != null);
		timebox.setEnabled(item != null);
		moveUp.setEnabled(item != null && meeting.getItems().indexOf(item) > 0);
		moveDown.setEnabled(item != null && meeting.getItems().indexOf(item) < meeting.getItems().size() - 1);
		remove.setEnabled(item != null);
		setText(reason, item == null ? "" : item.getReason()); //$NON-NLS-1$
		setText(question, item == null ? "" : item.getQuestion()); //$NON-NLS-1$
		if (item != null && timebox.getSelection() != item.getTimeboxMinutes()) {
			timebox.setSelection(item.getTimeboxMinutes());
		}
		question.setBackground(caseItem && (item.getQuestion() == null || item.getQuestion().isBlank()) ? Colors.errorBackground() : null);
		reason.setBackground(caseItem && (item.getReason() == null || item.getReason().isBlank()) ? Colors.errorBackground() : null);
		List<String> notes = new ArrayList<>();
		if (item != null) {
			if (item.getCase() != null) {
				notes.add(ItemSummary.of(item.getCase(), Sessions.today()).toLine());
			}
			for (AgendaWarning w : MeetingChecks.about(currentWarnings, item)) {
				notes.add(w.message());
			}
		}
		summary.setText(String.join("\n", notes)); //$NON-NLS-1$
		preparations.setInput(item == null ? List.of() : item.getPreparations());
		agreements.setInput(item == null ? List.of() : Agreements.dealtWith(item));
		summary.requestLayout();
		if (summary.getParent().getParent() instanceof ScrolledComposite scroller) {
			int width = scroller.getClientArea().width;
			if (width > 0) {
				scroller.setMinSize(summary.getParent().computeSize(width, SWT.DEFAULT));
			}
		}
	}

	private static void setText(Text text, String value) {
		String v = value == null ? "" : value; //$NON-NLS-1$
		if (!text.getText().equals(v)) {
			text.setText(v);
		}
	}

	private void moveSelected(int delta) {
		AgendaItem item = selected();
		if (item == null) {
			return;
		}
		int index = meeting.getItems().indexOf(item) + delta;
		if (index >= 0 && index < meeting.getItems().size()) {
			moveTo(item, index);
		}
	}

	/**
	 * Moves an item (an undoable {@code MoveCommand}).
	 *
	 * @param item  the item
	 * @param index its new position
	 */
	public void moveTo(AgendaItem item, int index) {
		execute(AgendaPlanner.moveItemCommand(domain(), meeting, item, index));
		items.setSelection(new StructuredSelection(item), true);
	}

	private void removeSelected() {
		AgendaItem item = selected();
		if (item != null && MessageDialog.openQuestion(getSite().getShell(), Messages.Agenda_RemoveTitle,
				NLS.bind(Messages.Agenda_RemoveQuestion, itemTitle(item)))) {
			execute(AgendaPlanner.removeItemCommand(domain(), meeting, item));
		}
	}

	private void addCaseWithDialog() {
		AddCaseItemDialog dialog = new AddCaseItemDialog(getSite().getShell(), getSession().getCasebook(), meeting);
		if (dialog.open() == org.eclipse.jface.window.Window.OK) {
			addCaseItem(dialog.getCase(), dialog.getReason(), dialog.getQuestion());
		}
	}

	/**
	 * Adds a case item after the last case item (what the "add case" dialog does).
	 *
	 * @param aCase    the case
	 * @param reasonText   the reason, may be empty
	 * @param questionText the question, may be empty (the agenda then reports it)
	 * @return the new item
	 */
	public AgendaItem addCaseItem(Case aCase, String reasonText, String questionText) {
		AgendaItem item = AgendaPlanner.newCaseItem(meeting, aCase, blankToNull(reasonText), blankToNull(questionText));
		execute(AgendaPlanner.addItemCommand(domain(), meeting, item, AgendaPlanner.caseItemIndex(meeting)));
		refreshNow();
		items.setSelection(new StructuredSelection(item), true);
		return item;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@Override
	protected Control root() {
		return root;
	}

	@Override
	protected void reloaded() {
		Meeting resolved = ((AgendaEditorInput) getEditorInput()).resolve();
		if (resolved == null) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		meeting = resolved;
		refresh();
	}

	@Override
	protected void refresh() {
		if (refreshPending) {
			return;
		}
		refreshPending = true;
		try {
			refreshNow();
		} finally {
			refreshPending = false;
		}
	}

	/** Recomputes everything shown (tests call it to avoid waiting for the asynchronous refresh). */
	public void refreshNow() {
		if (root == null || root.isDisposed()) {
			return;
		}
		if (meeting.eResource() == null) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		setPartName(partName());
		title.setText(Widgets.nonNull(meeting.getTitle()));
		String chair = meeting.getChair() == null ? "" : NLS.bind(Messages.Agenda_InfoChair, Labels.of(meeting.getChair())); //$NON-NLS-1$
		info.setText(NLS.bind(Messages.Agenda_Info, new Object[] { Dates.formatLong(meeting.getDate()),
				meeting.getType() == null ? "" : meeting.getType().getName(), Integer.valueOf(AgendaLoad.of(meeting).durationMinutes()), //$NON-NLS-1$
				Labels.of(meeting.getState()), chair }));
		AgendaLoad load = AgendaLoad.of(meeting);
		loadBar.setLoad(load);
		loadText.setText(NLS.bind(Messages.Agenda_Load, new Object[] { Integer.valueOf(load.totalTimeboxMinutes()),
				Integer.valueOf(load.durationMinutes()), Integer.valueOf(load.caseCount()), Integer.valueOf(load.maxCases()),
				Integer.valueOf(load.maxCasesPerHour()) }));
		loadText.setForeground(load.overTime() || load.tooManyCases() ? Colors.error() : null);
		currentWarnings = MeetingChecks.check(meeting);
		warnings.setInput(currentWarnings.isEmpty() ? List.of() : currentWarnings);
		Object selection = items.getStructuredSelection().getFirstElement();
		items.setInput(meeting.getItems().toArray());
		if (selection != null && meeting.getItems().contains(selection)) {
			items.setSelection(new StructuredSelection(selection));
		}
		refreshAttendance();
		addCase.setEnabled(!getSession().isReadOnly());
		showDetails();
		// one deferred layout for all changed texts, done before the next paint
		title.requestLayout();
		info.requestLayout();
		loadText.requestLayout();
	}

	/** @return the warnings shown now (tests) */
	public List<AgendaWarning> getWarnings() {
		return currentWarnings;
	}

	/** @return the agenda table (tests) */
	public TableViewer getItemsViewer() {
		return items;
	}

	@Override
	public void setFocus() {
		items.getControl().setFocus();
	}

	/** A bar showing the timeboxes against the duration: green, orange near full, red over. */
	private static final class LoadBar extends Canvas {
		private AgendaLoad load;

		LoadBar(Composite parent) {
			super(parent, SWT.DOUBLE_BUFFERED);
			Widgets.name(this, "agenda.loadBar"); //$NON-NLS-1$
			addPaintListener(e -> paint(e.gc));
		}

		void setLoad(AgendaLoad newLoad) {
			load = newLoad;
			redraw();
		}

		@Override
		public Point computeSize(int wHint, int hHint, boolean changed) {
			return new Point(wHint == SWT.DEFAULT ? 260 : wHint, hHint == SWT.DEFAULT ? 18 : hHint);
		}

		private void paint(GC gc) {
			Rectangle area = getClientArea();
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
			gc.fillRectangle(area);
			if (load == null) {
				return;
			}
			double fill = Math.min(1.0, load.fill());
			gc.setBackground(load.overTime() || load.tooManyCases() ? Colors.error() : fill > 0.85 ? Colors.warning() : Colors.ok());
			gc.fillRectangle(area.x, area.y, (int) (area.width * fill), area.height);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
			gc.drawRectangle(area.x, area.y, area.width - 1, area.height - 1);
		}
	}
}
