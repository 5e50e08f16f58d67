/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.projector.ui.internal;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

import nl.casustafel.projector.ui.ProjectorService;

/** Creates the one workbench-wide {@link ProjectorService}. */
public final class ProjectorServiceFactory extends AbstractServiceFactory {

	private static ProjectorServiceImpl instance;

	@Override
	public synchronized Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (!ProjectorService.class.equals(serviceInterface)) {
			return null;
		}
		if (instance == null) {
			instance = new ProjectorServiceImpl(PlatformUI.getWorkbench().getDisplay());
			PlatformUI.getWorkbench().addWorkbenchListener(new org.eclipse.ui.IWorkbenchListener() {
				@Override
				public boolean preShutdown(org.eclipse.ui.IWorkbench workbench, boolean forced) {
					instance.close();
					return true;
				}

				@Override
				public void postShutdown(org.eclipse.ui.IWorkbench workbench) {
					// nothing
				}
			});
		}
		return instance;
	}
}
