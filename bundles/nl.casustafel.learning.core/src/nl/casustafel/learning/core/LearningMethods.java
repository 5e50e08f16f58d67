/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import nl.casustafel.learning.core.internal.MethodFiles;
import nl.casustafel.learning.core.internal.MethodRegistry;
import nl.casustafel.learning.model.LearningMethod;

/**
 * The learning methods facilitators can choose from: the built-in ones and those contributed by
 * plugins through the extension point {@value #EXTENSION_POINT} (see its schema,
 * {@code schema/methods.exsd}).
 * <p>
 * The methods returned are shared: do not change them. A session works on its own copy (see
 * {@link LearningSessions#newSession(LearningMethod, String, java.util.Date)}).
 * </p>
 *
 * @since 0.1
 */
public final class LearningMethods {

	/** The extension point through which plugins contribute methods as data files. */
	public static final String EXTENSION_POINT = "nl.casustafel.learning.methods"; //$NON-NLS-1$

	/** Key of the built-in casusleerbijeenkomst (seven steps, 85 minutes). */
	public static final String CASUSLEERBIJEENKOMST = "casusleerbijeenkomst"; //$NON-NLS-1$

	/** Key of the built-in incident method (six steps, 60 minutes). */
	public static final String INCIDENT_METHOD = "incidentmethode"; //$NON-NLS-1$

	private final List<LearningMethod> methods;
	private final List<MethodProblem> problems;

	/**
	 * @param methods  the usable methods, in display order
	 * @param problems the contributions left out
	 */
	public LearningMethods(List<LearningMethod> methods, List<MethodProblem> problems) {
		this.methods = List.copyOf(methods);
		this.problems = List.copyOf(problems);
	}

	/**
	 * Reads the methods contributed through {@value #EXTENSION_POINT} the first time it is called,
	 * and again after plugins that contribute to it are added or removed.
	 *
	 * @return the methods of the running Casustafel; empty outside Eclipse/OSGi
	 */
	public static LearningMethods getDefault() {
		return MethodRegistry.current();
	}

	/**
	 * @return the methods that passed the checks, lowest {@code order} first
	 */
	public List<LearningMethod> methods() {
		return methods;
	}

	/**
	 * @param key a method key, for example {@value #CASUSLEERBIJEENKOMST}
	 * @return the method with that key
	 */
	public Optional<LearningMethod> find(String key) {
		return methods.stream().filter(method -> method.getKey().equals(key)).findFirst();
	}

	/**
	 * @return the contributions that were left out, and why; empty when all were fine
	 */
	public List<MethodProblem> problems() {
		return problems;
	}

	/**
	 * Reads one method data file, for example in a partner plugin's tests. Does not validate it:
	 * use {@link MethodValidator#validate(LearningMethod)}.
	 *
	 * @param in     the XMI document, root {@code lrn:LearningMethod}
	 * @param origin the value for the method's {@code origin}, for example the bundle's name
	 * @return the method, not contained in any resource
	 * @throws IOException when the document cannot be read or is not a learning method
	 */
	public static LearningMethod read(InputStream in, String origin) throws IOException {
		return MethodFiles.read(in, origin);
	}
}
