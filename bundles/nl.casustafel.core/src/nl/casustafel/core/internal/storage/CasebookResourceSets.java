/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryRegistryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import nl.casustafel.model.CasebookPackage;

/**
 * The resource set and the XMI options of a casebook, tuned for loading large casebooks fast.
 */
public final class CasebookResourceSets {

	/** One parser pool for all loads (it is thread-safe). */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	private static final Resource.Factory FACTORY = CasebookResource::new;

	private static volatile boolean warmedUp;

	private CasebookResourceSets() {
		// static access only
	}

	/**
	 * Creates a resource set for one casebook: a URI-to-resource map for fast proxy resolution, a
	 * resource factory for {@code .xmi} only (nothing is ever fetched from the network: an unknown
	 * namespace is not looked up as a URL), file access only, the casebook package and its registered
	 * migrations.
	 *
	 * @return a new resource set
	 */
	public static ResourceSet create() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.setURIResourceMap(new HashMap<>());
		ResourceFactoryRegistryImpl factories = new ResourceFactoryRegistryImpl();
		factories.getExtensionToFactoryMap().put(StorageLayout.EXTENSION, FACTORY);
		resourceSet.setResourceFactoryRegistry(factories);
		resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.of(new FileURIHandlerImpl()), List.of()));
		resourceSet.getPackageRegistry().put(CasebookPackage.eNS_URI, CasebookPackage.eINSTANCE);
		resourceSet.getPackageRegistry().putAll(ModelVersions.migrations());
		return resourceSet;
	}

	/**
	 * Creates the resource of a file in a casebook resource set.
	 *
	 * @param resourceSet a set from {@link #create()}
	 * @param uri         the file URI
	 * @return the new resource
	 */
	public static CasebookResource createResource(ResourceSet resourceSet, URI uri) {
		return (CasebookResource) resourceSet.createResource(uri);
	}

	/**
	 * The load options: deferred IDREF resolution and attachment, the shared parser pool, a
	 * per-thread XML-name-to-feature cache, no deprecated methods.
	 *
	 * @return new options for one load (use in one thread)
	 */
	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NameMaps.forCurrentThread());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
		return options;
	}

	/**
	 * The save options: UTF-8, formatted (one element per line, readable and diff-friendly), cached
	 * configuration, references to objects that are in no file are left out instead of failing the
	 * save.
	 *
	 * @return new options for one save (use in one thread)
	 */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_DISCARD);
		return options;
	}

	/**
	 * Computes the lazily built metadata of the model's classes once, in the calling thread, so that
	 * loads in several threads only read it.
	 *
	 * @param packages the packages whose classes are read (the casebook package is always included)
	 */
	public static void warmUp(Iterable<EPackage> packages) {
		if (!warmedUp) {
			warmUp(CasebookPackage.eINSTANCE);
			warmedUp = true;
		}
		for (EPackage ePackage : packages) {
			if (ePackage != CasebookPackage.eINSTANCE) {
				warmUp(ePackage);
			}
		}
	}

	private static void warmUp(EPackage ePackage) {
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			ePackage.getEClassifier(classifier.getName());
			if (classifier instanceof EClass eClass) {
				eClass.getEAllStructuralFeatures();
				eClass.getEAllContainments();
				eClass.getEAllReferences();
				eClass.getEAllAttributes();
				eClass.getEAllSuperTypes();
				eClass.getEIDAttribute();
				eClass.getFeatureCount();
				for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
					eClass.getEStructuralFeature(feature.getName());
					eClass.getFeatureID(feature);
					if (feature instanceof org.eclipse.emf.ecore.EReference reference) {
						reference.getEOpposite();
						reference.isContainer();
					}
				}
			}
		}
	}

	/** Per-thread caches for {@link XMLResource#OPTION_USE_XML_NAME_TO_FEATURE_MAP} (not thread-safe). */
	private static final class NameMaps {

		private static final ThreadLocal<Map<Object, Object>> MAPS = ThreadLocal.withInitial(HashMap::new);

		static Map<Object, Object> forCurrentThread() {
			return MAPS.get();
		}
	}
}
