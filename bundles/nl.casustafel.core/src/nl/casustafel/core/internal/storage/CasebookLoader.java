/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookProblem;
import nl.casustafel.core.CasebookProblem.Kind;
import nl.casustafel.core.internal.Messages;
import nl.casustafel.model.Casebook;

/**
 * Reads a casebook folder, or sets up a new one in memory.
 * <p>
 * Reading: the root file first (a problem with it stops everything); then every shard file the
 * root refers to is probed ({@link FileProbe}) and read, in parallel on
 * {@link StorageSettings#loadThreads()} threads; then the split lists of the root are resolved, so
 * all cases (and the rest) are in memory when {@link #load} returns. A shard that cannot be read
 * becomes a {@link CasebookProblem}; its resource is {@link CasebookResource#markBroken() broken}
 * (never saved) and the root keeps its references to the objects in it as proxies.
 * </p>
 */
public final class CasebookLoader {

	private CasebookLoader() {
		// static access only
	}

	/**
	 * Reads the casebook in a folder.
	 *
	 * @param folder   the casebook folder (absolute, normalised)
	 * @param settings the storage settings
	 * @return the casebook in memory
	 * @throws CasebookException {@link CasebookException.Kind#NOT_A_CASEBOOK} or
	 *                           {@link CasebookException.Kind#ROOT_UNREADABLE}
	 */
	public static LoadedCasebook load(Path folder, StorageSettings settings) throws CasebookException {
		Path rootFile = StorageLayout.rootFile(folder);
		if (!Files.isDirectory(folder) || !Files.exists(rootFile)) {
			throw new CasebookException(CasebookException.Kind.NOT_A_CASEBOOK,
					NLS.bind(Messages.exception_notACasebook, folder), folder, null);
		}
		ResourceSet resourceSet = CasebookResourceSets.create();
		CasebookResourceSets.warmUp(List.of());

		// 1. The root.
		FileProbe.Result rootProbe = FileProbe.probe(rootFile, resourceSet.getPackageRegistry());
		if (!rootProbe.ok()) {
			throw rootUnreadable(folder, rootFile, rootProbe.problem(), rootProbe.detail(), null);
		}
		CasebookResource rootResource = CasebookResourceSets.createResource(resourceSet, StorageLayout.uri(rootFile));
		Failure rootFailure = read(rootResource, rootFile, rootProbe);
		if (rootFailure != null) {
			throw rootUnreadable(folder, rootFile, rootFailure.kind(), rootFailure.detail(), rootFailure.cause());
		}
		if (rootResource.getContents().size() != 1 || !(rootResource.getContents().get(0) instanceof Casebook)) {
			throw new CasebookException(CasebookException.Kind.ROOT_UNREADABLE,
					NLS.bind(Messages.exception_rootUnreadable, folder,
							NLS.bind(Messages.exception_rootNotACasebook, StorageLayout.displayName(folder, rootFile))),
					rootFile, null);
		}
		Casebook casebook = (Casebook) rootResource.getContents().get(0);
		List<CasebookProblem> problems = new ArrayList<>();
		ShardAllocator allocator = new ShardAllocator(folder, resourceSet, settings.shardCapacity());

		// 2. The shards the root refers to, and the highest shard numbers on disk.
		Map<URI, EReference> shardFeatures = new LinkedHashMap<>();
		for (EReference feature : StorageLayout.splitFeatures()) {
			for (EObject element : ((InternalEList<?>) casebook.eGet(feature)).basicList().toArray(new EObject[0])) {
				if (element.eIsProxy()) {
					shardFeatures.putIfAbsent(((InternalEObject) element).eProxyURI().trimFragment(), feature);
				}
			}
			scanShardFolder(folder, feature, allocator);
		}
		List<Shard> shards = new ArrayList<>();
		Set<EPackage> packages = new LinkedHashSet<>();
		for (Map.Entry<URI, EReference> entry : shardFeatures.entrySet()) {
			URI uri = entry.getKey();
			CasebookResource resource = CasebookResourceSets.createResource(resourceSet, uri);
			Path file = uri.isFile() ? StorageLayout.path(uri) : null;
			int index = file == null ? -1 : StorageLayout.shardIndex(entry.getValue(), file.getFileName().toString());
			Shard shard = new Shard(entry.getValue(), index, resource, file);
			shards.add(shard);
			if (file == null || !file.startsWith(folder)) {
				shard.failure = new Failure(Kind.MISSING, null, null);
				continue;
			}
			shard.probe = FileProbe.probe(file, resourceSet.getPackageRegistry());
			if (!shard.probe.ok()) {
				shard.failure = new Failure(shard.probe.problem(), shard.probe.detail(), null);
			} else {
				for (String namespace : shard.probe.namespaces().values()) {
					EPackage ePackage = resourceSet.getPackageRegistry().getEPackage(namespace);
					if (ePackage != null) {
						packages.add(ePackage);
					}
				}
			}
		}
		CasebookResourceSets.warmUp(packages);
		readAll(shards, settings.loadThreads());

		// 3. Register the shards; report and neutralise the broken ones.
		int unnumbered = 0;
		for (Shard shard : shards) {
			allocator.register(shard.feature, shard.index >= 0 ? shard.index : --unnumbered, shard.resource);
			if (shard.failure == null) {
				shard.failure = checkContent(shard);
			}
			if (shard.failure != null) {
				shard.resource.markBroken();
				Path file = shard.file != null ? shard.file : folder.resolve(uriLabel(shard.resource.getURI()));
				problems.add(Problems.problem(folder, file, shard.failure.kind(), shard.failure.detail(), true));
			}
		}

		// 4. Resolve the split lists: everything in memory, proxies left only for what is missing.
		Map<URI, AtomicInteger> unresolved = new HashMap<>();
		for (EReference feature : StorageLayout.splitFeatures()) {
			EList<?> list = (EList<?>) casebook.eGet(feature);
			for (int i = 0, size = list.size(); i < size; i++) {
				EObject element = (EObject) list.get(i);
				if (element.eIsProxy()) {
					unresolved.computeIfAbsent(((InternalEObject) element).eProxyURI().trimFragment(),
							uri -> new AtomicInteger()).incrementAndGet();
				}
			}
		}
		for (Shard shard : shards) {
			if (shard.resource.isBroken()) {
				continue;
			}
			AtomicInteger missing = unresolved.get(shard.resource.getURI());
			if (missing != null) {
				problems.add(Problems.problem(folder, shard.file, Kind.MISSING_OBJECTS, missing.get(), true));
			}
			int orphans = 0;
			for (EObject object : shard.resource.getContents()) {
				if (object.eContainer() == null) {
					orphans++;
				}
			}
			if (orphans > 0) {
				problems.add(Problems.problem(folder, shard.file, Kind.ORPHANED_OBJECTS, orphans, true));
			}
		}

		// 5. Observe changes.
		for (Resource resource : resourceSet.getResources()) {
			resource.setTrackingModification(true);
			resource.setModified(false);
		}
		casebook.eAdapters().add(allocator);
		return new LoadedCasebook(folder, resourceSet, rootResource, casebook, allocator,
				Collections.unmodifiableList(problems));
	}

