/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookProblem;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookSessionListener;
import nl.casustafel.core.internal.storage.CasebookLoader;
import nl.casustafel.core.internal.storage.CasebookLock;
import nl.casustafel.core.internal.storage.CasebookSaver;
import nl.casustafel.core.internal.storage.LoadedCasebook;
import nl.casustafel.core.internal.storage.StorageSettings;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.provider.CasebookItemProviderAdapterFactory;

/**
 * A casebook session: the loaded casebook, its editing domain and lock.
 * <p>
 * Dirty means: the command stack has commands since the last save
 * ({@link BasicCommandStack#isSaveNeeded()}), as in every EMF editor; undoing back to the save
 * point makes the session clean again.
 * </p>
 */
public final class CasebookSessionImpl implements CasebookSession {

	private final CasebookServiceImpl service;

	private final Path folder;

	private final boolean readOnly;

	private final CasebookLock lock;

	private final StorageSettings settings;

	private final ComposedAdapterFactory adapterFactory;

	private final BasicCommandStack commandStack;

	private final CasebookEditingDomain editingDomain;

	private final List<CasebookSessionListener> listeners = new CopyOnWriteArrayList<>();

	private LoadedCasebook state;

	private boolean lastDirty;

	private boolean closed;

	CasebookSessionImpl(CasebookServiceImpl service, LoadedCasebook state, boolean readOnly, CasebookLock lock,
			StorageSettings settings) {
		this.service = service;
		this.folder = state.folder();
		this.state = state;
		this.readOnly = readOnly;
		this.lock = lock;
		this.settings = settings;
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new CasebookItemProviderAdapterFactory());
		// The item providers of the other packages in the casebook (capability and partner models in
		// Casebook.contributions), registered through org.eclipse.emf.edit.itemProviderAdapterFactories.
		// Nested, so that it is asked before the reflective fallback, which accepts every object.
		adapterFactory.addAdapterFactory(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		commandStack = new BasicCommandStack();
		editingDomain = new CasebookEditingDomain(adapterFactory, commandStack, state.resourceSet(), readOnly);
		commandStack.addCommandStackListener(event -> updateDirtyState());
	}

	@Override
	public Path getFolder() {
		return folder;
	}

	@Override
	public Casebook getCasebook() {
		return state.casebook();
	}

	@Override
	public AdapterFactoryEditingDomain getEditingDomain() {
		return editingDomain;
	}

	@Override
	public ComposedAdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	@Override
	public boolean isReadOnly() {
		return readOnly;
	}

	@Override
	public List<CasebookProblem> problems() {
		return state.problems();
	}

	@Override
	public boolean isDirty() {
		return !closed && commandStack.isSaveNeeded();
	}

	/**
	 * @return the casebook as stored (resources, shards); for tests and tools in this bundle
	 */
	public LoadedCasebook state() {
		return state;
	}

	@Override
	public void save() throws CasebookException {
		checkOpen();
		if (readOnly) {
			throw new CasebookException(CasebookException.Kind.READ_ONLY,
					NLS.bind(Messages.exception_readOnlySession, folder), folder, null);
		}
		try {
			CasebookSaver.save(state, settings);
		} finally {
			updateDirtyState();
		}
		commandStack.saveIsDone();
		fire(listener -> listener.saved(this));
		updateDirtyState();
	}

	/**
	 * Writes the casebook for the first time (all files), without firing events; used by create.
	 *
	 * @throws CasebookException when writing fails
	 */
	void initialSave() throws CasebookException {
		CasebookSaver.save(state, settings);
		commandStack.saveIsDone();
		lastDirty = false;
	}

	@Override
	public void revert() throws CasebookException {
		checkOpen();
		LoadedCasebook fresh = CasebookLoader.load(folder, settings);
		LoadedCasebook old = state;
		state = fresh;
		editingDomain.replaceResourceSet(fresh.resourceSet());
		commandStack.flush();
		fire(listener -> listener.reloaded(this));
		old.dispose();
		updateDirtyState();
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (lock != null) {
			lock.release();
		}
		try {
			fire(listener -> listener.closed(this));
			service.sessionClosed(this);
		} finally {
			adapterFactory.dispose();
			listeners.clear();
		}
	}

	@Override
	public boolean isClosed() {
		return closed;
	}

	@Override
	public void addSessionListener(CasebookSessionListener listener) {
		if (!listeners.contains(listener)) {
			listeners.add(listener);
		}
	}

	@Override
	public void removeSessionListener(CasebookSessionListener listener) {
		listeners.remove(listener);
	}

	@Override
	public String toString() {
		return "CasebookSession[" + folder + (readOnly ? ", read-only" : "") + (closed ? ", closed" : "") + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private void updateDirtyState() {
		boolean dirty = isDirty();
		if (dirty != lastDirty) {
			lastDirty = dirty;
			fire(listener -> listener.dirtyStateChanged(this, dirty));
		}
	}

	private void fire(Consumer<CasebookSessionListener> event) {
		for (CasebookSessionListener listener : listeners) {
			try {
				event.accept(listener);
			} catch (RuntimeException e) {
				service.log(e);
			}
		}
	}

	private void checkOpen() throws CasebookException {
		if (closed) {
			throw new CasebookException(CasebookException.Kind.CLOSED, NLS.bind(Messages.exception_closed, folder),
					folder, null);
		}
	}
}
