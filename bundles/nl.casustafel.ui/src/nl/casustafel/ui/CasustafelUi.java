package nl.casustafel.ui;

/**
 * Identifiers of the Casustafel application, for bundles that contribute to it (views, menus,
 * perspective extensions) and for tests.
 */
public final class CasustafelUi {

	/** Symbolic name of this bundle. */
	public static final String PLUGIN_ID = "nl.casustafel.ui"; //$NON-NLS-1$

	/** The application (extension point org.eclipse.core.runtime.applications). */
	public static final String APPLICATION_ID = PLUGIN_ID + ".application"; //$NON-NLS-1$

	/** The product branding (extension point org.eclipse.core.runtime.products). */
	public static final String PRODUCT_ID = PLUGIN_ID + ".product"; //$NON-NLS-1$

	/** The chair's perspective (<i>voorzitter</i>), opened when the application starts. */
	public static final String PERSPECTIVE_CHAIR_ID = PLUGIN_ID + ".perspective.chair"; //$NON-NLS-1$

	private CasustafelUi() {
	}
}
