/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import nl.casustafel.learning.core.LearningPointsAggregation;
import nl.casustafel.learning.core.LearningPointsAggregation.Entry;
import nl.casustafel.learning.core.LearningPointsAggregation.Period;
import nl.casustafel.learning.core.LearningPointsAggregation.TagGroup;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.model.LearningSession;

/**
 * Learning points across the casebook's sessions: grouped by tag within a period, and counted per
 * month, quarter or year, so a team sees which themes keep coming back.
 */
public final class LearningPointsView extends ViewPart {

	private static final int ALL = 0;
	private static final int LAST_QUARTER = 1;
	private static final int THIS_YEAR = 2;
	private static final int CUSTOM = 3;

	private Combo range;
	private DateTime from;
	private DateTime to;
	private Combo per;
	private Label summary;
	private TreeViewer tree;
	private TableViewer periods;
	private final Runnable listener = this::refresh;
	private Map<String, Integer> pointCounts = Map.of();

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		Composite controls = new Composite(body, SWT.NONE);
		org.eclipse.swt.layout.RowLayout controlsLayout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		controlsLayout.wrap = true;
		controlsLayout.center = true;
		controlsLayout.spacing = 6;
		controls.setLayout(controlsLayout);
		controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(controls, SWT.NONE).setText(Messages.points_period);
		range = Widgets.name(new Combo(controls, SWT.READ_ONLY), "points.range"); //$NON-NLS-1$
		range.setItems(Messages.points_all, Messages.points_lastQuarter, Messages.points_thisYear, Messages.points_custom);
		range.select(ALL);
		new Label(controls, SWT.NONE).setText(Messages.points_from);
		from = Widgets.name(new DateTime(controls, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM), "points.from"); //$NON-NLS-1$
		new Label(controls, SWT.NONE).setText(Messages.points_to);
		to = Widgets.name(new DateTime(controls, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM), "points.to"); //$NON-NLS-1$
		new Label(controls, SWT.NONE).setText(Messages.points_per);
		per = Widgets.name(new Combo(controls, SWT.READ_ONLY), "points.per"); //$NON-NLS-1$
		per.setItems(Messages.points_month, Messages.points_quarter, Messages.points_year);
		per.select(1);
		LocalDate today = LocalDate.now();
		from.setDate(today.getYear(), 0, 1);
		to.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
		range.addListener(SWT.Selection, event -> refresh());
		from.addListener(SWT.Selection, event -> refresh());
		to.addListener(SWT.Selection, event -> refresh());
		per.addListener(SWT.Selection, event -> refresh());
		summary = Widgets.name(new Label(body, SWT.WRAP), "points.summary"); //$NON-NLS-1$
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
		Widgets.name(tree.getTree(), "points.tree"); //$NON-NLS-1$
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof TagGroup group ? group.entries().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof TagGroup;
			}
		});
		treeColumn(Messages.points_columnPoint, 520, element -> element instanceof TagGroup group
				? NLS.bind(Messages.points_tagGroup, tagLabel(group.tag()), Integer.valueOf(group.entries().size()))
				: ((Entry) element).point().getText());
		treeColumn(Messages.points_columnSession, 260, element -> element instanceof Entry entry
				? Widgets.date(entry.session().getDate()) + " \u2014 " + Widgets.nonNull(entry.session().getTitle()) //$NON-NLS-1$
				: ""); //$NON-NLS-1$
		periods = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
		Widgets.name(periods.getTable(), "points.periods"); //$NON-NLS-1$
		periods.getTable().setHeaderVisible(true);
		periods.getTable().setLinesVisible(true);
		periods.setContentProvider(ArrayContentProvider.getInstance());
		periodColumn(Messages.points_columnPeriod, 90, row -> row.getKey());
		periodColumn(Messages.points_columnCount, 80,
				row -> String.valueOf(pointCounts.getOrDefault(row.getKey(), Integer.valueOf(0))));
		periodColumn(Messages.points_columnTop, 260, row -> row.getValue().entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
				.map(tag -> tagLabel(tag.getKey()) + " (" + tag.getValue() + ')').collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
		sash.setWeights(68, 32);

		Casebooks.addListener(listener);
		refresh();
	}

	private void treeColumn(String title, int width, java.util.function.Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(tree, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	private void periodColumn(String title, int width,
			java.util.function.Function<Map.Entry<String, Map<String, Integer>>, String> text) {
		TableViewerColumn column = new TableViewerColumn(periods, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return text.apply((Map.Entry<String, Map<String, Integer>>) element);
			}
		});
	}

	private static String tagLabel(String tag) {
		return tag.equals(LearningPointsAggregation.UNTAGGED) ? Messages.points_untagged : tag;
	}

	/** Re-reads the learning points of the active casebook. */
	void refresh() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		LocalDate today = LocalDate.now();
		LocalDate start = null;
		LocalDate end = null;
		switch (range.getSelectionIndex()) {
		case LAST_QUARTER -> start = today.minusMonths(3);
		case THIS_YEAR -> start = today.withDayOfYear(1);
		case CUSTOM -> {
			start = LocalDate.of(from.getYear(), from.getMonth() + 1, from.getDay());
			end = LocalDate.of(to.getYear(), to.getMonth() + 1, to.getDay());
		}
		default -> {
			// all
		}
		}
		from.setEnabled(range.getSelectionIndex() == CUSTOM);
		to.setEnabled(range.getSelectionIndex() == CUSTOM);
		List<LearningSession> sessions = LearningSessions.sessions(Casebooks.casebook());
		ZoneId zone = ZoneId.systemDefault();
		List<TagGroup> groups = LearningPointsAggregation.byTag(sessions, start, end, zone);
		tree.setInput(groups);
		tree.refresh();
		int points = 0;
		int sessionCount = 0;
		for (LearningSession session : sessions) {
			if (session.getDate() == null) {
				continue;
			}
			LocalDate day = session.getDate().toInstant().atZone(zone).toLocalDate();
			if ((start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end))) {
				points += session.getLearningPoints().size();
				if (!session.getLearningPoints().isEmpty()) {
					sessionCount++;
				}
			}
		}
		summary.setText(NLS.bind(Messages.points_summary,
				new Object[] { Integer.valueOf(points), Integer.valueOf(sessionCount), Integer.valueOf(groups.size()) }));
		Period period = Period.values()[Math.max(0, per.getSelectionIndex())];
		pointCounts = LearningPointsAggregation.pointsByPeriod(sessions, period, zone);
		periods.setInput(new ArrayList<>(LearningPointsAggregation.countByPeriod(sessions, period, zone).entrySet()));
		periods.refresh();
	}

	/** @return the tree (for tests) */
	TreeViewer tree() {
		return tree;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		Casebooks.removeListener(listener);
		super.dispose();
	}
}
