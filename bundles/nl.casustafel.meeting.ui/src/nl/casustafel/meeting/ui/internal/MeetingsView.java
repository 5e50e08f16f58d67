/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.meeting.core.AgendaPlanner;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.Labels;
import nl.casustafel.meeting.ui.MeetingUi;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.MeetingType;

/**
 * The meetings of the active casebook: each series with its meetings (newest first), then the
 * meetings outside a series, then the casebook's meeting types (configurable data: double-click
 * one to edit it in the {@link MeetingTypesEditor}; the Properties view edits it too).
 * Double-click on a meeting opens its agenda.
 */
public class MeetingsView extends ViewPart {

	/** The group of meetings that belong to no series. */
	static final Object LOOSE = new Object();

	/** The group of the casebook's meeting types (double-click to manage them). */
	static final Object TYPES = new Object();

	private TreeViewer viewer;
	private Sessions.Tracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(MeetingUi.WIDGET_KEY, "meetings.tree"); //$NON-NLS-1$
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof MeetingSeries series) {
					return series.getName();
				}
				if (element == LOOSE) {
					return Messages.Meetings_Loose;
				}
				if (element == TYPES) {
					return Messages.Meetings_Types;
				}
				if (element instanceof MeetingType type) {
					return NLS.bind(Messages.Meetings_Type, new Object[] { Widgets.nonNull(type.getName()),
							Integer.valueOf(type.getDefaultDurationMinutes()), Integer.valueOf(type.getDefaultTimeboxMinutes()),
							Integer.valueOf(type.getMaxCasesPerHour()), Integer.valueOf(type.getRequiredParties().size()) });
				}
				if (element instanceof Meeting meeting) {
					return Dates.formatShort(meeting.getDate()) + "  " + title(meeting) + "  (" + Labels.of(meeting.getState()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				return super.getText(element);
			}
		});
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof Meeting meeting) {
				AgendaEditors.open(getSite().getPage(), tracker.session(), meeting);
			} else if (element instanceof MeetingType type) {
				MeetingTypesEditor.open(getSite().getPage(), tracker.session(), type);
			}
		});
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		getSite().registerContextMenu(menu, viewer);
		tracker = new Sessions.Tracker(viewer.getTree(), this::refresh);
		refresh();
	}

	private static String title(Meeting meeting) {
		String type = meeting.getType() == null ? "" : meeting.getType().getName(); //$NON-NLS-1$
		return type == null ? "" : type; //$NON-NLS-1$
	}

	/** Re-reads the active casebook. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		CasebookSession session = tracker.session();
		Object input = session == null || session.isClosed() ? null : session.getCasebook();
		if (viewer.getInput() != input) {
			viewer.setInput(input);
			if (input != null) {
				viewer.expandToLevel(2);
			}
		} else {
			viewer.refresh();
		}
	}

	/**
	 * Selects a meeting.
	 *
	 * @param meeting the meeting
	 */
	public void select(Meeting meeting) {
		viewer.refresh();
		viewer.setSelection(new StructuredSelection(meeting), true);
	}

	/** @return the tree viewer (tests) */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private static final class Content implements ITreeContentProvider {
		private Casebook casebook;

		@Override
		public void inputChanged(org.eclipse.jface.viewers.Viewer v, Object oldInput, Object newInput) {
			casebook = newInput instanceof Casebook c ? c : null;
		}

		@Override
		public Object[] getElements(Object input) {
			if (casebook == null) {
				return new Object[0];
			}
			List<Object> roots = new ArrayList<>(casebook.getMeetingSeries());
			if (CasebookLists.resolved(casebook.getMeetings()).stream().anyMatch(m -> m.getSeries() == null)) {
				roots.add(LOOSE);
			}
			roots.add(TYPES);
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<Meeting> meetings;
			if (parent instanceof MeetingSeries series) {
				meetings = new ArrayList<>(AgendaPlanner.meetingsOf(series));
			} else if (parent == TYPES && casebook != null) {
				return casebook.getMeetingTypes().toArray();
			} else if (parent == LOOSE && casebook != null) {
				meetings = new ArrayList<>(CasebookLists.resolved(casebook.getMeetings()).stream()
						.filter(m -> m.getSeries() == null && m.getDate() != null).toList());
				meetings.sort(Comparator.comparing(Meeting::getDate));
			} else {
				return new Object[0];
			}
			java.util.Collections.reverse(meetings);
			return meetings.toArray();
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Meeting meeting) {
				return meeting.getSeries() != null ? meeting.getSeries() : LOOSE;
			}
			return element instanceof MeetingType ? TYPES : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof MeetingSeries || element == LOOSE || element == TYPES;
		}
	}
}
