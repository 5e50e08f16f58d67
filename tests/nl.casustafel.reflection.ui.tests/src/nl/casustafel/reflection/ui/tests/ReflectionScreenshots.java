/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.projector.ui.ProjectorService;
import nl.casustafel.tests.support.Workbench;

/**
 * Screenshots of the Reflection view and of a projected question, for looking at them: runs only
 * when the system property {@code casustafel.screenshots} names a folder, for example
 * <pre>
 * xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw verify -pl tests/nl.casustafel.reflection.ui.tests -am \
 *     "-Dtest=ReflectionScreenshots -Dtests.argLine=-Xmx1g --enable-native-access=ALL-UNNAMED -Dcasustafel.screenshots=/tmp/shots"
 * </pre>
 * Needs ImageMagick's {@code import} (takes the whole X screen).
 */
class ReflectionScreenshots {

	@TempDir
	Path temp;

	@Test
	void reflectionViewAndProjectedQuestion() throws Exception {
		String folder = System.getProperty("casustafel.screenshots");
		assumeTrue(folder != null && !folder.isBlank(), "no screenshot folder given");
		Path shots = Files.createDirectories(Path.of(folder));
		Display display = Workbench.display();
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		window.setBounds(display.getPrimaryMonitor().getBounds());

		try (TestCasebook book = TestCasebook.create(temp)) {
			SelectionSourceView source = Workbench.showView(SelectionSourceView.ID);
			source.show(List.of(book.aCase(), book.otherCase(), book.meeting(), book.agendaItem()));
			ReflectionViewPage view = ReflectionViewPage.open();
			source.select(book.aCase());
			view.selectQuestion(4);
			view.answer("Beheersbaar betekent hier: geen nieuwe incidenten, een dak boven zijn hoofd en "
					+ "elke twee weken contact met de casusregisseur.");
			view.toggleDiscussed();
			view.selectQuestion(6);
			view.answer("Wijkagent en bemoeizorg leggen hun verhalen voortaan v\u00f3\u00f3r het overleg naast elkaar.");
			view.selectQuestion(4);
			capture(shots.resolve("reflection-view.png"), null);

			view.chooseTheme("Botsende logica\u2019s van zorg en straf");
			view.chooseLevel("Functioneren van het team");
			view.selectQuestion(1);
			capture(shots.resolve("reflection-view-filtered.png"), null);

			view.chooseTheme("Alle thema's");
			view.chooseLevel("Alle niveaus");
			view.selectQuestion(1);
			view.project();
			// On a single screen the projector window covers the workbench, as on a real second screen.
			ProjectorService projector = PlatformUI.getWorkbench().getService(ProjectorService.class);
			capture(shots.resolve("projected-question.png"), projector.getShell());
			projector.close();
			assertEquals(48, view.questions().size());
		}
	}

	private static void capture(Path file, Shell front) throws Exception {
		Display display = Workbench.display();
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		if (front == null && !window.getBounds().equals(display.getPrimaryMonitor().getBounds())) {
			window.setBounds(display.getPrimaryMonitor().getBounds());
		}
		if (front != null) {
			front.moveAbove(null);
			front.forceActive();
		}
		System.out.println("screenshot " + file.getFileName() + ": workbench " + window.getBounds()
				+ (front == null ? "" : ", projector " + front.getBounds()));
		long end = System.currentTimeMillis() + 800;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
		assertEquals(0, process.waitFor(), "import " + file);
	}
}
