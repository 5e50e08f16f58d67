/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import nl.casustafel.core.internal.CasebookServiceImpl;

/**
 * Access to a {@link CasebookService} outside OSGi.
 */
public final class CasebookServices {

	private CasebookServices() {
		// static access only
	}

	/**
	 * Creates a new, independent casebook service. In the workbench, use the OSGi service instead,
	 * so that all views share one active session.
	 *
	 * @return a new service with default settings
	 */
	public static CasebookService newService() {
		return new CasebookServiceImpl();
	}
}
