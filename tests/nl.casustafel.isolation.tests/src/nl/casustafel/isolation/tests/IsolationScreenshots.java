/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.isolation.tests;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.CaseEditors;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Screenshots;
import nl.casustafel.tests.support.Workbench;
import nl.casustafel.ui.CasustafelUi;

/**
 * What the chair sees when a partner plug-in fails: the broken view and sections beside the working
 * workbench, and Help &gt; Plug-ins… naming the plug-in and its problems (a screenshot tour, see
 * {@link Screenshots}).
 */
@EnabledIfSystemProperty(named = Screenshots.PROPERTY, matches = ".+")
class IsolationScreenshots {

	@TempDir
	Path temp;

	private DemoCasebook demo;

	@AfterEach
	void close() {
		demo.close();
	}

	@Test
	void takeScreenshots() throws Exception {
		demo = DemoCasebook.create(temp);
		Screenshots screenshots = Screenshots.start();
		IWorkbenchPage page = Workbench.page();
		page.showView(ThrowingCaseView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
		CaseEditors.open(page, demo.session(), demo.caseNumbered("LV-01"));
		Workbench.processEvents();
		screenshots.shoot("broken-plugin");

		// Help > Plug-ins...: the broken plug-in with its problems, over the workbench.
		Workbench.execute(CasustafelUi.COMMAND_PLUGINS);
		screenshots.shoot("plugins-dialog");
		Arrays.stream(Workbench.display().getShells())
				.filter(shell -> "plugins.dialog".equals(shell.getData(CasustafelUi.WIDGET_KEY))).forEach(Shell::close);
	}
}
