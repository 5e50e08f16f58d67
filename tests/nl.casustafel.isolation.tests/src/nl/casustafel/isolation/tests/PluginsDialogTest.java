/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.isolation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.ContributionProblems;
import nl.casustafel.core.vocabulary.Vocabularies;
import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;
import nl.casustafel.ui.CasustafelUi;

/**
 * One place names every partner plug-in and every problem: the hint in the status line at start-up
 * counts the plug-ins with problems, and Help &gt; Plug-ins… lists this deliberately broken plug-in
 * ("Kapotte testplug-in") with what it contributes and its problems at each of the four extension
 * points, and copies it all for the supplier. The hint test runs first: opening the dialog takes
 * the hint away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginsDialogTest {

	private static final String PLUGIN = "Kapotte testplug-in (nl.casustafel.isolation.tests)";

	private static final String PLUGIN_ID = "nl.casustafel.isolation.tests";

	/** The extension points this plug-in contributes broken elements to, and how many. */
	private static final Map<String, Integer> BROKEN = Map.of( //
			Vocabularies.EXTENSION_POINT_ID, Integer.valueOf(2), //
			EdgeTypes.EXTENSION_POINT_ID, Integer.valueOf(2), //
			QuestionSetRegistry.EXTENSION_POINT_ID, Integer.valueOf(1), //
			LearningMethods.EXTENSION_POINT, Integer.valueOf(1));

	@TempDir
	Path temp;

	private DemoCasebook demo;

	@BeforeEach
	void openDemoCasebook() throws Exception {
		demo = DemoCasebook.create(temp);
	}

	@AfterEach
	void close() {
		dialogShell().ifPresent(Shell::close);
		Workbench.processEvents();
		demo.close();
	}

	@Test
	@Order(1)
	void theStatusLineCountsThePluginsWithProblemsWithoutADialog() {
		List<String> troubled = ContributionProblems.contributors(ContributionProblems.all());
		assertTrue(troubled.contains(PLUGIN_ID), troubled::toString);
		String expected = troubled.size() == 1 ? "1 plug-in heeft problemen \u2014 zie Help > Plug-ins\u2026"
				: troubled.size() + " plug-ins hebben problemen \u2014 zie Help > Plug-ins\u2026";

		Workbench.waitUntil(() -> !Workbench.findAll(Workbench.shell(), CasustafelUi.WIDGET_KEY, "plugins.hint").isEmpty(),
				() -> "the hint appears in the status line");
		CLabel hint = Workbench.get(Workbench.shell(), CasustafelUi.WIDGET_KEY, "plugins.hint", CLabel.class);
		assertEquals(expected, hint.getText());
		assertTrue(hint.isVisible());
		assertTrue(dialogShell().isEmpty(), "no dialog at start-up");
	}

	@Test
	@Order(2)
	void helpPluginsNamesTheBrokenPluginWithItsProblemsAtEachExtensionPoint() {
		Workbench.execute(CasustafelUi.COMMAND_PLUGINS);

		Shell shell = dialogShell().orElseThrow(() -> new AssertionError("Help > Plug-ins\u2026 opens the dialog"));
		assertEquals(0, shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL), "not modal");
		assertTrue(Workbench.findAll(Workbench.shell(), CasustafelUi.WIDGET_KEY, "plugins.hint").isEmpty(),
				"the hint has done its job");

		// The installed plug-ins: this one, with what it contributes to Casustafel.
		Table plugins = Workbench.get(shell, CasustafelUi.WIDGET_KEY, "plugins.list", Table.class);
		TableItem plugin = Arrays.stream(plugins.getItems()).filter(item -> PLUGIN_ID.equals(item.getText(1))).findFirst()
				.orElseThrow(() -> new AssertionError("the broken plug-in is listed"));
		assertEquals("Kapotte testplug-in", plugin.getText(0));
		assertTrue(plugin.getText(2).startsWith("0.1.0"), plugin.getText(2));
		assertFalse(plugin.getText(3).isBlank(), "its state");
		for (String point : BROKEN.keySet()) {
			assertTrue(plugin.getText(4).contains(label(point)), () -> "contributes to " + point + ": " + plugin.getText(4));
		}
		assertTrue(plugin.getText(4).contains(label("nl.casustafel.cases.ui.caseEditorSections") + " (3)"),
				plugin.getText(4));
		assertTrue(Arrays.stream(plugins.getItems()).noneMatch(item -> item.getText(1).equals("nl.casustafel.core")),
				"Casustafel's own plug-ins are not listed");

		// Its problems, at each of the four extension points, naming the plug-in; errors first.
		Table problems = Workbench.get(shell, CasustafelUi.WIDGET_KEY, "plugins.problems", Table.class);
		for (Map.Entry<String, Integer> broken : BROKEN.entrySet()) {
			List<TableItem> rows = Arrays.stream(problems.getItems())
					.filter(item -> PLUGIN.equals(item.getText(1)) && label(broken.getKey()).equals(item.getText(2))).toList();
			assertEquals(broken.getValue().intValue(), rows.size(), () -> "problems at " + broken.getKey());
			assertTrue(rows.stream().allMatch(row -> "Fout".equals(row.getText(0)) && !row.getText(3).isBlank()));
		}
		assertTrue(Arrays.stream(problems.getItems()).anyMatch(item -> PLUGIN.equals(item.getText(1))
				&& item.getText(3).startsWith("broken/questionset.xmi")), "the question set's file is named");
		List<String> severities = Arrays.stream(problems.getItems()).map(item -> item.getText(0)).toList();
		assertEquals(severities.stream().sorted((a, b) -> Boolean.compare(!"Fout".equals(a), !"Fout".equals(b))).toList(),
				severities, "errors first");

		// The selected problem in full.
		String details = Workbench.get(shell, CasustafelUi.WIDGET_KEY, "plugins.details", Text.class).getText();
		assertTrue(details.contains(problems.getItem(0).getText(1)) && details.contains(problems.getItem(0).getText(3)),
				details);

		// Copy to clipboard: everything, for the supplier.
		Workbench.send(Workbench.get(shell, CasustafelUi.WIDGET_KEY, "plugins.copy", Button.class), SWT.Selection);
		Clipboard clipboard = new Clipboard(Workbench.display());
		String copied;
		try {
			copied = (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		assertNotNull(copied, "the list is on the clipboard");
		assertTrue(copied.contains(PLUGIN), copied);
		for (String point : BROKEN.keySet()) {
			assertTrue(copied.contains(point), () -> point + " in " + copied);
		}
		assertTrue(copied.contains("broken/method.xmi"), copied);
	}

	private static String label(String extensionPointId) {
		return Platform.getExtensionRegistry().getExtensionPoint(extensionPointId).getLabel();
	}

	private static Optional<Shell> dialogShell() {
		return Arrays.stream(Workbench.display().getShells())
				.filter(shell -> !shell.isDisposed() && "plugins.dialog".equals(shell.getData(CasustafelUi.WIDGET_KEY)))
				.findFirst();
	}
}
