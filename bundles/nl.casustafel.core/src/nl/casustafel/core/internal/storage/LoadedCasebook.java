/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.casustafel.core.CasebookProblem;
import nl.casustafel.model.Casebook;

/**
 * A casebook in memory: its resource set, root, shards and the problems found reading it.
 *
 * @param folder       the casebook folder
 * @param resourceSet  the resource set holding all its files
 * @param rootResource the root file's resource
 * @param casebook     the root object
 * @param allocator    the shard allocator installed on the root
 * @param problems     the problems found while reading (unmodifiable)
 */
public record LoadedCasebook(Path folder, ResourceSet resourceSet, CasebookResource rootResource, Casebook casebook,
		ShardAllocator allocator, List<CasebookProblem> problems) {

	/**
	 * @return the resources to write: modified, not broken; shards (by path) first, the root last
	 */
	public List<CasebookResource> resourcesToSave() {
		List<CasebookResource> result = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (resource instanceof CasebookResource casebookResource && resource != rootResource
					&& casebookResource.isModified() && !casebookResource.isBroken()) {
				result.add(casebookResource);
			}
		}
		result.sort(Comparator.comparing(resource -> resource.getURI().toString()));
		if (rootResource.isModified()) {
			result.add(rootResource);
		}
		return result;
	}

	/**
	 * Detaches the model from everything that observes it (item providers, modification tracking),
	 * so that a replaced casebook can be garbage-collected even while adapter factories live on.
	 */
	public void dispose() {
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(resource, false); it.hasNext();) {
				EObject object = it.next();
				object.eAdapters().clear();
			}
			resource.eAdapters().clear();
		}
		casebook.eAdapters().clear();
		resourceSet.eAdapters().clear();
	}
}
