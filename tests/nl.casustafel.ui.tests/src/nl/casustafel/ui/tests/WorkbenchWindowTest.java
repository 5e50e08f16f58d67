package nl.casustafel.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.casustafel.ui.CasustafelUi;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * What a chair sees when Casustafel starts: the branded main window in the chair's perspective.
 * Runs in the real application, in Dutch (see tests/pom.xml).
 */
class WorkbenchWindowTest {

	@Test
	void mainWindowIsOpenAndBranded() {
		IWorkbenchWindow window = mainWindow();
		Shell shell = window.getShell();

		assertTrue(shell.isVisible(), "main window is visible");
		assertTrue(shell.getText().contains("Casustafel"), () -> "window title: " + shell.getText());
		assertTrue(shell.getImages().length >= 4, "window icons (16, 32, 48, 128 px)");
		assertEquals(CasustafelUi.PRODUCT_ID, Platform.getProduct().getId());
		assertEquals("Casustafel", Platform.getProduct().getName());
	}

	@Test
	void mainWindowFillsTheScreenAtFirstStart() {
		Shell shell = mainWindow().getShell();
		Rectangle area = shell.getDisplay().getPrimaryMonitor().getClientArea();

		assertEquals(new Point(area.width, area.height), shell.getSize());
	}

	@Test
	void chairPerspectiveIsActive() {
		IPerspectiveDescriptor perspective = mainWindow().getActivePage().getPerspective();

		assertEquals(CasustafelUi.PERSPECTIVE_CHAIR_ID, perspective.getId());
		assertEquals("Voorzitter", perspective.getLabel());
	}

	@Test
	void theWindowMenuShowsTheViewsOfThePerspectiveAndAllOthers() {
		List<String> items = WorkbenchDriver.submenuItems("Venster", "Weergave tonen");

		// This test runtime has the Properties view of the Voorzitter perspective's shortcuts (the
		// capability bundles that add theirs are not in it).
		assertTrue(items.contains("Eigenschappen"), items::toString);
		assertEquals("Andere...", items.get(items.size() - 1), () -> "the last item opens the Show View dialog: " + items);
	}

	private static IWorkbenchWindow mainWindow() {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length, "open workbench windows");
		return windows[0];
	}
}
