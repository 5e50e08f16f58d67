/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * What partner plug-ins implement to extend the case work: {@link nl.casustafel.cases.ui.spi.CaseEditorSection}
 * for a section on the case editor (extension point {@code nl.casustafel.cases.ui.caseEditorSections}).
 * The stability promise is in docs/partner-plugins.md.
 */
package nl.casustafel.cases.ui.spi;