	/**
	 * Sets up a new casebook in memory: the content goes into the root file and the objects of the
	 * split lists into shards (in list order, filling each shard up to its capacity). Every file is
	 * marked modified, so the first save writes them all.
	 *
	 * @param folder   the casebook folder (absolute, normalised)
	 * @param content  the content; taken over, or copied when it already belongs to a resource
	 * @param settings the storage settings
	 * @return the casebook in memory
	 */
	public static LoadedCasebook create(Path folder, Casebook content, StorageSettings settings) {
		Casebook casebook = content.eResource() != null ? EcoreUtil.copy(content) : content;
		ResourceSet resourceSet = CasebookResourceSets.create();
		CasebookResource rootResource = CasebookResourceSets
				.createResource(resourceSet, StorageLayout.uri(StorageLayout.rootFile(folder)));
		rootResource.markNew();
		rootResource.setTrackingModification(true);
		rootResource.getContents().add(casebook);
		ShardAllocator allocator = new ShardAllocator(folder, resourceSet, settings.shardCapacity());
		casebook.eAdapters().add(allocator);
		for (EReference feature : StorageLayout.splitFeatures()) {
			for (Object element : ((EList<?>) casebook.eGet(feature)).toArray()) {
				allocator.place(feature, element);
			}
		}
		rootResource.setModified(true);
		return new LoadedCasebook(folder, resourceSet, rootResource, casebook, allocator, List.of());
	}

	private static void scanShardFolder(Path folder, EReference feature, ShardAllocator allocator) {
		Path shardFolder = StorageLayout.shardFolder(folder, feature);
		if (!Files.isDirectory(shardFolder)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(shardFolder)) {
			for (Path file : files) {
				int index = StorageLayout.shardIndex(feature, file.getFileName().toString());
				if (index >= 0) {
					allocator.noteIndexOnDisk(feature, index);
				}
			}
		} catch (IOException e) {
			// unlistable: new shards then only avoid the numbers the root refers to
		}
	}

