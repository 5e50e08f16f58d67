package nl.casustafel.ui.internal;

import nl.casustafel.ui.CasustafelUi;
import nl.casustafel.ui.internal.casebook.ActiveCasebook;
import nl.casustafel.ui.internal.casebook.CasebookController;
import nl.casustafel.ui.internal.casebook.CasebookServiceAccess;
import nl.casustafel.ui.internal.casebook.StartupCasebook;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Workbench-wide behaviour: the chair's perspective opens first, the window layout is kept
 * between sessions, a casebook opens at start (see {@link StartupCasebook}: {@code -casebook},
 * the last one, or the demo casebook), and unsaved changes are not lost on exit.
 */
public class CasustafelWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CasustafelWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return CasustafelUi.PERSPECTIVE_CHAIR_ID;
	}

	/**
	 * Opens the start-up casebook once the window shows: in a background thread with progress in
	 * the status line, so the window paints meanwhile.
	 */
	@Override
	public void postStartup() {
		super.postStartup();
		ActiveCasebook.get().connect(CasebookServiceAccess.await());
		if (ActiveCasebook.get().service() == null) {
			return;
		}
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window == null && getWorkbenchConfigurer().getWorkbench().getWorkbenchWindowCount() > 0) {
			window = getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows()[0];
		}
		CasebookController.get().openAtStartup(window, StartupCasebook.decide(Platform.getApplicationArgs()));
	}

	/**
	 * Asks Save / Don't save / Cancel when the casebook has unsaved changes.
	 */
	@Override
	public boolean preShutdown() {
		if (isTestRun()) {
			return super.preShutdown(); // nobody could answer: the test harness closes the workbench
		}
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		Shell shell = window == null ? null : window.getShell();
		return CasebookController.get().confirmClose(shell) && super.preShutdown();
	}

	/**
	 * @return whether the workbench runs under a test harness (UI tests), where no one can answer
	 *         a question when the harness closes the workbench
	 */
	static boolean isTestRun() {
		return PlatformUI.getTestableObject().getTestHarness() != null;
	}

	/**
	 * Closes the casebooks opened by the workbench, releasing their locks.
	 */
	@Override
	public void postShutdown() {
		CasebookController.get().shutdown();
		super.postShutdown();
	}
}
