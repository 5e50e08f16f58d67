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

	/**
	 * Help &gt; Plug-ins…: a dialog naming the installed plug-ins that extend Casustafel and every
	 * problem with what plug-ins contribute (see {@code nl.casustafel.core.ContributionProblems}).
	 */
	public static final String COMMAND_PLUGINS = PLUGIN_ID + ".commands.plugins"; //$NON-NLS-1$

	/**
	 * The data key under which this bundle's widgets carry a name ({@code widget.getData(WIDGET_KEY)}),
	 * for UI tests: {@code plugins.dialog} (the shell of Help &gt; Plug-ins…), {@code plugins.list},
	 * {@code plugins.problems}, {@code plugins.details} (the selected row in full),
	 * {@code plugins.copy} and {@code plugins.hint} (the hint in the status line).
	 */
	public static final String WIDGET_KEY = PLUGIN_ID + ".widget"; //$NON-NLS-1$

	private CasustafelUi() {
	}
}
