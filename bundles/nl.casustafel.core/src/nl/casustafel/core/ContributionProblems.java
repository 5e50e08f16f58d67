/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import nl.casustafel.core.ContributionProblem.Severity;
import nl.casustafel.core.internal.Messages;
import nl.casustafel.core.spi.ContributionProblemSource;

/**
 * Every problem with what plug-ins contributed, from all registered
 * {@link ContributionProblemSource} services (Casustafel's registries and those of partner
 * plug-ins): the one list behind the workbench's <i>Help &gt; Plug-ins…</i> dialog and the hint
 * in its status line at start-up.
 * <p>
 * Each source is asked inside its own try/catch: a source that throws becomes one problem of the
 * plug-in that registered it (and is logged under that plug-in's id), and the other sources are
 * still asked. Asking may read contributions that were not read yet, so call it off the UI thread
 * when that matters.
 * </p>
 *
 * @since 0.1
 */
public final class ContributionProblems {

	/** Errors first, then by plug-in, then by extension point; otherwise in the order reported. */
	private static final Comparator<ContributionProblem> ORDER = Comparator
			.comparing((ContributionProblem p) -> p.isError() ? 0 : 1)
			.thenComparing(ContributionProblem::contributor)
			.thenComparing(ContributionProblem::extensionPoint);

	private ContributionProblems() {
		// static access only
	}

	/**
	 * @return the problems of all registered sources, errors first, then by plug-in and extension
	 *         point; empty when all is well or outside OSGi
	 */
	public static List<ContributionProblem> all() {
		List<ContributionProblem> problems = new ArrayList<>();
		for (ContributionProblemSource source : RankedServices.all(ContributionProblemSource.class)) {
			problems.addAll(of(source));
		}
		return sorted(problems);
	}

	/**
	 * @param source a source
	 * @return its problems; when it throws, one problem of the plug-in that registered it, saying so
	 */
	public static List<ContributionProblem> of(ContributionProblemSource source) {
		try {
			List<ContributionProblem> problems = source.problems();
			return problems == null ? List.of() : problems.stream().filter(Objects::nonNull).toList();
		} catch (RuntimeException | LinkageError e) {
			Bundle bundle = PluginFailures.bundleOf(source.getClass());
			String id = bundle == null ? source.getClass().getName() : bundle.getSymbolicName();
			String message = NLS.bind(Messages.problemSource_failed, PluginFailures.describe(e));
			PluginFailures.log(bundle, id, message, e);
			return List.of(new ContributionProblem(Severity.ERROR, id, extensionPointOf(source), message));
		}
	}

	/**
	 * @param problems problems in any order
	 * @return them in the order users see them: errors first, then by plug-in and extension point
	 */
	public static List<ContributionProblem> sorted(Collection<ContributionProblem> problems) {
		return problems.stream().sorted(ORDER).toList();
	}

	/**
	 * @param problems problems
	 * @return the symbolic names of the plug-ins they name, each once, in the order of the problems
	 */
	public static List<String> contributors(Collection<ContributionProblem> problems) {
		Set<String> contributors = new LinkedHashSet<>();
		for (ContributionProblem problem : problems) {
			contributors.add(problem.contributor());
		}
		return List.copyOf(contributors);
	}

	private static String extensionPointOf(ContributionProblemSource source) {
		try {
			String point = source.extensionPoint();
			return point == null || point.isBlank() ? source.getClass().getName() : point;
		} catch (RuntimeException | LinkageError e) {
			return source.getClass().getName();
		}
	}
}
