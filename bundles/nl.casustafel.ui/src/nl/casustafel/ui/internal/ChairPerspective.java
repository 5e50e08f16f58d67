package nl.casustafel.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The chair's perspective (<i>voorzitter</i>): what the chair shows on the shared screen during a
 * case conference. The views (agenda, case summary, agreements) are added by their own bundles
 * through {@code org.eclipse.ui.perspectiveExtensions}.
 */
public class ChairPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
	}
}
