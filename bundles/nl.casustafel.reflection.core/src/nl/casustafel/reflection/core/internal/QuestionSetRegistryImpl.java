/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import nl.casustafel.reflection.core.QuestionSetException;
import nl.casustafel.reflection.core.QuestionSetOrigin;
import nl.casustafel.reflection.core.QuestionSetProblem;
import nl.casustafel.reflection.core.QuestionSetProblem.Severity;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.core.QuestionSets;
import nl.casustafel.reflection.core.QuestionSets.ReadResult;
import nl.casustafel.reflection.core.ReflectionPreferences;
import nl.casustafel.reflection.core.RegisteredQuestionSet;
import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.QuestionSet;
import nl.casustafel.reflection.model.TargetKind;
import nl.casustafel.reflection.model.Theme;

/**
 * The {@link QuestionSetRegistry} (Declarative Services component
 * {@code OSGI-INF/nl.casustafel.reflection.core.QuestionSetRegistry.xml}). Each file is read in its
 * own resource set and inside its own try/catch, so one broken file never affects another.
 */
public final class QuestionSetRegistryImpl implements QuestionSetRegistry {

	/** The symbolic name of this bundle: its contributions are the built-in sets. */
	public static final String BUNDLE_ID = "nl.casustafel.reflection.core"; //$NON-NLS-1$

	private static final String ELEMENT_QUESTION_SET = "questionSet"; //$NON-NLS-1$

	private static final String ATTRIBUTE_FILE = "file"; //$NON-NLS-1$

	private static final String PLUGIN_XML = "plugin.xml"; //$NON-NLS-1$

	private record State(List<RegisteredQuestionSet> sets, Map<String, RegisteredQuestionSet> byId,
			List<QuestionSetProblem> problems) {
	}

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private volatile State state;

	private IRegistryEventListener registryListener;

