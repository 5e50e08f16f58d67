/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.model.CaseStatus;
import nl.casustafel.ui.emf.ModelLabels;

/**
 * Screenshots of the case-work views on the demo casebook, for looking at the layout (not a check):
 * runs only when the system property {@code casustafel.screenshots} names a folder, e.g.
 * {@code -Dtest=CaseScreenshots -Dtests.argLine="-Xmx1g -Dcasustafel.screenshots=/tmp/shots"}.
 */
@EnabledIfSystemProperty(named = "casustafel.screenshots", matches = ".+")
class CaseScreenshots {

	@TempDir
	Path temp;

	private DemoCasebook demo;

	private Path folder;

	@BeforeEach
	void openDemoCasebook() throws Exception {
		folder = Path.of(System.getProperty("casustafel.screenshots"));
		Files.createDirectories(folder);
		demo = DemoCasebook.create(temp);
		Shell shell = Ui.page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1920, 1080);
		shell.setMaximized(true);
		Ui.page().resetPerspective();
		Ui.processEvents();
	}

	@AfterEach
	void closeDemoCasebook() {
		demo.close();
	}

	private void shoot(String name) throws InterruptedException {
		Display display = Ui.display();
		for (int i = 0; i < 10; i++) {
			Ui.processEvents();
			Thread.sleep(50);
		}
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
		image.dispose();
	}

	@Test
	void takeScreenshots() throws Exception {
		shoot("00-start");
		Ui.page().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		NavigatorPage navigator = NavigatorPage.show().clearFilters();
		shoot("01-navigator");

		CaseEditorPage editor = navigator.search("robin").open("LV-01");
		navigator.search("");
		Ui.page().activate(editor.editor());
		shoot("02-editor-overview");

		editor.showPage(CaseEditorPage.LIFE_DOMAINS);
		shoot("03-editor-life-domains");
		editor.showPage(CaseEditorPage.INVOLVEMENTS);
		shoot("04-editor-involvements");
		editor.showPage(CaseEditorPage.AGREEMENTS);
		editor.table().setSelection(0);
		Ui.send(editor.table(), SWT.Selection);
		shoot("05-editor-agreements");
		editor.showPage(CaseEditorPage.TIMELINE);
		shoot("06-editor-timeline");

		CaseEditorPage dirk = navigator.search("LV-04").open("LV-04");
		dirk.type("case.reason", "");
		shoot("07-editor-problem");
		demo.session().getEditingDomain().getCommandStack().undo();

		navigator.search("").chooseStatus(ModelLabels.literal(CaseStatus.ACTIVE)).chooseMunicipality("Lindeveld");
		Ui.page().activate(navigator.view());
		shoot("08-navigator-filtered");
		navigator.clearFilters();

		Ui.page().showView(CasesUi.DIRECTORY_VIEW_ID);
		shoot("09-directory");
	}
}