	private static void readAll(List<Shard> shards, int threads) throws CasebookException {
		List<Shard> toRead = shards.stream().filter(shard -> shard.failure == null).toList();
		if (threads <= 1 || toRead.size() <= 1) {
			for (Shard shard : toRead) {
				shard.failure = read(shard.resource, shard.file, shard.probe);
			}
			return;
		}
		AtomicInteger counter = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, toRead.size()), runnable -> {
			Thread thread = new Thread(runnable, "Casustafel casebook reader " + counter.incrementAndGet()); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Failure>> futures = new ArrayList<>();
			for (Shard shard : toRead) {
				futures.add(pool.submit(() -> read(shard.resource, shard.file, shard.probe)));
			}
			for (int i = 0; i < toRead.size(); i++) {
				toRead.get(i).failure = futures.get(i).get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CasebookException(CasebookException.Kind.IO_ERROR,
					NLS.bind(Messages.exception_ioError, shards.get(0).file, e), null, e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	/** Reads one file; returns {@code null} on success, else what went wrong. */
	private static Failure read(CasebookResource resource, Path file, FileProbe.Result probe) {
		try {
			resource.setTrackingModification(true);
			resource.load(CasebookResourceSets.loadOptions());
			resource.setModified(false);
			if (!resource.getErrors().isEmpty()) {
				Resource.Diagnostic error = resource.getErrors().get(0);
				return classify(file, probe, error instanceof Exception exception ? exception : null,
						error.getMessage());
			}
			return null;
		} catch (NoSuchFileException e) {
			return new Failure(Kind.MISSING, null, e);
		} catch (IOException | RuntimeException e) {
			Throwable cause = e;
			while (cause.getCause() != null && cause.getCause() != cause
					&& (cause instanceof Resource.IOWrappedException || cause instanceof UncheckedIOException
							|| cause instanceof org.eclipse.emf.common.util.WrappedException)) {
				cause = cause.getCause();
			}
			if (cause instanceof NoSuchFileException) {
				return new Failure(Kind.MISSING, null, e);
			}
			if (cause instanceof FileSystemException || cause instanceof FileNotFoundException
					|| cause.getClass() == IOException.class) {
				// the file cannot be read from disk; a parser's IOException (bad bytes) is a damaged file
				return new Failure(Kind.UNREADABLE, cause.getMessage(), e);
			}
			return classify(file, probe, e, cause.getMessage());
		}
	}

	private static Failure classify(Path file, FileProbe.Result probe, Exception exception, String message) {
		if (FileProbe.isTruncated(file, probe.rootElement())) {
			return new Failure(Kind.TRUNCATED, null, exception);
		}
		String detail = message == null ? "?" : message; //$NON-NLS-1$
		if (detail.length() > 200) {
			detail = detail.substring(0, 200) + '\u2026';
		}
		return new Failure(Kind.CORRUPT, detail, exception);
	}

	/** A shard read without error must hold only objects of its list's type. */
	private static Failure checkContent(Shard shard) {
		for (EObject object : shard.resource.getContents()) {
			if (!shard.feature.getEReferenceType().isInstance(object)) {
				return new Failure(Kind.CORRUPT, object.eClass().getName(), null);
			}
		}
		return null;
	}

	private static CasebookException rootUnreadable(Path folder, Path rootFile, Kind kind, String detail,
			Throwable cause) {
		CasebookProblem problem = Problems.problem(folder, rootFile, kind, detail, false);
		return new CasebookException(CasebookException.Kind.ROOT_UNREADABLE,
				NLS.bind(Messages.exception_rootUnreadable, folder, problem.message()), rootFile, null, problem,
				cause);
	}

	private static String uriLabel(URI uri) {
		return uri.isFile() ? uri.toFileString() : uri.lastSegment() == null ? uri.toString() : uri.lastSegment();
	}

	/** What went wrong reading a file. */
	private record Failure(Kind kind, String detail, Throwable cause) {
	}

	/** One shard being read. */
	private static final class Shard {

		final EReference feature;

		final int index;

		final CasebookResource resource;

		final Path file;

		FileProbe.Result probe;

		Failure failure;

		Shard(EReference feature, int index, CasebookResource resource, Path file) {
			this.feature = feature;
			this.index = index;
			this.resource = resource;
			this.file = file;
		}
	}
}
