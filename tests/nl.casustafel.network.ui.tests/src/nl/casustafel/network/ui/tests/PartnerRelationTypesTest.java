/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.style.Legend;
import nl.casustafel.network.ui.NetworkUi;
import nl.casustafel.network.ui.internal.NetworkView;

/**
 * The relation types of a partner plug-in in the network view: the test plug-in
 * nl.casustafel.tests.partner contributes "Toezicht" ({@value #SUPERVISION}) and broken types.
 */
class PartnerRelationTypesTest {

	private static final String SUPERVISION = "testpartner.supervision";

	@TempDir
	Path temp;

	private DemoCasebook demo;

	private NetworkPage network;

	@BeforeEach
	void openDemoCasebook() throws Exception {
		demo = DemoCasebook.create(temp);
		network = NetworkPage.show();
	}

	@AfterEach
	void closeDemoCasebook() {
		network.view().setDrawingType(null);
		network.view().setScope(NetworkView.Scope.CASE);
		demo.close();
	}

	@Test
	void theDrawMenuOffersAPartnersTypeAndDrawsItAsOneUndoableCommand() throws Exception {
		NetworkPage.select(network.widget("network.scope.region", ToolItem.class));
		NetworkView view = network.view();
		NetworkPage.select(network.widget("network.zoomFit", ToolItem.class));

		Menu menu = view.drawMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> keys = Arrays.stream(menu.getItems()).map(item -> (String) item.getData(NetworkUi.WIDGET_KEY)).toList();
		assertEquals("network.draw.off", keys.get(0));
		assertEquals("network.draw." + RelationKind.REFERRAL.getLiteral(), keys.get(1), "the relation kinds first");
		assertTrue(keys.indexOf("network.draw." + SUPERVISION) > keys.indexOf("network.draw.OTHER"),
				"then the partner's types: " + keys);
		assertNull(item(menu, "network.draw.testpartner.friendship"), "a broken type is not offered");
		MenuItem supervision = item(menu, "network.draw." + SUPERVISION);
		assertNotNull(supervision);
		assertEquals("Toezicht", supervision.getText());

		supervision.setSelection(true);
		supervision.notifyListeners(SWT.Selection, new Event());
		assertEquals(SUPERVISION, view.drawingType());
		assertTrue(network.widget("network.draw", ToolItem.class).getText().contains("Toezicht"));

		int before = demo.session().getCasebook().getRelations().size();
		network.drag(network.centreOnCanvas(DemoRegion.ORG_BRAKELSTEDE), network.centreOnCanvas("org-lindehaven"));
		NetworkPage.waitUntil(() -> demo.session().getCasebook().getRelations().size() == before + 1,
				() -> "a relation is created");
		Relation relation = demo.session().getCasebook().getRelations().get(before);
		assertEquals(RelationKind.OTHER, relation.getKind());
		assertEquals(SUPERVISION, relation.getSubtype());
		NetworkPage.waitUntil(() -> view.contents().graph().edge(relation.getId()) != null, () -> "and drawn");
		assertEquals(SUPERVISION, view.contents().graph().edge(relation.getId()).type());
		assertTrue(Legend.of(view.contents().graph()).stream().anyMatch(line -> "Toezicht".equals(line.label())),
				"the legend lists the partner's type");

		menu.notifyListeners(SWT.Show, new Event());
		assertTrue(item(menu, "network.draw." + SUPERVISION).getSelection(), "the menu shows what is drawn");

		NetworkPage.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, demo.session().getCasebook().getRelations().size(), "one undo takes it back");
		NetworkPage.waitUntil(() -> view.contents().graph().edge(relation.getId()) == null, () -> "undo removes it");
	}

	private static MenuItem item(Menu menu, String key) {
		for (MenuItem item : menu.getItems()) {
			if (key.equals(item.getData(NetworkUi.WIDGET_KEY))) {
				return item;
			}
		}
		return null;
	}
}
