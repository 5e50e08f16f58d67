/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.demo.DefaultVocabulary;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Organisation;
import nl.casustafel.ui.emf.ModelLabels;
import nl.casustafel.ui.emf.PropertyEditors;
import nl.casustafel.ui.emf.Vocabularies;

/**
 * The choices and labels of vocabulary fields in the workbench (the Properties view and the case
 * editor's drop-down lists) include the terms of plug-ins: here those of the fictional test plug-in
 * nl.casustafel.tests.partner, which adds the organisation type "Districtskantoor".
 */
class VocabularyChoicesTest {

	private static final EAttribute TYPE = CasebookPackage.Literals.ORGANISATION__TYPE;

	@Test
	void anOrganisationTypeIsChosenFromTheBuiltInTypesThenThoseOfPlugins() {
		Organisation organisation = CasebookFactory.eINSTANCE.createOrganisation();
		organisation.setType("type-of-a-removed-plugin");
		assertTrue(Vocabularies.hasVocabulary(TYPE));

		List<String> expected = new ArrayList<>(DefaultVocabulary.ORGANISATION_TYPES.keySet());
		expected.add("testpartner-district-office");
		expected.add("type-of-a-removed-plugin");
		assertEquals(expected, Vocabularies.keys(TYPE, organisation.getType()), "the current value stays a choice");
		assertEquals("Districtskantoor", ModelLabels.value(null, TYPE, "testpartner-district-office"));
		assertEquals("Reclassering", ModelLabels.value(null, TYPE, "probation"), "not replaced by the plug-in");
		assertEquals("type-of-a-removed-plugin", ModelLabels.value(null, TYPE, "type-of-a-removed-plugin"));

		Shell shell = new Shell(Display.getCurrent());
		try {
			CellEditor editor = PropertyEditors.create(shell, organisation, TYPE, null, null, false);
			List<String> items = Arrays.asList(((CCombo) editor.getControl()).getItems());
			assertTrue(items.contains("Districtskantoor"), items::toString);
			assertTrue(items.indexOf("Districtskantoor") > items.indexOf("Schuldhulpverlening"), items::toString);
		} finally {
			shell.dispose();
		}
	}
}
