/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import nl.casustafel.core.demo.SyntheticCasebookGenerator;
import nl.casustafel.model.Casebook;

/**
 * Prepares the Java runtime for reading large casebooks, in the background.
 * <p>
 * Reading XMI is dominated by code that the JVM compiles only after it has run for a while; the
 * first casebook read in a fresh Casustafel is therefore about three times slower than later ones
 * (a 10,000-case casebook on a 2-core machine: 4.5 to 5.5 s instead of 1.2 to 1.4 s). This
 * warm-up writes and reads a synthetic casebook of {@value #CASES} cases entirely in memory (no
 * file is touched), a few seconds after the casebook service starts, on one low-priority daemon
 * thread (about 4 s of one core), so that a casebook opened afterwards is read by compiled code
 * (the same 10,000 cases: about 2 s). It runs once per JVM and can be switched off with
 * {@code -Dcasustafel.storage.warmup=false}.
 * </p>
 */
public final class StorageWarmUp {

	/** Cases in the synthetic casebook read in memory. */
	static final int CASES = 1000;

	/** How often it is read. */
	static final int ROUNDS = 2;

	/** Delay after the service starts, so the warm-up does not compete with opening the window. */
	static final long DELAY_MILLIS = 3000;

	private static final AtomicBoolean STARTED = new AtomicBoolean();

	private static final Path VIRTUAL_FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "casustafel-warm-up"); //$NON-NLS-1$

	private StorageWarmUp() {
		// static access only
	}

	/**
	 * Starts the warm-up thread unless it ran already or is switched off.
	 */
	public static void startInBackground() {
		if (!Boolean.parseBoolean(System.getProperty("casustafel.storage.warmup", "true")) //$NON-NLS-1$ //$NON-NLS-2$
				|| !STARTED.compareAndSet(false, true)) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				Thread.sleep(DELAY_MILLIS);
				run(CASES, ROUNDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (IOException | RuntimeException | LinkageError e) {
				// best effort: without warm-up, the first casebook is only read more slowly
			}
		}, "Casustafel storage warm-up"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/**
	 * Writes a synthetic casebook into memory and reads it back the given number of times.
	 *
	 * @param caseCount the number of cases of the synthetic casebook
	 * @param rounds    how often to read it
	 * @return the number of cases read in the last round
	 * @throws IOException never in practice (all streams are in memory)
	 */
	static int run(int caseCount, int rounds) throws IOException {
		Casebook book = new SyntheticCasebookGenerator(1).generate(caseCount);
		LoadedCasebook created = CasebookLoader.create(VIRTUAL_FOLDER, book, StorageSettings.defaults());
		Map<URI, byte[]> files = new LinkedHashMap<>();
		files.put(created.rootResource().getURI(), write(created.rootResource()));
		for (Resource resource : created.resourceSet().getResources()) {
			if (resource != created.rootResource()) {
				files.put(resource.getURI(), write(resource));
			}
		}
		int cases = 0;
		for (int round = 0; round < rounds; round++) {
			ResourceSet resourceSet = CasebookResourceSets.create();
			for (Map.Entry<URI, byte[]> file : files.entrySet()) {
				CasebookResource resource = CasebookResourceSets.createResource(resourceSet, file.getKey());
				resource.setTrackingModification(true);
				resource.load(new ByteArrayInputStream(file.getValue()), CasebookResourceSets.loadOptions());
			}
			Casebook root = (Casebook) resourceSet.getResources().get(0).getContents().get(0);
			for (EReference feature : StorageLayout.splitFeatures()) {
				EList<?> list = (EList<?>) root.eGet(feature);
				for (int i = 0; i < list.size(); i++) {
					list.get(i);
				}
			}
			cases = root.getCases().size();
		}
		return cases;
	}

	private static byte[] write(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, CasebookResourceSets.saveOptions());
		return out.toByteArray();
	}
}
