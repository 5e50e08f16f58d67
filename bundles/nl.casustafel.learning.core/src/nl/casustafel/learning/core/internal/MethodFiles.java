/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.learning.model.LearningMethod;
import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.model.CasebookPackage;

/**
 * Reads learning-method data files (XMI, root {@code lrn:LearningMethod}) with their own resource
 * set: nothing is resolved over the network and nothing but the learning and casebook packages is
 * known.
 */
public final class MethodFiles {

	private MethodFiles() {
		// static access only
	}

	/**
	 * @param in     the document
	 * @param origin the origin to record in the method
	 * @return the method, detached from its resource
	 * @throws IOException when the document is not a readable learning method
	 */
	public static LearningMethod read(InputStream in, String origin) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(LearningPackage.eNS_URI, LearningPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(CasebookPackage.eNS_URI, CasebookPackage.eINSTANCE);
		Resource resource = resourceSet.createResource(URI.createURI("method.xmi")); //$NON-NLS-1$
		try {
			resource.load(in, Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE));
		} catch (IOException | RuntimeException e) {
			throw new IOException(NLS.bind(Messages.file_unreadable, rootMessage(e)), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new IOException(NLS.bind(Messages.file_unreadable, resource.getErrors().get(0).getMessage()));
		}
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(contents.get(0) instanceof LearningMethod method)) {
			throw new IOException(Messages.file_notAMethod);
		}
		resource.getContents().clear();
		method.setOrigin(origin);
		return method;
	}

	private static String rootMessage(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
	}
}
