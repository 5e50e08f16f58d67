/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.MethodProblem;
import nl.casustafel.learning.core.MethodValidator;
import nl.casustafel.learning.model.LearningMethod;

/**
 * Reads the contributions to {@link LearningMethods#EXTENSION_POINT}: each {@code method} element's
 * file is read from its bundle and checked; problems are collected (and logged) per contribution,
 * so a broken contribution never hides the others. The result is cached until contributions change.
 */
public final class MethodRegistry {

	private static final String ELEMENT_METHOD = "method"; //$NON-NLS-1$
	private static final String ATTRIBUTE_FILE = "file"; //$NON-NLS-1$
	private static final String ATTRIBUTE_ORDER = "order"; //$NON-NLS-1$
	private static final int DEFAULT_ORDER = 100;

	private static LearningMethods cached;
	private static boolean listening;

	private MethodRegistry() {
		// static access only
	}

	/**
	 * @return the methods, read on first use and after contributions changed
	 */
	public static synchronized LearningMethods current() {
		if (cached == null) {
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			if (registry == null) {
				return new LearningMethods(List.of(), List.of());
			}
			cached = read(registry);
			listen(registry);
			for (MethodProblem problem : cached.problems()) {
				ILog.of(MethodRegistry.class).log(Status.warning(problem.describe()));
			}
		}
		return cached;
	}

	/** Forgets the cached methods (they are read again on next use). */
	public static synchronized void reset() {
		cached = null;
	}

	private static void listen(IExtensionRegistry registry) {
		if (listening) {
			return;
		}
		listening = true;
		registry.addListener(new IRegistryEventListener() {
			@Override
			public void added(IExtension[] extensions) {
				reset();
			}

			@Override
			public void removed(IExtension[] extensions) {
				reset();
			}

			@Override
			public void added(IExtensionPoint[] extensionPoints) {
				reset();
			}

			@Override
			public void removed(IExtensionPoint[] extensionPoints) {
				reset();
			}
		}, LearningMethods.EXTENSION_POINT);
	}

	/**
	 * @param registry an extension registry
	 * @return the methods contributed in it
	 */
	public static LearningMethods read(IExtensionRegistry registry) {
		record Candidate(LearningMethod method, int order, String contributor, String file) {
		}
		List<Candidate> candidates = new ArrayList<>();
		List<MethodProblem> problems = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(LearningMethods.EXTENSION_POINT)) {
			String contributor;
			String file;
			try {
				if (!ELEMENT_METHOD.equals(element.getName())) {
					continue;
				}
				contributor = element.getContributor().getName();
				file = element.getAttribute(ATTRIBUTE_FILE);
			} catch (InvalidRegistryObjectException e) {
				continue; // removed while we read
			}
			int order = order(element.getAttribute(ATTRIBUTE_ORDER), contributor, file, problems);
			if (file == null || file.isBlank()) {
				problems.add(new MethodProblem(contributor, null, null, null, Messages.contribution_noFile));
				continue;
			}
			try {
				LearningMethod method = load(contributor, file);
				List<MethodProblem> found = MethodValidator.validate(method);
				if (found.isEmpty()) {
					candidates.add(new Candidate(method, order, contributor, file));
				} else {
					for (MethodProblem problem : found) {
						problems.add(new MethodProblem(contributor, file, problem.methodKey(), problem.stepKey(),
								problem.message()));
					}
				}
			} catch (IOException e) {
				problems.add(new MethodProblem(contributor, file, null, null, e.getMessage()));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::order));
		List<LearningMethod> methods = new ArrayList<>();
		Map<String, Candidate> byKey = new HashMap<>();
		for (Candidate candidate : candidates) {
			Candidate first = byKey.putIfAbsent(candidate.method().getKey(), candidate);
			if (first != null) {
				problems.add(new MethodProblem(candidate.contributor(), candidate.file(), candidate.method().getKey(), null,
						NLS.bind(Messages.contribution_duplicateKey, first.contributor() + "/" + first.file()))); //$NON-NLS-1$
			} else {
				methods.add(candidate.method());
			}
		}
		return new LearningMethods(methods, problems);
	}

	private static int order(String value, String contributor, String file, List<MethodProblem> problems) {
		if (value == null || value.isBlank()) {
			return DEFAULT_ORDER;
		}
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			problems.add(new MethodProblem(contributor, file, null, null, NLS.bind(Messages.contribution_badOrder, value)));
			return DEFAULT_ORDER;
		}
	}

	private static LearningMethod load(String contributor, String file) throws IOException {
		Bundle bundle = Platform.getBundle(contributor);
		URL url = bundle == null ? null : bundle.getEntry(file);
		if (url == null) {
			throw new IOException(NLS.bind(Messages.contribution_fileMissing, file));
		}
		try (InputStream in = url.openStream()) {
			return MethodFiles.read(in, contributor);
		}
	}
}
