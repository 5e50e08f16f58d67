/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.model.CaseStatus;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Screenshots;
import nl.casustafel.tests.support.Workbench;
import nl.casustafel.ui.emf.ModelLabels;

/**
 * Screenshots of the case-work views on the demo casebook, for looking at the layout (not a check):
 * runs only when the system property {@code casustafel.screenshots} names a folder, e.g.
 * {@code -Dtest=CaseScreenshots -Dtests.argLine="-Xmx1g -Dcasustafel.screenshots=/tmp/shots"}
 * (see {@link Screenshots}).
 */
@EnabledIfSystemProperty(named = Screenshots.PROPERTY, matches = ".+")
class CaseScreenshots {

	@TempDir
	Path temp;

	private DemoCasebook demo;

	private Screenshots screenshots;

	@BeforeEach
	void openDemoCasebook() throws Exception {
		demo = DemoCasebook.create(temp);
		screenshots = Screenshots.start();
	}

	@AfterEach
	void closeDemoCasebook() {
		demo.close();
	}

	@Test
	void takeScreenshots() throws Exception {
		screenshots.shoot("00-start");
		Workbench.page().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		NavigatorPage navigator = NavigatorPage.show().clearFilters();
		screenshots.shoot("01-navigator");

		CaseEditorPage editor = navigator.search("robin").open("LV-01");
		navigator.search("");
		Workbench.page().activate(editor.editor());
		screenshots.shoot("02-editor-overview");

		editor.showPage(CaseEditorPage.LIFE_DOMAINS);
		screenshots.shoot("03-editor-life-domains");
		editor.showPage(CaseEditorPage.INVOLVEMENTS);
		screenshots.shoot("04-editor-involvements");
		editor.showPage(CaseEditorPage.AGREEMENTS);
		editor.table().setSelection(0);
		Workbench.send(editor.table(), SWT.Selection);
		screenshots.shoot("05-editor-agreements");
		editor.showPage(CaseEditorPage.TIMELINE);
		screenshots.shoot("06-editor-timeline");

		CaseEditorPage dirk = navigator.search("LV-04").open("LV-04");
		dirk.type("case.reason", "");
		screenshots.shoot("07-editor-problem");
		demo.session().getEditingDomain().getCommandStack().undo();

		navigator.search("").chooseStatus(ModelLabels.literal(CaseStatus.ACTIVE)).chooseMunicipality("Lindeveld");
		Workbench.page().activate(navigator.view());
		screenshots.shoot("08-navigator-filtered");
		navigator.clearFilters();

		Workbench.page().showView(CasesUi.DIRECTORY_VIEW_ID);
		screenshots.shoot("09-directory");
	}
}
