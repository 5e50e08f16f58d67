/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.panels;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
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

import nl.casustafel.network.io.ImportProblem;
import nl.casustafel.network.ui.NetworkUi;
import nl.casustafel.network.ui.internal.Messages;

/**
 * Tells the user that nothing was imported and lists every bad row: file, line, column and what is
 * wrong, so the spreadsheet can be fixed in one go.
 */
public final class ImportProblemsDialog extends TitleAreaDialog {

	private final List<ImportProblem> problems;

	/**
	 * @param shell    the parent shell
	 * @param problems the problems
	 */
	public ImportProblemsDialog(Shell shell, List<ImportProblem> problems) {
		super(shell);
		this.problems = problems;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.import_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.import_problemsTitle);
		setMessage(NLS.bind(Messages.import_problemsMessage, Integer.valueOf(problems.size())),
				org.eclipse.jface.dialogs.IMessageProvider.ERROR);
		Composite holder = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(860, 320).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		TableViewer table = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData(NetworkUi.WIDGET_KEY, "network.importProblems"); //$NON-NLS-1$
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(table, layout, Messages.import_columnFile, 18, p -> p.file());
		column(table, layout, Messages.import_columnLine, 7, p -> p.line() > 0 ? Integer.toString(p.line()) : ""); //$NON-NLS-1$
		column(table, layout, Messages.import_columnColumn, 13, p -> p.column() == null ? "" : p.column()); //$NON-NLS-1$
		column(table, layout, Messages.import_columnProblem, 62, ImportProblem::message);
		table.setInput(problems);
		return area;
	}

	private static void column(TableViewer table, TableColumnLayout layout, String title, int weight,
			java.util.function.Function<ImportProblem, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ImportProblem) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
