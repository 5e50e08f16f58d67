/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.ActiveSessionListener;
import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.internal.storage.CasebookLoader;
import nl.casustafel.core.internal.storage.CasebookLock;
import nl.casustafel.core.internal.storage.LoadedCasebook;
import nl.casustafel.core.internal.storage.StorageSettings;
import nl.casustafel.model.Casebook;

/**
 * The {@link CasebookService}: an OSGi Declarative Services component
 * ({@code OSGI-INF/nl.casustafel.core.CasebookService.xml}); outside OSGi, create one with
 * {@link #CasebookServiceImpl()} or {@link nl.casustafel.core.CasebookServices#newService()}.
 */
public final class CasebookServiceImpl implements CasebookService {

	private final StorageSettings settings;

	private final Set<CasebookSessionImpl> sessions = ConcurrentHashMap.newKeySet();

	private final List<ActiveSessionListener> activeListeners = new CopyOnWriteArrayList<>();

	private CasebookSession activeSession;

	/**
	 * Creates a service with the default storage settings (used by Declarative Services).
	 */
	public CasebookServiceImpl() {
		this(StorageSettings.defaults());
	}

	/**
	 * Creates a service with specific storage settings (tests, tools).
	 *
	 * @param settings the storage settings
	 */
	public CasebookServiceImpl(StorageSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
	}

	@Override
	public CasebookSession open(Path folder, OpenMode mode) throws CasebookException {
		Path normalized = folder.toAbsolutePath().normalize();
		boolean readOnly = Objects.requireNonNull(mode, "mode") == OpenMode.READ_ONLY; //$NON-NLS-1$
		if (!Files.isDirectory(normalized) || !Files.exists(normalized.resolve(ROOT_FILE_NAME))) {
			throw new CasebookException(CasebookException.Kind.NOT_A_CASEBOOK,
					NLS.bind(Messages.exception_notACasebook, normalized), normalized, null);
		}
		CasebookLock lock = readOnly ? null : CasebookLock.acquire(normalized);
		try {
			LoadedCasebook state = CasebookLoader.load(normalized, settings);
			CasebookSessionImpl session = new CasebookSessionImpl(this, state, readOnly, lock, settings);
			sessions.add(session);
			return session;
		} catch (CasebookException | RuntimeException | Error e) {
			if (lock != null) {
				lock.release();
			}
			throw e;
		}
	}

	@Override
	public CasebookSession create(Path folder, Casebook initialContent) throws CasebookException {
		Objects.requireNonNull(initialContent, "initialContent"); //$NON-NLS-1$
		Path normalized = folder.toAbsolutePath().normalize();
		try {
			if (Files.exists(normalized)) {
				try (Stream<Path> entries = Files.list(normalized)) {
					if (entries.findAny().isPresent()) {
						throw new CasebookException(CasebookException.Kind.NOT_EMPTY,
								NLS.bind(Messages.exception_notEmpty, normalized), normalized, null);
					}
				}
			} else {
				Files.createDirectories(normalized);
			}
		} catch (IOException e) {
			throw new CasebookException(CasebookException.Kind.IO_ERROR,
					NLS.bind(Messages.exception_ioError, normalized, e.getMessage()), normalized, e);
		}
		CasebookLock lock = CasebookLock.acquire(normalized);
		try {
			LoadedCasebook state = CasebookLoader.create(normalized, initialContent, settings);
			CasebookSessionImpl session = new CasebookSessionImpl(this, state, false, lock, settings);
			session.initialSave();
			sessions.add(session);
			return session;
		} catch (CasebookException | RuntimeException | Error e) {
			lock.release();
			throw e;
		}
	}

	@Override
	public synchronized CasebookSession getActiveSession() {
		return activeSession;
	}

	@Override
	public void setActiveSession(CasebookSession session) {
		if (session != null && (!(session instanceof CasebookSessionImpl impl) || !sessions.contains(impl))) {
			throw new IllegalArgumentException("not an open session of this service: " + session); //$NON-NLS-1$
		}
		changeActive(session);
	}

	@Override
	public void addActiveSessionListener(ActiveSessionListener listener) {
		Objects.requireNonNull(listener, "listener"); //$NON-NLS-1$
		if (!activeListeners.contains(listener)) {
			activeListeners.add(listener);
		}
	}

	@Override
	public void removeActiveSessionListener(ActiveSessionListener listener) {
		activeListeners.remove(listener);
	}

	/**
	 * @return the settings this service stores casebooks with
	 */
	public StorageSettings settings() {
		return settings;
	}

	/**
	 * Closes every session still open (Declarative Services deactivation: the bundle stops).
	 */
	public void deactivate() {
		for (CasebookSessionImpl session : List.copyOf(sessions)) {
			session.close();
		}
	}

	void sessionClosed(CasebookSessionImpl session) {
		sessions.remove(session);
		boolean wasActive;
		synchronized (this) {
			wasActive = activeSession == session;
		}
		if (wasActive) {
			changeActive(null);
		}
	}

	private void changeActive(CasebookSession session) {
		CasebookSession previous;
		synchronized (this) {
			previous = activeSession;
			if (previous == session) {
				return;
			}
			activeSession = session;
		}
		for (ActiveSessionListener listener : activeListeners) {
			try {
				listener.activeSessionChanged(previous, session);
			} catch (RuntimeException e) {
				log(e);
			}
		}
	}

	void log(Throwable throwable) {
		try {
			ILog.of(CasebookServiceImpl.class).error(String.valueOf(throwable.getMessage()), throwable);
		} catch (RuntimeException | LinkageError e) {
			// outside OSGi
			System.getLogger(CasebookServiceImpl.class.getName()).log(System.Logger.Level.ERROR,
					throwable.getMessage(), throwable);
		}
	}
}
