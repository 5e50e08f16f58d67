/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import nl.casustafel.core.CasebookService;

/**
 * Which casebook the workbench opens when it starts.
 * <ol>
 * <li>{@code -casebook <folder>} (program argument) or the system property
 * {@value #CASEBOOK_PROPERTY}: that casebook;</li>
 * <li>else, unless a demo folder is given explicitly, the casebook used last when the preference
 * "open last casebook at start" is on and it still exists;</li>
 * <li>else the built-in demo casebook, in {@code -demo <folder>}, the system property
 * {@value #DEMO_PROPERTY} or {@code ~/.casustafel/demo-lindeveld}; written there first when the
 * folder does not exist or is empty.</li>
 * </ol>
 *
 * @param folder the casebook folder
 * @param demo   whether it is the demo casebook (to be written when missing)
 */
public record StartupCasebook(Path folder, boolean demo) {

	/** Program argument naming the casebook to open. */
	public static final String CASEBOOK_ARGUMENT = "-casebook"; //$NON-NLS-1$

	/** Program argument naming the folder of the demo casebook (tests use a temporary one). */
	public static final String DEMO_ARGUMENT = "-demo"; //$NON-NLS-1$

	/** System property naming the casebook to open. */
	public static final String CASEBOOK_PROPERTY = "casustafel.casebook"; //$NON-NLS-1$

	/** System property naming the folder of the demo casebook. */
	public static final String DEMO_PROPERTY = "casustafel.demo"; //$NON-NLS-1$

	/**
	 * Creates a start-up choice.
	 */
	public StartupCasebook {
		Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
		folder = folder.toAbsolutePath().normalize();
	}

	/**
	 * @return where the demo casebook lives by default: {@code ~/.casustafel/demo-lindeveld}
	 */
	public static Path defaultDemoFolder() {
		return Path.of(System.getProperty("user.home"), ".casustafel", "demo-lindeveld"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Decides what to open.
	 *
	 * @param arguments       the application's program arguments
	 * @param casebookProperty the value of {@value #CASEBOOK_PROPERTY}, or {@code null}
	 * @param demoProperty    the value of {@value #DEMO_PROPERTY}, or {@code null}
	 * @param openLast        the preference "open the last casebook at start"
	 * @param last            the casebook used last, or {@code null}
	 * @return the casebook to open
	 */
	public static StartupCasebook decide(String[] arguments, String casebookProperty, String demoProperty,
			boolean openLast, Path last) {
		String casebook = argument(arguments, CASEBOOK_ARGUMENT);
		if (casebook == null) {
			casebook = blankToNull(casebookProperty);
		}
		if (casebook != null) {
			return new StartupCasebook(Path.of(casebook), false);
		}
		String demo = argument(arguments, DEMO_ARGUMENT);
		if (demo == null) {
			demo = blankToNull(demoProperty);
		}
		if (demo == null && openLast && last != null && Files.isRegularFile(last.resolve(CasebookService.ROOT_FILE_NAME))) {
			return new StartupCasebook(last, false);
		}
		return new StartupCasebook(demo == null ? defaultDemoFolder() : Path.of(demo), true);
	}

	/**
	 * Decides what to open from the running application's arguments, the system properties and
	 * the preferences.
	 *
	 * @param arguments the application's program arguments
	 * @return the casebook to open
	 */
	public static StartupCasebook decide(String[] arguments) {
		return decide(arguments, System.getProperty(CASEBOOK_PROPERTY), System.getProperty(DEMO_PROPERTY),
				RecentCasebooks.openLastAtStart(), RecentCasebooks.last());
	}

	private static String argument(String[] arguments, String name) {
		if (arguments == null) {
			return null;
		}
		for (int i = 0; i < arguments.length - 1; i++) {
			if (name.equalsIgnoreCase(arguments[i])) {
				return blankToNull(arguments[i + 1]);
			}
		}
		return null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
