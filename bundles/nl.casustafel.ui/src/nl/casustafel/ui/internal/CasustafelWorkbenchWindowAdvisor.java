package nl.casustafel.ui.internal;

import nl.casustafel.ui.internal.casebook.CasebookController;
import nl.casustafel.ui.internal.casebook.WindowTitle;
import nl.casustafel.ui.internal.plugins.ProblemsHint;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The main window: title (naming the open casebook, see {@link WindowTitle}), initial size (the
 * whole screen) and bars, with a hint in the status line when plug-ins have problems (see
 * {@link ProblemsHint}); closing the last window asks about unsaved changes.
 */
public class CasustafelWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	/**
	 * @param display the display
	 * @return the size of the main window at first start: the whole work area of the primary
	 *         monitor (the chair's laptop screen), as if maximised, so that no space is lost even
	 *         without a window manager. Later starts restore the size the user left.
	 */
	static Point initialSize(Display display) {
		Rectangle area = display.getPrimaryMonitor().getClientArea();
		return new Point(area.width, area.height);
	}

	private WindowTitle title;

	public CasustafelWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new CasustafelActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(initialSize(configurer.getWindow().getWorkbench().getDisplay()));
		configurer.setTitle(Messages.window_title);
		configurer.setShowCoolBar(false);
		configurer.setShowPerspectiveBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}

	@Override
	public void postWindowOpen() {
		title = new WindowTitle(getWindowConfigurer(), Messages.window_title);
		title.install();
		ProblemsHint.showWhenNeeded(getWindowConfigurer());
	}

	@Override
	public boolean preWindowShellClose() {
		if (getWindowConfigurer().getWorkbenchConfigurer().getWorkbench().getWorkbenchWindowCount() > 1
				|| CasustafelWorkbenchAdvisor.isTestRun()) {
			return true;
		}
		return CasebookController.get().confirmClose(getWindowConfigurer().getWindow().getShell());
	}

	@Override
	public void postWindowClose() {
		if (title != null) {
			title.dispose();
			title = null;
		}
	}
}
