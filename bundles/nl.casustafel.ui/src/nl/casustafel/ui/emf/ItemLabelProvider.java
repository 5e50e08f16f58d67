/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace label provider over EMF item providers (the equivalent of EMF's
 * {@code AdapterFactoryLabelProvider}, which is not available to us): texts from
 * {@link ModelLabels} and the item providers, images from the item providers. When the adapter
 * factory notifies a change of an object, viewers using this provider update that object's label,
 * on the UI thread.
 */
public class ItemLabelProvider extends BaseLabelProvider implements ILabelProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;

	private final Display display;

	private final boolean showImages;

	private ResourceManager resources;

	/**
	 * Creates a label provider without images (the chair's screen stays calm).
	 *
	 * @param adapterFactory the adapter factory, e.g. {@code session.getAdapterFactory()}
	 */
	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this(adapterFactory, false);
	}

	/**
	 * @param adapterFactory the adapter factory, e.g. {@code session.getAdapterFactory()}
	 * @param showImages     whether to show the item providers' images
	 */
	public ItemLabelProvider(AdapterFactory adapterFactory, boolean showImages) {
		this.adapterFactory = adapterFactory;
		this.showImages = showImages;
		this.display = UiThread.display();
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	/**
	 * @return the adapter factory
	 */
	public AdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	@Override
	public String getText(Object element) {
		return ModelLabels.text(adapterFactory, element);
	}

	@Override
	public Image getImage(Object element) {
		if (!showImages || element == null) {
			return null;
		}
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
			return toImage(provider.getImage(element));
		}
		return null;
	}

	private Image toImage(Object image) {
		Object single = image;
		if (single instanceof ComposedImage composed) {
			List<Object> images = composed.getImages();
			single = images.isEmpty() ? null : images.get(0);
		}
		ImageDescriptor descriptor = null;
		if (single instanceof URL url) {
			descriptor = ImageDescriptor.createFromURL(url);
		} else if (single instanceof ImageDescriptor imageDescriptor) {
			descriptor = imageDescriptor;
		} else if (single instanceof Image swtImage) {
			return swtImage;
		}
		if (descriptor == null) {
			return null;
		}
		if (resources == null) {
			resources = new LocalResourceManager(JFaceResources.getResources());
		}
		return resources.create(descriptor);
	}

	@Override
	public void notifyChanged(Notification notification) {
		Object notifier = notification.getNotifier();
		UiThread.run(display, () -> fireLabelProviderChanged(new LabelProviderChangedEvent(this, notifier)));
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		if (resources != null) {
			resources.dispose();
			resources = null;
		}
		super.dispose();
	}
}
