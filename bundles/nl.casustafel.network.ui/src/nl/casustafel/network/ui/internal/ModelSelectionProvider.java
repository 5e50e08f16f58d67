/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkNode;

/**
 * The view's selection for the workbench: the model objects behind the selected nodes and edges
 * (organisations, professionals, the case, relations, involvements...), not GEF's edit parts, so the
 * Properties view and other views understand it.
 */
final class ModelSelectionProvider implements ISelectionProvider {

	private final GraphicalViewer viewer;

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

	ModelSelectionProvider(GraphicalViewer viewer) {
		this.viewer = viewer;
		viewer.addSelectionChangedListener(event -> fire());
	}

	private void fire() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		List<Object> elements = new ArrayList<>();
		for (Object part : viewer.getSelectedEditParts()) {
			Object model = ((EditPart) part).getModel();
			EObject element = model instanceof NetworkNode node ? node.element()
					: model instanceof NetworkEdge edge ? edge.element() : null;
			if (element != null && !elements.contains(element)) {
				elements.add(element);
			}
		}
		return new StructuredSelection(elements);
	}

	@Override
	public void setSelection(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured)) {
			return;
		}
		List<EditPart> parts = new ArrayList<>();
		for (Object part : viewer.getEditPartRegistry().values()) {
			Object model = ((EditPart) part).getModel();
			EObject element = model instanceof NetworkNode node ? node.element()
					: model instanceof NetworkEdge edge ? edge.element() : null;
			if (element != null && structured.toList().contains(element) && ((EditPart) part).isSelectable()) {
				parts.add((EditPart) part);
			}
		}
		viewer.setSelection(new StructuredSelection(parts));
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
