/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.ContributionProblem.Severity;
import nl.casustafel.core.Contributions;
import nl.casustafel.network.style.ContributedRelationType;
import nl.casustafel.network.style.EdgeCategory;
import nl.casustafel.network.style.EdgeType;
import nl.casustafel.network.style.EdgeTypes;

/**
 * Reads the contributions to {@value EdgeTypes#EXTENSION_POINT_ID} and checks their attributes. Each
 * element is read inside its own try/catch: a malformed one becomes a {@link ContributionProblem}
 * naming its plug-in and is left out; the others are not affected. Keys are checked against the
 * registry by {@link EdgeTypes}, not here.
 */
public final class RelationTypeReader {

	/** What was read: the well-formed types in extension order, and the problems. */
	public record Result(List<ContributedRelationType> types, List<ContributionProblem> problems) {
	}

	/** The colour of a type that names none: that of {@code OTHER}. */
	public static final int DEFAULT_COLOR = 0x616161;

	/** The width of a type that names none. */
	public static final int DEFAULT_WIDTH = 2;

	/** The widest line a contribution may ask for. */
	public static final int MAX_WIDTH = 6;

	private static final String ELEMENT = "relationType"; //$NON-NLS-1$

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}"); //$NON-NLS-1$

	private static final Pattern DASH = Pattern.compile("\\d{1,2}([ ,]+\\d{1,2}){0,7}"); //$NON-NLS-1$

	private static final int MAX_DASH = 50;

	private RelationTypeReader() {
		// static access only
	}

	/**
	 * @param registry the extension registry
	 * @return the contributions and their problems
	 */
	public static Result read(IExtensionRegistry registry) {
		List<ContributedRelationType> types = new ArrayList<>();
		List<ContributionProblem> problems = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EdgeTypes.EXTENSION_POINT_ID)) {
			String contributor = Contributions.contributor(element);
			try {
				ContributedRelationType type = read(element, contributor, problems);
				if (type != null) {
					types.add(type);
				}
			} catch (RuntimeException | LinkageError e) {
				// Whatever goes wrong with one contribution stays with that contribution.
				problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.relationType_unreadable, e.toString())));
			}
		}
		return new Result(types, problems);
	}

	/**
	 * @param severity    how bad
	 * @param contributor the plug-in
	 * @param message     what is wrong
	 * @return a problem with a contribution to the relation types
	 */
	public static ContributionProblem problem(Severity severity, String contributor, String message) {
		return new ContributionProblem(severity, contributor, EdgeTypes.EXTENSION_POINT_ID, message);
	}

	private static ContributedRelationType read(IConfigurationElement element, String contributor,
			List<ContributionProblem> problems) {
		if (!ELEMENT.equals(element.getName())) {
			problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.relationType_unknownElement, element.getName())));
			return null;
		}
		String key = trimmed(element.getAttribute("key")); //$NON-NLS-1$
		if (key == null) {
			problems.add(problem(Severity.ERROR, contributor, Messages.relationType_missingKey));
			return null;
		}
		String categoryText = trimmed(element.getAttribute("category")); //$NON-NLS-1$
		if (categoryText == null) {
			problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.relationType_missingCategory, key)));
			return null;
		}
		EdgeCategory category = category(categoryText);
		if (category == null) {
			problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.relationType_badCategory, key, categoryText)));
			return null;
		}
		String directedText = trimmed(element.getAttribute("directed")); //$NON-NLS-1$
		if (directedText != null && !"true".equalsIgnoreCase(directedText) && !"false".equalsIgnoreCase(directedText)) { //$NON-NLS-1$ //$NON-NLS-2$
			problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.relationType_badDirected, key, directedText)));
			return null;
		}
		String colorText = trimmed(element.getAttribute("color")); //$NON-NLS-1$
		if (colorText != null && !COLOR.matcher(colorText).matches()) {
			problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.relationType_badColor, key, colorText)));
			return null;
		}
		String widthText = trimmed(element.getAttribute("width")); //$NON-NLS-1$
		int width = widthText == null ? DEFAULT_WIDTH : width(widthText);
		if (width < 1) {
			problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.relationType_badWidth, key, widthText)));
			return null;
		}
		String dashText = trimmed(element.getAttribute("dash")); //$NON-NLS-1$
		int[] dash = dashText == null ? null : dash(dashText);
		if (dashText != null && dash == null) {
			problems.add(problem(Severity.ERROR, contributor, NLS.bind(Messages.relationType_badDash, key, dashText)));
			return null;
		}
		String label = trimmed(element.getAttribute("label")); //$NON-NLS-1$
		if (label == null) {
			problems.add(problem(Severity.WARNING, contributor, NLS.bind(Messages.relationType_missingLabel, key)));
			label = key;
		}
		EdgeType type = new EdgeType(key, label, category, "true".equalsIgnoreCase(directedText), //$NON-NLS-1$
				colorText == null ? DEFAULT_COLOR : Integer.parseInt(colorText.substring(1), 16), width, dash);
		return new ContributedRelationType(type, trimmed(element.getAttribute("description")), contributor); //$NON-NLS-1$
	}

	private static EdgeCategory category(String text) {
		for (EdgeCategory category : EdgeCategory.values()) {
			if (category.name().equals(text.toUpperCase(Locale.ROOT))) {
				return category;
			}
		}
		return null;
	}

	private static int width(String text) {
		try {
			int width = Integer.parseInt(text);
			return width >= 1 && width <= MAX_WIDTH ? width : 0;
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** @return the lengths, or {@code null} when the text is no valid pattern */
	private static int[] dash(String text) {
		if (!DASH.matcher(text).matches()) {
			return null;
		}
		String[] parts = text.split("[ ,]+"); //$NON-NLS-1$
		int[] lengths = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			lengths[i] = Integer.parseInt(parts[i]);
			if (lengths[i] < 1 || lengths[i] > MAX_DASH) {
				return null;
			}
		}
		return lengths;
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
