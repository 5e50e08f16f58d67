/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Service interfaces of the core that partner plug-ins implement.
 * <p>
 * {@link nl.casustafel.core.spi.ContributionProblemSource}: a registry that reads contributions of
 * plug-ins (to an extension point, or from files a plug-in brings) registers one as an OSGi service,
 * so that the problems it found are listed in one place for users and administrators
 * (<i>Help &gt; Plug-ins…</i> in the workbench, and
 * {@link nl.casustafel.core.ContributionProblems#all()} for code).
 * </p>
 * <p>
 * This package is SPI for partner plug-ins: a method added to an interface here always has a
 * default. Nothing in it depends on a UI toolkit.
 * </p>
 *
 * @since 0.1
 */
package nl.casustafel.core.spi;
