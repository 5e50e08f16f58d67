/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.CaseEditors;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Organisation;
import nl.casustafel.network.edit.NetworkCommands;
import nl.casustafel.network.ui.NetworkUi;
import nl.casustafel.network.ui.internal.NetworkView;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * Not a test: takes screenshots of the network view on the demo casebook for a person to look at
 * (X screen grabbed with ImageMagick's {@code import}). Runs only when the system property
 * {@code network.screenshots} names a folder:
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -o verify -pl tests/nl.casustafel.network.ui.tests -am \
 *     -Dtest=NetworkScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     "-Dtests.argLine=-Xmx1g --enable-native-access=ALL-UNNAMED -Dnetwork.screenshots=/tmp/shots"
 * </pre>
 */
@EnabledIfSystemProperty(named = "network.screenshots", matches = ".+")
class NetworkScreenshots {

	@TempDir
	Path temp;

	@Test
	void takeScreenshots() throws Exception {
		Path folder = Path.of(System.getProperty("network.screenshots"));
		Files.createDirectories(folder);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1920, 1080);
		try (DemoCasebook demo = DemoCasebook.create(temp)) {
			PlatformUI.getWorkbench().showPerspective(NetworkUi.PERSPECTIVE_ID,
					PlatformUI.getWorkbench().getActiveWorkbenchWindow());
			NetworkPage network = NetworkPage.show();
			NetworkView view = network.view();
			CaseEditors.open(Workbench.page(), demo.session(), demo.caseNumbered("LV-01"));
			Workbench.processEvents();
			Workbench.page().activate(view);
			settle();
			grab(folder.resolve("network-follows-case-editor.png"));
			Workbench.page().closeAllEditors(false);
			Workbench.page().setEditorAreaVisible(false);
			view.showCase(demo.caseNumbered("LV-01"));
			settle();
			grab(folder.resolve("network-case-LV-01.png"));
			view.exportPng(folder.resolve("export-case-LV-01.png"));
			view.exportSvg(folder.resolve("export-case-LV-01.svg"));

			view.setScope(NetworkView.Scope.REGION);
			settle();
			grab(folder.resolve("network-region.png"));
			view.exportPng(folder.resolve("export-region.png"));
			view.exportSvg(folder.resolve("export-region.svg"));

			// a relation type of the test plug-in nl.casustafel.tests.partner, drawn, and the draw menu
			Organisation brakelstede = organisation(demo, DemoRegion.ORG_BRAKELSTEDE);
			demo.session().getEditingDomain().getCommandStack().execute(NetworkCommands.createRelation(
					demo.session().getEditingDomain(), demo.session().getCasebook(), "testpartner.supervision",
					brakelstede, organisation(demo, "org-lindehaven"), null));
			settle();
			Menu drawMenu = view.drawMenu();
			ToolItem draw = network.widget("network.draw", ToolItem.class);
			org.eclipse.swt.graphics.Rectangle bounds = draw.getBounds();
			drawMenu.setLocation(draw.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
			drawMenu.setVisible(true);
			settle();
			grab(folder.resolve("network-region-partner-type-draw-menu.png"));
			drawMenu.setVisible(false);
			demo.session().getEditingDomain().getCommandStack().undo();
			settle();

			view.setFilter(view.filter().withDay(LocalDate.of(2025, 2, 1)).withFocus("org-zvh", 1));
			network.view().fit();
			settle();
			grab(folder.resolve("network-region-focus-2025.png"));
			view.setFilter(view.filter().withDay(null).withFocus(null, 1));

			view.showCase(demo.caseNumbered("LV-06"));
			settle();
			grab(folder.resolve("network-case-LV-06.png"));
		}
	}

	private static Organisation organisation(DemoCasebook demo, String id) {
		return demo.session().getCasebook().getOrganisations().stream().filter(o -> id.equals(o.getId())).findFirst()
				.orElseThrow();
	}

	private static void settle() throws InterruptedException {
		for (int i = 0; i < 20; i++) {
			Workbench.processEvents();
			Thread.sleep(50);
		}
	}

	private static void grab(Path file) throws Exception {
		Workbench.processEvents();
		Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
		process.waitFor(30, TimeUnit.SECONDS);
		assertEquals(0, process.exitValue(), "import -window root " + file);
	}
}
