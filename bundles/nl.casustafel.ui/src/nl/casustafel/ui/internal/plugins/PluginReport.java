/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.plugins;

import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblems;
import nl.casustafel.core.PluginFailures;
import nl.casustafel.ui.internal.plugins.InstalledPlugins.Plugin;

/**
 * What Help &gt; Plug-ins… shows, read at one moment: the plug-ins that extend Casustafel and every
 * problem with what plug-ins contribute, as rows in the user's language, and as plain text for the
 * clipboard (to send to a supplier).
 *
 * @param version  the version of Casustafel
 * @param plugins  the plug-ins that extend Casustafel, by name
 * @param problems the problems, errors first
 */
public record PluginReport(String version, List<Plugin> plugins, List<Row> problems) {

	/**
	 * A problem as the user sees it.
	 *
	 * @param problem        the problem
	 * @param plugin         "Name (symbolic.name)" of the plug-in it names
	 * @param extensionPoint the name of the extension point
	 */
	public record Row(ContributionProblem problem, String plugin, String extensionPoint) {

		/**
		 * @return "error" or "warning" in the user's language
		 */
		public String severity() {
			return problem.isError() ? Messages.severity_error : Messages.severity_warning;
		}
	}

	private static final String NEW_LINE = System.lineSeparator();

	/**
	 * Reads the plug-ins and asks every problem source; may read contributions not read yet.
	 *
	 * @return the report of the running Casustafel
	 */
	public static PluginReport read() {
		Bundle self = FrameworkUtil.getBundle(PluginReport.class);
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<Plugin> plugins = self == null || self.getBundleContext() == null ? List.of()
				: InstalledPlugins.find(self.getBundleContext(), registry);
		List<Row> rows = ContributionProblems.all().stream()
				.map(p -> new Row(p, PluginFailures.label(PluginFailures.bundle(p.contributor()), p.contributor()),
						InstalledPlugins.extensionPointLabel(registry, p.extensionPoint())))
				.toList();
		Bundle core = PluginFailures.bundleOf(ContributionProblems.class);
		return new PluginReport(core == null ? "?" : core.getVersion().toString(), plugins, rows); //$NON-NLS-1$
	}

	/**
	 * @return how many plug-ins the problems name
	 */
	public int pluginsWithProblems() {
		return ContributionProblems.contributors(problems.stream().map(Row::problem).toList()).size();
	}

	/**
	 * @return the summary above the lists
	 */
	public String summary() {
		String installed = plugins.isEmpty() ? Messages.summary_noPlugins
				: NLS.bind(Messages.summary_plugins, Integer.valueOf(plugins.size()));
		String troubled = problems.isEmpty() ? Messages.summary_noProblems
				: NLS.bind(Messages.summary_problems, Integer.valueOf(problems.size()),
						Integer.valueOf(pluginsWithProblems()));
		return installed + ' ' + troubled;
	}

	/**
	 * @return everything as plain text, for the clipboard: a supplier can read what is installed and
	 *         what is wrong, with the ids of the plug-ins and extension points
	 */
	public String text() {
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.copy_header, version)).append(NEW_LINE).append(NEW_LINE);
		text.append(Messages.section_plugins).append(NEW_LINE);
		if (plugins.isEmpty()) {
			text.append(Messages.copy_none).append(NEW_LINE);
		}
		for (Plugin plugin : plugins) {
			text.append(NLS.bind(Messages.copy_plugin, new Object[] { plugin.label(), plugin.version(), plugin.state() }))
					.append(NEW_LINE);
			for (String contribution : plugin.contributions()) {
				text.append(NLS.bind(Messages.copy_contribution, contribution)).append(NEW_LINE);
			}
		}
		text.append(NEW_LINE).append(Messages.section_problems).append(NEW_LINE);
		if (problems.isEmpty()) {
			text.append(Messages.copy_none).append(NEW_LINE);
		}
		for (Row row : problems) {
			String point = row.extensionPoint().equals(row.problem().extensionPoint()) ? row.extensionPoint()
					: NLS.bind(Messages.copy_extensionPoint, row.extensionPoint(), row.problem().extensionPoint());
			text.append(NLS.bind(Messages.copy_problem, new Object[] { row.severity(), row.plugin(), point }))
					.append(NEW_LINE);
			text.append(NLS.bind(Messages.copy_contribution, row.problem().message())).append(NEW_LINE);
		}
		return text.toString();
	}
}
