/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * Finds the editing domain and adapter factory an object belongs to (the casebook session's, which
 * registers itself on its resource set).
 */
public final class EditingDomains {

	private static ComposedAdapterFactory fallback;

	private EditingDomains() {
		// static helpers only
	}

	/**
	 * @param object a model object
	 * @return its editing domain, or {@code null} when it belongs to none (then it cannot be edited)
	 */
	public static EditingDomain of(Object object) {
		return AdapterFactoryEditingDomain.getEditingDomainFor(object);
	}

	/**
	 * @param object a model object
	 * @return whether it can be edited: it has an editing domain and its file is not read-only
	 */
	public static boolean isEditable(EObject object) {
		EditingDomain domain = of(object);
		if (domain == null) {
			return false;
		}
		Resource resource = object.eResource();
		return resource == null || !domain.isReadOnly(resource);
	}

	/**
	 * @param object a model object
	 * @return the adapter factory of its editing domain, or a shared one built from the registered
	 *         item provider factories
	 */
	public static synchronized AdapterFactory adapterFactoryOf(Object object) {
		if (of(object) instanceof AdapterFactoryEditingDomain domain) {
			return domain.getAdapterFactory();
		}
		if (fallback == null) {
			fallback = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
			fallback.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		}
		return fallback;
	}
}
