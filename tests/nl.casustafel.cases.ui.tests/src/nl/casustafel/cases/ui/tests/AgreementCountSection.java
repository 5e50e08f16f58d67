/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.cases.ui.spi.CaseEditorSection;
import nl.casustafel.cases.ui.spi.CaseSectionSite;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;

/**
 * A case editor section as a partner writes it on the SPI: it counts the case's agreements and has
 * a button that changes the case through the site (so the change can be undone).
 */
public class AgreementCountSection implements CaseEditorSection {

	private Label count;

	private Case shown;

	@Override
	public void createContents(Composite parent, CaseSectionSite site) {
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		count = site.getToolkit().createLabel(parent, "");
		count.setData(CasesUi.WIDGET_KEY, "test.section.count");
		Button mark = site.getToolkit().createButton(parent, "Markeer urgent", SWT.PUSH);
		mark.setData(CasesUi.WIDGET_KEY, "test.section.mark");
		mark.addListener(SWT.Selection, event -> site.execute(SetCommand.create(site.getSession().getEditingDomain(),
				shown, CasebookPackage.Literals.CASE__NOODSCENARIO, "Bij crisis belt de wijkagent de GGZ.")));
	}

	@Override
	public void showCase(Case aCase) {
		shown = aCase;
		count.setText(aCase.getCaseNumber() + ": " + aCase.getAgreements().size() + " afspraken");
	}
}
