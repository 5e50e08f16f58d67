/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Adapts every model object ({@link EObject}) to an {@link IPropertySource}, so the standard
 * Properties view shows and edits whatever model object a view or editor selects. Registered in
 * plugin.xml (extension point {@code org.eclipse.core.runtime.adapters}).
 */
public class EmfPropertySourceAdapterFactory implements IAdapterFactory {

	private static final Class<?>[] ADAPTERS = { IPropertySource.class };

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptableObject instanceof EObject object) || object.eIsProxy()) {
			return null;
		}
		AdapterFactory adapterFactory = EditingDomains.adapterFactoryOf(object);
		if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source) {
			return adapterType.cast(new EmfPropertySource(object, source, adapterFactory));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return ADAPTERS.clone();
	}
}
