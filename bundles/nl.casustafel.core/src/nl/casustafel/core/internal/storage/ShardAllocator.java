/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import nl.casustafel.model.Casebook;

/**
 * Places the objects of the casebook's split lists in shard files, as they are added.
 * <p>
 * Installed as an adapter on the {@link Casebook} root. The rule, deterministic and independent of
 * timing: an object added to a split list goes into the <em>first</em> shard of that list (lowest
 * number) that was read without problems and holds fewer than {@link StorageSettings#shardCapacity()}
 * objects; when there is none, into a new shard numbered one above the highest number in use or
 * present on disk (so a file that could not be read, or a stray file, is never overwritten). An
 * object removed from a split list leaves its shard, so undo and redo move it out and back in.
 * Objects are never moved between existing shards, so references to them stay stable.
 * </p>
 */
public final class ShardAllocator extends AdapterImpl {

	private final Path folder;

	private final ResourceSet resourceSet;

	private final int capacity;

	private final Map<EReference, NavigableMap<Integer, CasebookResource>> shards = new HashMap<>();

	private final Map<EReference, Integer> highestIndexOnDisk = new HashMap<>();

	private final Map<Resource, EReference> featureOfShard = new HashMap<>();

	/**
	 * @param folder      the casebook folder
	 * @param resourceSet the casebook's resource set
	 * @param capacity    the maximum number of objects per shard
	 */
	public ShardAllocator(Path folder, ResourceSet resourceSet, int capacity) {
		this.folder = folder;
		this.resourceSet = resourceSet;
		this.capacity = capacity;
	}

	/**
	 * Registers an existing shard.
	 *
	 * @param feature  its split feature
	 * @param index    its number
	 * @param resource its resource
	 */
	public void register(EReference feature, int index, CasebookResource resource) {
		shards.computeIfAbsent(feature, f -> new TreeMap<>()).put(index, resource);
		featureOfShard.put(resource, feature);
	}

	/**
	 * Records the highest shard number present on disk for a feature, read or not.
	 *
	 * @param feature a split feature
	 * @param index   a shard number found on disk
	 */
	public void noteIndexOnDisk(EReference feature, int index) {
		highestIndexOnDisk.merge(feature, index, Math::max);
	}

	/**
	 * @param resource a resource
	 * @return whether it is a shard
	 */
	public boolean isShard(Resource resource) {
		return featureOfShard.containsKey(resource);
	}

	/**
	 * @return the shards of a feature by number (read-only view)
	 * @param feature a split feature
	 */
	public NavigableMap<Integer, CasebookResource> shards(EReference feature) {
		return java.util.Collections.unmodifiableNavigableMap(shards.getOrDefault(feature, new TreeMap<>()));
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.isTouch() || !(notification.getFeature() instanceof EReference feature)
				|| !featureIsSplit(feature)) {
			return;
		}
		switch (notification.getEventType()) {
			case Notification.ADD -> place(feature, notification.getNewValue());
			case Notification.ADD_MANY -> {
				for (Object value : (Collection<?>) notification.getNewValue()) {
					place(feature, value);
				}
			}
			case Notification.REMOVE -> release(notification.getOldValue());
			case Notification.REMOVE_MANY -> {
				for (Object value : (Collection<?>) notification.getOldValue()) {
					release(value);
				}
			}
			case Notification.SET -> {
				release(notification.getOldValue());
				place(feature, notification.getNewValue());
			}
			default -> {
				// MOVE and others do not change what is contained
			}
		}
	}

	/**
	 * Places an object of a split list in a shard unless it is already in one of that list.
	 *
	 * @param feature the split feature
	 * @param value   the object
	 */
	public void place(EReference feature, Object value) {
		if (!(value instanceof InternalEObject object) || object.eIsProxy() || object.eInternalContainer() == null
				|| object.eInternalContainer() != getTarget()) {
			return;
		}
		Resource current = object.eDirectResource();
		if (current != null && featureOfShard.get(current) == feature) {
			return;
		}
		shardWithRoom(feature).getContents().add(object);
	}

	private void release(Object value) {
		if (value instanceof InternalEObject object && !object.eIsProxy() && object.eInternalContainer() != getTarget()) {
			Resource current = object.eDirectResource();
			if (current != null && isShard(current)) {
				current.getContents().remove(object);
			}
		}
	}

	private CasebookResource shardWithRoom(EReference feature) {
		NavigableMap<Integer, CasebookResource> byIndex = shards.computeIfAbsent(feature, f -> new TreeMap<>());
		for (CasebookResource shard : byIndex.values()) {
			if (!shard.isBroken() && shard.getContents().size() < capacity) {
				return shard;
			}
		}
		int index = Math.max(byIndex.isEmpty() ? -1 : byIndex.lastKey(), highestIndexOnDisk.getOrDefault(feature, -1))
				+ 1;
		Path file = StorageLayout.shardFolder(folder, feature).resolve(StorageLayout.shardFileName(feature, index));
		CasebookResource shard = CasebookResourceSets.createResource(resourceSet, StorageLayout.uri(file));
		shard.markNew();
		shard.setTrackingModification(true);
		shard.setModified(true);
		register(feature, index, shard);
		return shard;
	}

	private static boolean featureIsSplit(EReference feature) {
		return StorageLayout.isSplit(feature);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ShardAllocator.class;
	}
}
