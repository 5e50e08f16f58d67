/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.plugins;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of Help &gt; Plug-ins… and the hint in the status line: messages.properties (English
 * fallback) and messages_nl.properties (Dutch). Placeholders: see messages.properties.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.ui.internal.plugins.messages"; //$NON-NLS-1$

	public static String dialog_title;
	public static String dialog_heading;
	public static String summary_plugins;
	public static String summary_noPlugins;
	public static String summary_problems;
	public static String summary_noProblems;
	public static String section_plugins;
	public static String section_pluginsNone;
	public static String section_problems;
	public static String section_problemsNone;
	public static String section_count;
	public static String section_details;
	public static String column_name;
	public static String column_symbolicName;
	public static String column_version;
	public static String column_state;
	public static String column_contributions;
	public static String column_severity;
	public static String column_plugin;
	public static String column_extensionPoint;
	public static String extensionPoint_dropins;
	public static String column_problem;
	public static String severity_error;
	public static String severity_warning;
	public static String state_installed;
	public static String state_resolved;
	public static String state_lazy;
	public static String state_starting;
	public static String state_active;
	public static String state_stopping;
	public static String state_uninstalled;
	public static String contribution_extension;
	public static String contribution_service;
	public static String list_separator;
	public static String details_plugin;
	public static String details_nothing;
	public static String details_problem;
	public static String button_copy;
	public static String button_close;
	public static String copied;
	public static String copy_header;
	public static String copy_none;
	public static String copy_plugin;
	public static String copy_contribution;
	public static String copy_problem;
	public static String copy_extensionPoint;
	public static String hint_onePlugin;
	public static String hint_plugins;
	public static String hint_tooltip;
	public static String hint_job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
