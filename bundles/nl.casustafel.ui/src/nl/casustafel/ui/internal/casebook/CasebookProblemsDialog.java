/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import nl.casustafel.core.CasebookProblem;
import nl.casustafel.core.CasebookSession;

/**
 * Tells the user which files of a casebook could not be read: one row per file with its problem.
 * The rest of the casebook is open; those files are left untouched.
 */
public class CasebookProblemsDialog extends MessageDialog {

	private final List<CasebookProblem> problems;

	/**
	 * @param parent  the parent shell
	 * @param session the session just opened, with problems
	 */
	public CasebookProblemsDialog(Shell parent, CasebookSession session) {
		super(parent, Messages.problems_title, null,
				NLS.bind(Messages.problems_message, CasebookNames.of(session), session.problems().size()), WARNING, 0,
				IDialogConstants.OK_LABEL);
		this.problems = List.copyOf(session.problems());
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		area.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 220).applyTo(area);

		TableViewer viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);

		TableViewerColumn file = new TableViewerColumn(viewer, SWT.LEFT);
		file.getColumn().setText(Messages.problems_column_file);
		file.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((CasebookProblem) element).file().toString();
			}
		});
		layout.setColumnData(file.getColumn(), new ColumnWeightData(25, 160));

		TableViewerColumn problem = new TableViewerColumn(viewer, SWT.LEFT);
		problem.getColumn().setText(Messages.problems_column_problem);
		problem.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((CasebookProblem) element).message();
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		layout.setColumnData(problem.getColumn(), new ColumnWeightData(75, 300));

		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(problems);
		return area;
	}
}
