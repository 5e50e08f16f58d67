/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.spi;

import java.util.List;

import nl.casustafel.core.ContributionProblem;

/**
 * Something that reads what plug-ins contribute and can say what was wrong with it: a broken file,
 * a malformed or duplicate element. Registered as an OSGi service (typically a Declarative Services
 * component), so that every problem of every plug-in is listed in one place: the workbench's
 * <i>Help &gt; Plug-ins…</i> dialog, which users copy and send to the plug-in's supplier, and the
 * hint in the status line at start-up ({@link nl.casustafel.core.ContributionProblems#all()}).
 * <p>
 * Casustafel registers one for each of its extension points: vocabulary terms
 * ({@code nl.casustafel.core.vocabularies}), relation types
 * ({@code nl.casustafel.network.core.relationTypes}), question sets
 * ({@code nl.casustafel.reflection.questionSets}) and learning methods
 * ({@code nl.casustafel.learning.methods}). A partner plug-in that defines an extension point of its
 * own, or reads files that other plug-ins bring, registers one too:
 * </p>
 *
 * <pre>
 * &lt;scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="org.example.probation.templateProblems"&gt;
 *    &lt;implementation class="org.example.probation.internal.TemplateProblemSource"/&gt;
 *    &lt;service&gt;&lt;provide interface="nl.casustafel.core.spi.ContributionProblemSource"/&gt;&lt;/service&gt;
 * &lt;/scr:component&gt;
 * </pre>
 * <p>
 * Implementations are thread-safe: {@link #problems()} is called on any thread, also on a
 * background thread at start-up. It may read the contributions when first called (it is never
 * called on the UI thread at start-up). A source that throws is reported as a problem of the plug-in
 * that registered it; the other sources are not affected.
 * </p>
 *
 * @since 0.1
 */
public interface ContributionProblemSource {

	/**
	 * @return the id of the extension point whose contributions this source reports, e.g.
	 *         {@code nl.casustafel.core.vocabularies}; for problems that come from elsewhere an id of
	 *         the same form chosen by the source's plug-in. Users see the extension point's name
	 *         from the extension registry when there is one, else this id.
	 */
	String extensionPoint();

	/**
	 * @return the problems found in the contributions as they are now: one per left-out or ignored
	 *         contribution, each naming the contributing plug-in's symbolic name in
	 *         {@link ContributionProblem#contributor()} and a message in the user's language that
	 *         says what is wrong and where (file, line, key), without repeating the plug-in; empty
	 *         when all is well. Never {@code null}.
	 */
	List<ContributionProblem> problems();
}
