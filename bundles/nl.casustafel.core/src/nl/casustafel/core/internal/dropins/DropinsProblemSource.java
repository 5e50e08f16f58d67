/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.dropins;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblem.Severity;
import nl.casustafel.core.internal.Messages;
import nl.casustafel.core.spi.ContributionProblemSource;

/**
 * Plug-ins copied into the product's {@code dropins/} folder that are not installed: the p2 dropins
 * reconciler leaves out a jar whose requirements are missing (or that is no plug-in at all) without
 * a word, so this source names each such jar for Help &gt; Plug-ins (Declarative Services component
 * {@code OSGI-INF/nl.casustafel.core.DropinsProblems.xml}).
 */
public final class DropinsProblemSource implements ContributionProblemSource {

	/** The "extension point" the problems are reported under. */
	public static final String DROPINS = "dropins"; //$NON-NLS-1$

	/** The system property with which p2 reads another dropins folder. */
	private static final String DIRECTORY_PROPERTY = "org.eclipse.equinox.p2.reconciler.dropins.directory"; //$NON-NLS-1$

	private static final String JAR = ".jar"; //$NON-NLS-1$

	@Override
	public String extensionPoint() {
		return DROPINS;
	}

	@Override
	public List<ContributionProblem> problems() {
		Path folder = folder();
		BundleContext context = context();
		if (folder == null || context == null) {
			return List.of();
		}
		return problems(folder, context.getBundles());
	}

	/**
	 * @param folder    a dropins folder
	 * @param installed the installed bundles
	 * @return a problem for each plug-in jar of the folder that is not installed
	 */
	static List<ContributionProblem> problems(Path folder, Bundle[] installed) {
		List<ContributionProblem> problems = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return problems;
		}
		for (Path jar : jars(folder)) {
			String file = folder.relativize(jar).toString();
			String[] identity = identity(jar);
			if (identity == null) {
				problems.add(new ContributionProblem(Severity.ERROR, file, DROPINS, NLS.bind(Messages.dropins_notAPlugin, file)));
			} else if (!isInstalled(identity[0], identity[1], installed)) {
				problems.add(new ContributionProblem(Severity.ERROR, identity[0], DROPINS,
						NLS.bind(Messages.dropins_notInstalled, file, identity[1])));
			}
		}
		return problems;
	}

	private static List<Path> jars(Path folder) {
		List<Path> jars = new ArrayList<>();
		// dropins/*.jar, dropins/<name>/plugins/*.jar and dropins/<name>/eclipse/plugins/*.jar, as p2 reads them
		try (Stream<Path> all = Files.walk(folder, 4)) {
			all.filter(path -> path.getFileName().toString().endsWith(JAR) && Files.isRegularFile(path))
					.filter(path -> path.getParent().equals(folder) || path.getParent().getFileName().toString().equals("plugins")) //$NON-NLS-1$
					.sorted().forEach(jars::add);
		} catch (IOException | RuntimeException e) {
			return jars;
		}
		return jars;
	}

	/**
	 * @return the bundle's symbolic name and version, or {@code null} when the jar is no plug-in
	 */
	private static String[] identity(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			Attributes main = manifest == null ? null : manifest.getMainAttributes();
			String name = main == null ? null : main.getValue(Constants.BUNDLE_SYMBOLICNAME);
			if (name == null || name.isBlank()) {
				return null;
			}
			String version = main.getValue(Constants.BUNDLE_VERSION);
			return new String[] { name.split(";")[0].strip(), //$NON-NLS-1$
					Version.parseVersion(version == null ? null : version.strip()).toString() };
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static boolean isInstalled(String symbolicName, String version, Bundle[] installed) {
		for (Bundle bundle : installed) {
			if (symbolicName.equals(bundle.getSymbolicName()) && version.equals(bundle.getVersion().toString())) {
				return true;
			}
		}
		return false;
	}

	private static Path folder() {
		try {
			String configured = System.getProperty(DIRECTORY_PROPERTY);
			if (configured != null && !configured.isBlank()) {
				return Path.of(configured);
			}
			Location install = Platform.getInstallLocation();
			URL url = install == null ? null : install.getURL();
			return url == null ? null : Path.of(url.toURI()).resolve(DROPINS);
		} catch (URISyntaxException | RuntimeException e) {
			return null;
		}
	}

	private static BundleContext context() {
		Bundle bundle = FrameworkUtil.getBundle(DropinsProblemSource.class);
		return bundle == null ? null : bundle.getBundleContext();
	}
}
