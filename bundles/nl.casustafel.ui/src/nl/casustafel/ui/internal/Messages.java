package nl.casustafel.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Translatable texts of this bundle: messages.properties (English fallback) and
 * messages_nl.properties (Dutch).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.ui.internal.messages"; //$NON-NLS-1$

	public static String application_name;
	public static String window_title;
	public static String menu_file;
	public static String menu_edit;
	public static String menu_window;
	public static String menu_window_showView;
	public static String menu_help;
	public static String action_about;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
