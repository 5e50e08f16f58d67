/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import nl.casustafel.reflection.core.ReflectionTargets;
import nl.casustafel.reflection.ui.internal.Labels;

/**
 * Lists casebook objects like the cases navigator or the agenda would; selecting a row makes it
 * the page's selection, which the Reflection view follows.
 */
public class SelectionSourceView extends ViewPart {

	static final String ID = "nl.casustafel.reflection.ui.tests.source";

	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(LabelProvider.createTextProvider(element -> element instanceof EObject object
				&& ReflectionTargets.kindOf(object) != null ? Labels.target(object) : String.valueOf(element)));
		getSite().setSelectionProvider(viewer);
	}

	/** Shows these objects. */
	void show(List<?> objects) {
		viewer.setInput(objects);
	}

	/** Selects an object as a user clicking its row would (it need not be listed). */
	void select(Object object) {
		getSite().getPage().activate(this);
		viewer.setSelection(new StructuredSelection(object), true);
		if (viewer.getStructuredSelection().isEmpty()) {
			// not listed (e.g. an agreement inside a case): offer it as the selection anyway
			viewer.setInput(append(object));
			viewer.setSelection(new StructuredSelection(object), true);
		}
	}

	private List<Object> append(Object object) {
		List<Object> objects = new ArrayList<>((List<?>) viewer.getInput());
		objects.add(object);
		return objects;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
