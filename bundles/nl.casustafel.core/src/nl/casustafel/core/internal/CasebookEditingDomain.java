/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import nl.casustafel.core.internal.storage.CasebookResource;

/**
 * The editing domain of a session. Read-only sessions, and files that could not be read, are
 * read-only: commands on their objects are not executable. The resource set is replaced when the
 * session is reverted (the command stack and adapter factory stay).
 */
public final class CasebookEditingDomain extends AdapterFactoryEditingDomain {

	private final boolean readOnly;

	/**
	 * @param adapterFactory the adapter factory
	 * @param commandStack   the command stack
	 * @param resourceSet    the casebook's resource set
	 * @param readOnly       whether the whole session is read-only
	 */
	public CasebookEditingDomain(AdapterFactory adapterFactory, CommandStack commandStack, ResourceSet resourceSet,
			boolean readOnly) {
		super(adapterFactory, commandStack, resourceSet);
		this.readOnly = readOnly;
		register(resourceSet);
	}

	@Override
	public boolean isReadOnly(Resource resource) {
		return readOnly || resource instanceof CasebookResource casebookResource && casebookResource.isBroken();
	}

	/**
	 * @return whether the whole session is read-only
	 */
	public boolean isSessionReadOnly() {
		return readOnly;
	}

	/**
	 * Replaces the resource set (after a revert). The caller flushes the command stack.
	 *
	 * @param newResourceSet the new resource set
	 */
	void replaceResourceSet(ResourceSet newResourceSet) {
		resourceSet.eAdapters().removeIf(adapter -> adapter instanceof EditingDomainProvider);
		resourceSet = newResourceSet;
		register(newResourceSet);
	}

	/** Lets {@link AdapterFactoryEditingDomain#getEditingDomainFor(Object)} find this domain. */
	private void register(ResourceSet set) {
		if (set.eAdapters().stream().noneMatch(adapter -> adapter instanceof EditingDomainProvider)) {
			set.eAdapters().add(new EditingDomainProvider(this));
		}
	}
}
