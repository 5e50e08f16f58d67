/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.product.probe.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Looks, from inside a started product, at what one installed plug-in contributes, writes a report
 * and closes the workbench. Used by {@code releng/nl.casustafel.product.tests}, which drops this
 * bundle and a partner plug-in into the product's {@code dropins/} folder and starts the product.
 * <p>
 * Inert unless the system property {@value #OUT} names the report file. {@value #BUNDLE} names the
 * plug-in to look at; {@value #CLOSE}{@code =false} leaves the workbench open.
 * </p>
 */
public final class ProductProbe implements IStartup {

	/** System property: the report file (a properties file) to write. */
	public static final String OUT = "casustafel.probe.out"; //$NON-NLS-1$

	/** System property: the symbolic name of the plug-in to look at. */
	public static final String BUNDLE = "casustafel.probe.bundle"; //$NON-NLS-1$

	/** System property: {@code false} leaves the workbench open after the report is written. */
	public static final String CLOSE = "casustafel.probe.close"; //$NON-NLS-1$

	/** How long the probe waits for the workbench window and the demo casebook. */
	static final Duration PATIENCE = Duration.ofSeconds(120);

	@Override
	public void earlyStartup() {
		String out = System.getProperty(OUT);
		if (out == null || out.isBlank()) {
			return;
		}
		Report report = new Report(Path.of(out));
		try {
			new Inspection(System.getProperty(BUNDLE, ""), report).run(); //$NON-NLS-1$
		} catch (Throwable e) { // the report must be written whatever went wrong
			report.failure("probe", e); //$NON-NLS-1$
		} finally {
			report.write();
			if (!"false".equals(System.getProperty(CLOSE)) && PlatformUI.isWorkbenchRunning()) { //$NON-NLS-1$
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
			}
		}
	}
}
