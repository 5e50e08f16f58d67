package nl.casustafel.ui.internal;

import nl.casustafel.ui.internal.casebook.CasebookController;
import nl.casustafel.ui.internal.casebook.WindowTitle;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The main window: title (naming the open casebook, see {@link WindowTitle}), initial size (sized
 * for a projector or shared screen) and bars; closing the last window asks about unsaved changes.
 */
public class CasustafelWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	/** Initial size of the main window, in points. */
	static final Point INITIAL_SIZE = new Point(1600, 1000);

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
		configurer.setInitialSize(INITIAL_SIZE);
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
