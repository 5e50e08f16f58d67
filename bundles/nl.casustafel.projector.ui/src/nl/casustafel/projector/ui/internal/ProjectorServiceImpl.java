/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.projector.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;

import nl.casustafel.projector.ui.ProjectorContent;
import nl.casustafel.projector.ui.ProjectorService;

/**
 * The projector window. On a machine with two monitors it covers the one that is not the
 * workbench's; with one monitor it opens as a normal window of at most 1920x1080 so that the chair
 * can still reach the workbench (and tests can see both).
 */
public final class ProjectorServiceImpl implements ProjectorService {

	private final Display display;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private Shell shell;
	private ProjectorStyleImpl style;
	private Label titleLabel;
	private Composite contentArea;
	private ProjectorContent content;

	public ProjectorServiceImpl(Display display) {
		this.display = display;
	}

	@Override
	public void show(ProjectorContent newContent) {
		if (newContent == null) {
			throw new IllegalArgumentException("content"); //$NON-NLS-1$
		}
		ensureOpen();
		replaceContent(newContent);
	}

	@Override
	public void open() {
		ensureOpen();
	}

	@Override
	public void blank() {
		if (shell == null) {
			return;
		}
		replaceContent(null);
	}

	@Override
	public void close() {
		if (shell == null) {
			return;
		}
		disposeContent();
		Shell closing = shell;
		shell = null;
		closing.dispose();
		style.dispose();
		style = null;
		fire();
	}

	@Override
	public boolean isOpen() {
		return shell != null && !shell.isDisposed();
	}

	@Override
	public ProjectorContent getContent() {
		return content;
	}

	@Override
	public Shell getShell() {
		return isOpen() ? shell : null;
	}

	@Override
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void ensureOpen() {
		if (isOpen()) {
			return;
		}
		Monitor target = projectorMonitor();
		boolean dedicated = target != display.getPrimaryMonitor() || display.getMonitors().length > 1;
		shell = new Shell(display, dedicated ? SWT.NO_TRIM : SWT.SHELL_TRIM);
		shell.setText(Messages.projector_windowTitle);
		Shell workbenchShell = display.getActiveShell();
		if (workbenchShell != null && workbenchShell.getImages().length > 0) {
			shell.setImages(workbenchShell.getImages());
		}
		Rectangle area = target.getBounds();
		if (dedicated) {
			shell.setBounds(area);
		} else {
			int width = Math.min(area.width, 1920);
			int height = Math.min(area.height, 1080);
			shell.setBounds(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
		}
		style = new ProjectorStyleImpl(display, dedicated ? area.height : Math.min(area.height, 1080));
		shell.setBackground(style.background());
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = style.margin();
		layout.marginHeight = style.margin() / 2;
		layout.verticalSpacing = style.margin() / 2;
		shell.setLayout(layout);

		titleLabel = new Label(shell, SWT.NONE);
		titleLabel.setFont(style.headingFont());
		titleLabel.setForeground(style.muted());
		titleLabel.setBackground(style.background());
		titleLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Label rule = new Label(shell, SWT.NONE);
		rule.setBackground(style.accent());
		GridData ruleData = new GridData(SWT.FILL, SWT.TOP, true, false);
		ruleData.heightHint = Math.max(3, style.margin() / 12);
		rule.setLayoutData(ruleData);

		contentArea = new Composite(shell, SWT.NONE);
		contentArea.setBackground(style.background());
		contentArea.setBackgroundMode(SWT.INHERIT_FORCE);
		contentArea.setLayout(new FillLayout());
		contentArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		shell.addListener(SWT.Close, event -> {
			// The room's window is closed from the chair console; closing it directly also works.
			event.doit = false;
			close();
		});
		shell.open();
		if (dedicated && workbenchShell != null && !workbenchShell.isDisposed()) {
			// The room's screen must not take the chair's keyboard.
			workbenchShell.forceActive();
		} else {
			// One screen: the projector window is what the room sees, so it goes on top.
			shell.moveAbove(null);
			shell.forceActive();
		}
		showBlankScreen();
		fire();
	}

	private Monitor projectorMonitor() {
		Monitor primary = display.getPrimaryMonitor();
		Shell active = display.getActiveShell();
		Monitor chairs = active != null ? active.getMonitor() : primary;
		for (Monitor monitor : display.getMonitors()) {
			if (!monitor.equals(chairs)) {
				return monitor;
			}
		}
		return chairs;
	}

	private void replaceContent(ProjectorContent newContent) {
		disposeContent();
		content = newContent;
		if (newContent == null) {
			showBlankScreen();
		} else {
			titleLabel.setText(nonNull(newContent.getTitle()));
			try {
				newContent.createContents(contentArea, style);
			} catch (RuntimeException e) {
				// A faulty view must not leave half a screen of case data on the projector.
				ILog.of(getClass()).log(Status.error("Projector content failed to render: " + newContent.getClass().getName(), e)); //$NON-NLS-1$
				disposeChildren();
				content = null;
				showBlankScreen();
				fire();
				throw e;
			}
		}
		shell.layout(true, true);
		fire();
	}

	private void showBlankScreen() {
		titleLabel.setText(""); //$NON-NLS-1$
		disposeChildren();
		Composite blank = new Composite(contentArea, SWT.NONE);
		blank.setLayout(new GridLayout(1, false));
		Label name = new Label(blank, SWT.CENTER);
		name.setText(Messages.projector_blankTitle);
		name.setFont(style.displayFont());
		name.setForeground(style.muted());
		name.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
		contentArea.layout(true, true);
	}

	private void disposeContent() {
		ProjectorContent old = content;
		content = null;
		if (old != null) {
			try {
				old.dispose();
			} catch (RuntimeException e) {
				ILog.of(getClass()).log(Status.error("Projector content failed to dispose", e)); //$NON-NLS-1$
			}
		}
		if (contentArea != null && !contentArea.isDisposed()) {
			disposeChildren();
		}
	}

	private void disposeChildren() {
		for (Control child : contentArea.getChildren()) {
			child.dispose();
		}
	}

	private void fire() {
		for (Runnable listener : listeners) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				ILog.of(getClass()).log(Status.error("Projector listener failed", e)); //$NON-NLS-1$
			}
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
