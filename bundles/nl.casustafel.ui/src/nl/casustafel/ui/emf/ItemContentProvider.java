/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace content provider over EMF item providers (the equivalent of EMF's
 * {@code AdapterFactoryContentProvider}): elements and children from
 * {@link IStructuredItemContentProvider} / {@link ITreeItemContentProvider}. The viewer is refreshed
 * (on the UI thread) for every viewer notification the item providers send, so it follows commands,
 * undo and redo. Unresolved proxies (objects of files that could not be read) are left out.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapterFactory;

	private final Display display;

	private Viewer viewer;

	/**
	 * @param adapterFactory the adapter factory, e.g. {@code session.getAdapterFactory()}
	 */
	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		this.display = UiThread.display();
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = newViewer;
	}

	@Override
	public Object[] getElements(Object inputElement) {
		if (adapterFactory.adapt(inputElement, IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider provider) {
			return resolved(provider.getElements(inputElement));
		}
		return NONE;
	}

	@Override
	public Object[] getChildren(Object parentElement) {
		if (adapterFactory.adapt(parentElement, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
			return resolved(provider.getChildren(parentElement));
		}
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
			return provider.getParent(element);
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
			return provider.hasChildren(element);
		}
		return false;
	}

	private static Object[] resolved(Collection<?> elements) {
		return elements.stream().filter(e -> !(e instanceof EObject eObject && eObject.eIsProxy())).toArray();
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification viewerNotification)) {
			return;
		}
		UiThread.run(display, () -> {
			if (!(viewer instanceof StructuredViewer structured) || structured.getControl() == null
					|| structured.getControl().isDisposed()) {
				return;
			}
			Object element = viewerNotification.getElement();
			if (viewerNotification.isContentRefresh()) {
				if (element == null) {
					structured.refresh(viewerNotification.isLabelUpdate());
				} else {
					structured.refresh(element, viewerNotification.isLabelUpdate());
				}
			} else if (viewerNotification.isLabelUpdate() && element != null) {
				structured.update(element, null);
			}
		});
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