	/** Called by Declarative Services: follows plugins that come and go. */
	public void activate() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null) {
			registryListener = new IRegistryEventListener() {
				@Override
				public void added(IExtension[] extensions) {
					reload();
				}

				@Override
				public void removed(IExtension[] extensions) {
					reload();
				}

				@Override
				public void added(IExtensionPoint[] extensionPoints) {
					// only our own point matters
				}

				@Override
				public void removed(IExtensionPoint[] extensionPoints) {
					// only our own point matters
				}
			};
			registry.addListener(registryListener, EXTENSION_POINT_ID);
		}
	}

	/** Called by Declarative Services. */
	public void deactivate() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null && registryListener != null) {
			registry.removeListener(registryListener);
		}
		registryListener = null;
		listeners.clear();
	}

	@Override
	public List<RegisteredQuestionSet> getSets() {
		return state().sets();
	}

	@Override
	public List<RegisteredQuestionSet> getSets(TargetKind kind) {
		return state().sets().stream().filter(set -> set.fits(kind)).toList();
	}

	@Override
	public RegisteredQuestionSet getSet(String id) {
		return id == null ? null : state().byId().get(id);
	}

	@Override
	public Question findQuestion(String setId, String questionId) {
		RegisteredQuestionSet registered = getSet(setId);
		if (registered == null || questionId == null) {
			return null;
		}
		for (Theme theme : registered.set().getThemes()) {
			for (Question question : theme.getQuestions()) {
				if (questionId.equals(question.getId())) {
					return question;
				}
			}
		}
		return null;
	}

	@Override
	public List<QuestionSetProblem> getProblems() {
		return state().problems();
	}

	@Override
	public RegisteredQuestionSet importSet(Path file) throws QuestionSetException {
		ReadResult result;
		try (InputStream in = Files.newInputStream(file)) {
			result = QuestionSets.read(in, RegisteredQuestionSet.IMPORT, file.toAbsolutePath().toString());
		} catch (IOException e) {
			throw new QuestionSetException(NLS.bind(Messages.import_unreadable, file, e.getMessage()), List.of(), e);
		}
		if (!result.ok()) {
			throw new QuestionSetException(NLS.bind(Messages.import_invalid, file), result.problems(), null);
		}
		String id = result.set().getId();
		RegisteredQuestionSet existing = getSet(id);
		if (existing != null && existing.origin() != QuestionSetOrigin.IMPORTED) {
			throw new QuestionSetException(NLS.bind(Messages.import_idTaken, id), List.of(), null);
		}
		Path folder = ReflectionPreferences.importFolder();
		Path target = folder.resolve(id + '.' + QuestionSets.FILE_EXTENSION);
		try {
			Files.createDirectories(folder);
			writeAtomically(result.set(), target);
			if (existing != null && !Path.of(existing.location()).equals(target)) {
				Files.deleteIfExists(Path.of(existing.location()));
			}
		} catch (IOException | RuntimeException e) {
			throw new QuestionSetException(NLS.bind(Messages.import_copyFailed, folder, e.getMessage()), List.of(), e);
		}
		reload();
		return getSet(id);
	}

	@Override
	public boolean removeImported(String id) throws QuestionSetException {
		RegisteredQuestionSet existing = getSet(id);
		if (existing == null || existing.origin() != QuestionSetOrigin.IMPORTED) {
			return false;
		}
		try {
			Files.deleteIfExists(Path.of(existing.location()));
		} catch (IOException e) {
			throw new QuestionSetException(NLS.bind(Messages.import_deleteFailed, existing.location(), e.getMessage()),
					List.of(), e);
		}
		reload();
		return true;
	}

	@Override
	public void exportSet(String id, Path file) throws QuestionSetException {
		RegisteredQuestionSet registered = getSet(id);
		if (registered == null) {
			throw new QuestionSetException(NLS.bind(Messages.export_noSuchSet, id), List.of(), null);
		}
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			writeAtomically(registered.set(), file.toAbsolutePath());
		} catch (IOException | RuntimeException e) {
			throw new QuestionSetException(NLS.bind(Messages.export_failed, file, e.getMessage()), List.of(), e);
		}
	}

	@Override
	public void reload() {
		synchronized (this) {
			state = load();
		}
		for (Runnable listener : listeners) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				log().log(Status.error(e.toString(), e));
			}
		}
	}

	@Override
	public void addListener(Runnable listener) {
		if (!listeners.contains(listener)) {
			listeners.add(listener);
		}
	}

	@Override
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private State state() {
		State current = state;
		if (current == null) {
			synchronized (this) {
				if (state == null) {
					state = load();
				}
				current = state;
			}
		}
		return current;
	}

	private static State load() {
		Map<String, RegisteredQuestionSet> byId = new LinkedHashMap<>();
		List<QuestionSetProblem> problems = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null) {
			List<IConfigurationElement> elements = new ArrayList<>(
					Arrays.asList(registry.getConfigurationElementsFor(EXTENSION_POINT_ID)));
			// Built-in first, then the contributions in order of plugin name: stable across starts.
			elements.sort(Comparator.comparing((IConfigurationElement element) -> !BUNDLE_ID.equals(contributor(element)))
					.thenComparing(QuestionSetRegistryImpl::contributor));
			for (IConfigurationElement element : elements) {
				if (ELEMENT_QUESTION_SET.equals(safeName(element))) {
					loadContributed(element, byId, problems);
				}
			}
		}
		loadImported(byId, problems);
		for (QuestionSetProblem problem : problems) {
			String pluginId = RegisteredQuestionSet.IMPORT.equals(problem.contributor()) ? BUNDLE_ID
					: problem.contributor();
			log().log(new Status(problem.isError() ? IStatus.ERROR : IStatus.WARNING, pluginId, problem.describe()));
		}
		return new State(List.copyOf(byId.values()), Collections.unmodifiableMap(byId), List.copyOf(problems));
	}

	private static void loadContributed(IConfigurationElement element, Map<String, RegisteredQuestionSet> byId,
			List<QuestionSetProblem> problems) {
		String contributor = contributor(element);
		String file = null;
		try {
			file = element.getAttribute(ATTRIBUTE_FILE);
			if (file == null || file.isBlank()) {
				problems.add(new QuestionSetProblem(Severity.ERROR, contributor, PLUGIN_XML, 0, 0,
						Messages.read_missingFileAttribute));
				return;
			}
			Bundle bundle = Platform.getBundle(contributor);
			URL url = bundle == null ? null : FileLocator.find(bundle, new org.eclipse.core.runtime.Path(file), null);
			if (url == null) {
				problems.add(new QuestionSetProblem(Severity.ERROR, contributor, file, 0, 0, Messages.read_fileNotFound));
				return;
			}
			ReadResult result;
			try (InputStream in = url.openStream()) {
				result = QuestionSets.read(in, contributor, file);
			}
			problems.addAll(result.problems());
			if (result.ok()) {
				QuestionSetOrigin origin = BUNDLE_ID.equals(contributor) ? QuestionSetOrigin.BUILT_IN
						: QuestionSetOrigin.CONTRIBUTED;
				register(new RegisteredQuestionSet(result.set(), origin, contributor, file), byId, problems);
			}
		} catch (IOException | RuntimeException | LinkageError e) {
			// Whatever goes wrong with one contribution stays with that contribution.
			problems.add(new QuestionSetProblem(Severity.ERROR, contributor, file == null ? PLUGIN_XML : file, 0, 0,
					NLS.bind(Messages.read_unexpected, e.toString())));
		}
	}

	private static void loadImported(Map<String, RegisteredQuestionSet> byId, List<QuestionSetProblem> problems) {
		Path folder = ReflectionPreferences.importFolder();
		if (!Files.isDirectory(folder)) {
			return;
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*." + QuestionSets.FILE_EXTENSION)) { //$NON-NLS-1$
			stream.forEach(files::add);
		} catch (IOException | RuntimeException e) {
			problems.add(new QuestionSetProblem(Severity.ERROR, RegisteredQuestionSet.IMPORT, folder.toString(), 0, 0,
					NLS.bind(Messages.registry_importFolderUnreadable, folder, e.getMessage())));
			return;
		}
		files.sort(Comparator.comparing(Path::toString));
		for (Path file : files) {
			String location = file.toAbsolutePath().toString();
			try (InputStream in = Files.newInputStream(file)) {
				ReadResult result = QuestionSets.read(in, RegisteredQuestionSet.IMPORT, location);
				problems.addAll(result.problems());
				if (result.ok()) {
					register(new RegisteredQuestionSet(result.set(), QuestionSetOrigin.IMPORTED,
							RegisteredQuestionSet.IMPORT, location), byId, problems);
				}
			} catch (IOException | RuntimeException | LinkageError e) {
				problems.add(new QuestionSetProblem(Severity.ERROR, RegisteredQuestionSet.IMPORT, location, 0, 0,
						NLS.bind(Messages.read_unexpected, e.toString())));
			}
		}
	}

	private static void register(RegisteredQuestionSet set, Map<String, RegisteredQuestionSet> byId,
			List<QuestionSetProblem> problems) {
		RegisteredQuestionSet other = byId.get(set.id());
		if (other != null) {
			problems.add(new QuestionSetProblem(Severity.ERROR, set.contributor(), set.location(), 0, 0,
					NLS.bind(Messages.registry_duplicateSet, set.id(), other.contributor() + ": " + other.location()))); //$NON-NLS-1$
			return;
		}
		byId.put(set.id(), set);
	}

	private static void writeAtomically(QuestionSet set, Path target) throws IOException {
		Path temporary = Files.createTempFile(target.getParent(), '.' + target.getFileName().toString(), ".tmp"); //$NON-NLS-1$
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				QuestionSets.write(set, out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static String contributor(IConfigurationElement element) {
		try {
			return element.getContributor().getName();
		} catch (RuntimeException e) {
			return "?"; //$NON-NLS-1$
		}
	}

	private static String safeName(IConfigurationElement element) {
		try {
			return element.getName();
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static ILog log() {
		return Platform.getLog(QuestionSetRegistryImpl.class);
	}
}
