/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.plugins;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblems;
import nl.casustafel.ui.CasustafelUi;

/**
 * The hint in the status line at start-up when plug-ins have problems: "2 plug-ins hebben problemen —
 * zie Help &gt; Plug-ins…". Never a dialog: the chair may be starting in front of a room. The
 * problems are asked for in a background job (that may read every registry's contributions); the
 * hint is shown until the user opens Help &gt; Plug-ins… (a click on it opens it too).
 */
public final class ProblemsHint extends ContributionItem {

	/** The id of the status line item. */
	public static final String ID = CasustafelUi.PLUGIN_ID + ".plugins.hint"; //$NON-NLS-1$

	/** How long after the window opened the contributions are checked. */
	private static final long START_DELAY_MILLIS = 3000;

	/** The hints shown (UI thread only). */
	private static final List<ProblemsHint> SHOWN = new ArrayList<>();

	private final String text;

	private final Shell shell;

	private final IStatusLineManager statusLine;

	/**
	 * @param text       the hint
	 * @param shell      the workbench window's shell, parent of the dialog
	 * @param statusLine the window's status line, where the hint is shown
	 */
	private ProblemsHint(String text, Shell shell, IStatusLineManager statusLine) {
		super(ID);
		this.text = text;
		this.shell = shell;
		this.statusLine = statusLine;
	}

	/**
	 * @param problems problems with contributions
	 * @return the hint naming how many plug-ins have problems, or {@code null} when none has
	 */
	public static String text(List<ContributionProblem> problems) {
		int plugins = ContributionProblems.contributors(problems).size();
		return plugins == 0 ? null
				: plugins == 1 ? Messages.hint_onePlugin : NLS.bind(Messages.hint_plugins, Integer.valueOf(plugins));
	}

	/**
	 * Asks for the problems in the background and then, when there are any, shows the hint in the
	 * window's status line.
	 *
	 * @param configurer the workbench window's configurer, after the window opened
	 */
	public static void showWhenNeeded(IWorkbenchWindowConfigurer configurer) {
		Shell shell = configurer.getWindow().getShell();
		IStatusLineManager statusLine = configurer.getActionBarConfigurer().getStatusLineManager();
		Job job = Job.create(Messages.hint_job, (IProgressMonitor monitor) -> {
			String hint = text(ContributionProblems.all());
			if (hint != null && !shell.isDisposed()) {
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed() && statusLine.find(ID) == null) {
						ProblemsHint item = new ProblemsHint(hint, shell, statusLine);
						SHOWN.add(item);
						statusLine.add(item);
						statusLine.update(true);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		// Reading every contribution can wait until the casebook is open: both compete for the CPU at start-up.
		job.schedule(START_DELAY_MILLIS);
	}

	@Override
	public void fill(Composite parent) {
		new Label(parent, SWT.SEPARATOR); // as StatusLineContributionItem does
		CLabel label = new CLabel(parent, SWT.SHADOW_NONE);
		label.setText(text);
		label.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
		label.setToolTipText(Messages.hint_tooltip);
		label.setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
		label.setData(CasustafelUi.WIDGET_KEY, "plugins.hint"); //$NON-NLS-1$
		label.addListener(SWT.MouseUp, event -> event.display.asyncExec(() -> {
			if (!shell.isDisposed()) {
				PluginsDialog.show(shell);
			}
		}));
		StatusLineLayoutData data = new StatusLineLayoutData();
		data.widthHint = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		label.setLayoutData(data);
	}

	/**
	 * Takes the hint out of a window's status line, if it is there: the user opened Help &gt;
	 * Plug-ins…. On the UI thread.
	 *
	 * @param shell the workbench window's shell
	 */
	public static void dismiss(Shell shell) {
		for (ProblemsHint hint : List.copyOf(SHOWN)) {
			if (hint.shell == shell) {
				SHOWN.remove(hint);
				hint.statusLine.remove(hint);
				hint.statusLine.update(true);
				hint.dispose();
			}
		}
	}
}
