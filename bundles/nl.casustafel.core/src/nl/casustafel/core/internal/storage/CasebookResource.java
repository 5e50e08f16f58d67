/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import nl.casustafel.model.Identifiable;

/**
 * One file of a casebook. URI fragments are the objects' ids (intrinsic ID map for fast lookup);
 * every {@link Identifiable} attached without an id gets a fresh UUID-based one; a file that could
 * not be read is marked {@link #isBroken() broken}: it is empty in memory and never saved.
 */
public final class CasebookResource extends XMIResourceImpl {

	private boolean broken;

	/**
	 * @param uri the file URI
	 */
	public CasebookResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new CasebookXMIHelper(this);
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}

	@Override
	protected boolean useIDAttributes() {
		return true;
	}

	@Override
	protected void attachedHelper(EObject eObject) {
		if (!isLoading() && eObject instanceof Identifiable identifiable && identifiable.getId() == null) {
			identifiable.setId(newId());
		}
		super.attachedHelper(eObject);
	}

	/**
	 * @return a fresh id: a UUID in EMF's compact form (23 characters, a valid XML ID)
	 */
	public static String newId() {
		return EcoreUtil.generateUUID();
	}

	/**
	 * Marks this resource as a file that could not be read: drops whatever was partially read,
	 * marks it loaded (so proxies into it are not read again) and unmodified. It is never saved.
	 */
	public void markBroken() {
		broken = true;
		boolean delivering = eDeliver();
		eSetDeliver(false);
		try {
			getContents().clear();
			if (!isLoaded()) {
				setLoaded(true);
			}
			getErrors().clear();
			getWarnings().clear();
		} finally {
			eSetDeliver(delivering);
		}
		setModified(false);
	}

	/**
	 * Marks a resource newly created in memory as loaded, so that it is never read from disk.
	 */
	public void markNew() {
		if (!isLoaded()) {
			setLoaded(true);
		}
	}

	/**
	 * @return whether the file could not be read when the casebook was opened
	 */
	public boolean isBroken() {
		return broken;
	}
}
