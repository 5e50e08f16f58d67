/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Names the plug-in's widgets (for UI tests and accessibility tools), the way Casustafel names its
 * own, and makes the labelled read-only fields of the view and the section.
 */
public final class ProbationWidgets {

	/** Key of {@link Widget#getData(String)} holding a widget's name, e.g. {@code "view.status"}. */
	public static final String KEY = "nl.casustafel.examples.probation.widget"; //$NON-NLS-1$

	private ProbationWidgets() {
	}

	/**
	 * @param widget a widget
	 * @param name   its name
	 */
	public static void name(Widget widget, String name) {
		widget.setData(KEY, name);
	}

	/**
	 * A field in a two-column grid: its name, and a wrapping label for its value.
	 *
	 * @param toolkit the forms toolkit
	 * @param parent  a composite with a two-column grid layout
	 * @param name    the field's name for users
	 * @param widget  the value label's widget name
	 * @return the value label
	 */
	public static Label field(FormToolkit toolkit, Composite parent, String name, String widget) {
		Label label = toolkit.createLabel(parent, name);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		Label value = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
		name(value, widget);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(value);
		return value;
	}
}
