/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.isolation.tests;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import nl.casustafel.cases.ui.spi.CaseEditorSection;
import nl.casustafel.cases.ui.spi.CaseSectionSite;
import nl.casustafel.model.Case;

/**
 * A partner section with a bug: it builds its widgets, then fails when it shows the case.
 */
public class ThrowingSection implements CaseEditorSection {

	@Override
	public void createContents(Composite parent, CaseSectionSite site) {
		parent.setLayout(new FillLayout());
		site.getToolkit().createLabel(parent, "Kapot");
	}

	@Override
	public void showCase(Case aCase) {
		throw new NullPointerException("geen reclasseringsdossier");
	}
}
