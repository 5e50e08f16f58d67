/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.CaseEditors;
import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Case;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.NodeFlag;
import nl.casustafel.network.edit.NetworkCommands;
import nl.casustafel.network.layout.Box;
import nl.casustafel.network.layout.Point;
import nl.casustafel.network.style.Legend;
import nl.casustafel.network.ui.NetworkUi;
import nl.casustafel.network.ui.internal.NetworkView;
import nl.casustafel.network.ui.internal.panels.SidePanel;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * The network view on the Lindeveld demo casebook: following the selected case, dragging a node
 * (pinned, saved with the casebook, undone), drawing a relation (also of a partner plug-in's type),
 * the legend's filters, search, and the PNG export.
 */
class NetworkViewTest {

	/** A relation type of the test plug-in nl.casustafel.tests.partner ("Toezicht"). */
	private static final String PARTNER_TYPE = "testpartner.supervision";

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
		network.view().setDrawingKind(null);
		network.view().setScope(NetworkView.Scope.CASE);
		demo.close();
	}

	private void showCaseLv01InTheCaseEditor() throws Exception {
		Case lv01 = demo.caseNumbered("LV-01");
		CaseEditors.open(Workbench.page(), demo.session(), lv01);
		Workbench.processEvents();
		Workbench.waitUntil(() -> network.view().contents() != null
				&& network.nodeIds().contains(lv01.getSubject().getId()), () -> "the network follows the case editor");
		Workbench.page().activate(network.view());
		Workbench.processEvents();
	}

	@Test
	void theCaseNetworkFollowsTheCaseOpenedInTheEditor() throws Exception {
		showCaseLv01InTheCaseEditor();
		NetworkView view = network.view();
		NetworkNode robin = view.contents().graph().node(demo.caseNumbered("LV-01").getSubject().getId());
		assertTrue(robin.has(NodeFlag.CENTRE));
		NetworkNode jeroen = view.contents().graph().node("prof-jeroen-visser");
		assertTrue(jeroen.has(NodeFlag.REGIE), "the casusregisseur has regie");
		assertTrue(jeroen.has(NodeFlag.KNOWS_PERSON));
		assertTrue(view.contents().graph().node(DemoRegion.ORG_BRAKELSTEDE).has(NodeFlag.MISSING_PARTY),
				"Brakelstede missed M1, where LV-01 was discussed");
		assertNotNull(view.contents().graph().edge("rel-tension-lindehaven-lindestroom"),
				"the intake catch-22 between two involved partners shows");
		assertTrue(view.getContentDescription().contains("LV-01"));

		network.click("org-lindestroom");
		IStructuredSelection selection = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
		assertTrue(selection.getFirstElement() instanceof Organisation organisation
				&& "org-lindestroom".equals(organisation.getId()), "the selection is the organisation (Properties)");
	}

	@Test
	void draggingANodePinsItAndUndoReleasesIt() throws Exception {
		showCaseLv01InTheCaseEditor();
		NetworkView view = network.view();
		NetworkPage.select(network.widget("network.zoom100", ToolItem.class));
		String scope = view.contents().scope();
		String id = "org-lindehaven";
		Box before = view.contents().layout().node(id);
		assertTrue(NetworkCommands.pinnedPositions(demo.session().getCasebook(), scope).isEmpty());

		org.eclipse.swt.graphics.Point from = network.centreOnCanvas(id);
		network.drag(from, new org.eclipse.swt.graphics.Point(from.x + 120, from.y + 70));
		Workbench.waitUntil(() -> !NetworkCommands.pinnedPositions(demo.session().getCasebook(), scope).isEmpty(),
				() -> "the drag pins the node");

		Map<String, Point> pinned = NetworkCommands.pinnedPositions(demo.session().getCasebook(), scope);
		assertEquals(Set.of(id), pinned.keySet());
		assertEquals(new Point(before.x() + 120, before.y() + 70), pinned.get(id));
		assertTrue(demo.session().isDirty());
		Workbench.waitUntil(() -> view.contents().layout().node(id).x() == before.x() + 120,
				() -> "the diagram shows the node where it was dropped");
		Rectangle figure = network.node(id).getFigure().getBounds();
		assertEquals(before.x() + 120, figure.x);
		assertTrue(view.contents().pinned().contains(id));

		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		Workbench.waitUntil(() -> NetworkCommands.pinnedPositions(demo.session().getCasebook(), scope).isEmpty(),
				() -> "undo releases the pin");
		Workbench.waitUntil(() -> view.contents().layout().node(id).equals(before),
				() -> "the node is back where the layout puts it");
		assertFalse(demo.session().isDirty());
	}

	@Test
	void thePngExportHasTheExpectedSizeAndShowsTheNetwork() throws Exception {
		showCaseLv01InTheCaseEditor();
		NetworkView view = network.view();
		Dimension expected = view.pngSize();
		Path file = temp.resolve("lv-01.png");
		view.exportPng(file);

		assertTrue(Files.size(file) > 10_000, "a real picture, not an empty file");
		ImageData image = new ImageLoader().load(file.toString())[0];
		assertEquals(expected.width, image.width);
		assertEquals(expected.height, image.height);
		Box bounds = view.contents().layout().bounds();
		assertTrue(image.width >= bounds.width() + 300 && image.height >= bounds.height(),
				"the whole diagram and the legend fit");
		Set<Integer> colours = new HashSet<>();
		int nonWhite = 0;
		for (int y = 0; y < image.height; y += 3) {
			for (int x = 0; x < image.width; x += 3) {
				int pixel = image.getPixel(x, y);
				colours.add(Integer.valueOf(pixel));
				org.eclipse.swt.graphics.RGB rgb = image.palette.getRGB(pixel);
				if (rgb.red < 240 || rgb.green < 240 || rgb.blue < 240) {
					nonWhite++;
				}
			}
		}
		assertTrue(colours.size() > 50, "shapes, lines, text in many colours: " + colours.size());
		assertTrue(nonWhite > image.width * image.height / 9 / 20, "not blank: " + nonWhite + " non-white samples");

		Path svg = temp.resolve("lv-01.svg");
		view.exportSvg(svg);
		assertTrue(Files.readString(svg).contains("prof-jeroen-visser"));
	}

	@Test
	void theRegionalNetworkAnswersTheGuidesQuestions() throws Exception {
		NetworkPage.select(network.widget("network.scope.region", ToolItem.class));
		NetworkView view = network.view();
		Workbench.waitUntil(() -> view.scope() == NetworkView.Scope.REGION, () -> "region shown");
		assertEquals(13 + 1, view.contents().graph().nodes().size(), "12 partners, the steering group, the covenant");
		assertNotNull(view.contents().graph().edge("rel-missing-brakelstede-zvh"));

		Text search = network.widget("network.search", Text.class);
		search.setText("ggz");
		Workbench.processEvents();
		assertTrue(view.searchHits().contains("org-ggz"));
		assertTrue(network.node("org-ggz").nodeFigure().isHighlighted());
		search.setText("");
		Workbench.processEvents();

		Canvas tension = network.widget("network.legend.type.TENSION", Canvas.class);
		assertEquals(Boolean.TRUE, tension.getData(SidePanel.CHECKED));
		NetworkPage.clickLeft(tension);
		assertTrue(view.contents().graph().edges().stream().noneMatch(e -> "TENSION".equals(e.type())),
				"unticking Tension in the legend hides the tensions");
		tension = network.widget("network.legend.type.TENSION", Canvas.class);
		assertEquals(Boolean.FALSE, tension.getData(SidePanel.CHECKED));
		NetworkPage.clickLeft(tension);
		assertNotNull(view.contents().graph().edge("rel-tension-ggz-om"));
	}

	@Test
	void theNetworkMenuOpensThePerspective() throws Exception {
		// What the menu item Netwerk > Perspectief Netwerk runs.
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(
				commands.getCommand("org.eclipse.ui.perspectives.showPerspective"),
				Map.of("org.eclipse.ui.perspectives.showPerspective.perspectiveId", NetworkUi.PERSPECTIVE_ID));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		Workbench.processEvents();
		try {
			assertEquals(NetworkUi.PERSPECTIVE_ID, Workbench.page().getPerspective().getId());
			assertNotNull(Workbench.page().findView(NetworkUi.VIEW_ID));
			assertNotNull(Workbench.page().findView(CasesUi.NAVIGATOR_VIEW_ID));
		} finally {
			Workbench.page().closePerspective(Workbench.page().getPerspective(), false, false);
			Workbench.processEvents();
			network = NetworkPage.show();
		}
	}

	@Test
	void draggingFromOrganisationToOrganisationDrawsARelation() throws Exception {
		NetworkPage.select(network.widget("network.scope.region", ToolItem.class));
		NetworkView view = network.view();
		NetworkPage.select(network.widget("network.zoomFit", ToolItem.class));
		view.setDrawingKind(RelationKind.COOPERATION);
		int before = demo.session().getCasebook().getRelations().size();

		network.drag(network.centreOnCanvas(DemoRegion.ORG_BRAKELSTEDE), network.centreOnCanvas("org-lindehaven"));
		Workbench.waitUntil(() -> demo.session().getCasebook().getRelations().size() == before + 1,
				() -> "a relation is created");
		Relation relation = demo.session().getCasebook().getRelations().get(before);
		assertEquals(RelationKind.COOPERATION, relation.getKind());
		assertEquals(DemoRegion.ORG_BRAKELSTEDE, relation.getSource().getId());
		assertEquals("org-lindehaven", relation.getTarget().getId());
		Workbench.waitUntil(() -> view.contents().graph().edge(relation.getId()) != null, () -> "and drawn");

		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, demo.session().getCasebook().getRelations().size());
		Workbench.waitUntil(() -> view.contents().graph().edge(relation.getId()) == null, () -> "undo removes it");
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
		assertTrue(keys.indexOf("network.draw." + PARTNER_TYPE) > keys.indexOf("network.draw.OTHER"),
				"then the partner's types: " + keys);
		assertNull(menuItem(menu, "network.draw.testpartner.friendship"), "a broken type is not offered");
		MenuItem supervision = menuItem(menu, "network.draw." + PARTNER_TYPE);
		assertNotNull(supervision);
		assertEquals("Toezicht", supervision.getText());

		supervision.setSelection(true);
		supervision.notifyListeners(SWT.Selection, new Event());
		assertEquals(PARTNER_TYPE, view.drawingType());
		assertTrue(network.widget("network.draw", ToolItem.class).getText().contains("Toezicht"));

		int before = demo.session().getCasebook().getRelations().size();
		network.drag(network.centreOnCanvas(DemoRegion.ORG_BRAKELSTEDE), network.centreOnCanvas("org-lindehaven"));
		Workbench.waitUntil(() -> demo.session().getCasebook().getRelations().size() == before + 1,
				() -> "a relation is created");
		Relation relation = demo.session().getCasebook().getRelations().get(before);
		assertEquals(RelationKind.OTHER, relation.getKind());
		assertEquals(PARTNER_TYPE, relation.getSubtype());
		Workbench.waitUntil(() -> view.contents().graph().edge(relation.getId()) != null, () -> "and drawn");
		assertEquals(PARTNER_TYPE, view.contents().graph().edge(relation.getId()).type());
		assertTrue(Legend.of(view.contents().graph()).stream().anyMatch(line -> "Toezicht".equals(line.label())),
				"the legend lists the partner's type");

		menu.notifyListeners(SWT.Show, new Event());
		assertTrue(menuItem(menu, "network.draw." + PARTNER_TYPE).getSelection(), "the menu shows what is drawn");

		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, demo.session().getCasebook().getRelations().size(), "one undo takes it back");
		Workbench.waitUntil(() -> view.contents().graph().edge(relation.getId()) == null, () -> "undo removes it");
	}

	private static MenuItem menuItem(Menu menu, String key) {
		for (MenuItem item : menu.getItems()) {
			if (key.equals(item.getData(NetworkUi.WIDGET_KEY))) {
				return item;
			}
		}
		return null;
	}
}
