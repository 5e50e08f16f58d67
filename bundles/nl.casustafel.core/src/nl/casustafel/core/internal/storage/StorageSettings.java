/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import java.util.Objects;

/**
 * Tunables of the casebook storage.
 *
 * @param shardCapacity the maximum number of objects one shard file receives (existing files are
 *                      never split or rebalanced)
 * @param loadThreads   the number of threads that read shard files while opening
 * @param fileSink      how temporary files are written (a test seam)
 */
public record StorageSettings(int shardCapacity, int loadThreads, FileSink fileSink) {

	/** Objects per shard file: small enough that one edit rewrites little, large enough for few files. */
	public static final int DEFAULT_SHARD_CAPACITY = 200;

	/**
	 * Creates settings.
	 */
	public StorageSettings {
		if (shardCapacity < 1) {
			throw new IllegalArgumentException("shardCapacity < 1"); //$NON-NLS-1$
		}
		if (loadThreads < 1) {
			throw new IllegalArgumentException("loadThreads < 1"); //$NON-NLS-1$
		}
		Objects.requireNonNull(fileSink, "fileSink"); //$NON-NLS-1$
	}

	/**
	 * @return the settings of the product: {@value #DEFAULT_SHARD_CAPACITY} objects per shard, up to
	 *         two reading threads, the real file system
	 */
	public static StorageSettings defaults() {
		return new StorageSettings(DEFAULT_SHARD_CAPACITY,
				Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), FileSink.DEFAULT);
	}

	/**
	 * @param capacity the shard capacity
	 * @return a copy with another shard capacity
	 */
	public StorageSettings withShardCapacity(int capacity) {
		return new StorageSettings(capacity, loadThreads, fileSink);
	}

	/**
	 * @param threads the number of reading threads
	 * @return a copy with another number of reading threads
	 */
	public StorageSettings withLoadThreads(int threads) {
		return new StorageSettings(shardCapacity, threads, fileSink);
	}

	/**
	 * @param sink the file sink
	 * @return a copy with another file sink
	 */
	public StorageSettings withFileSink(FileSink sink) {
		return new StorageSettings(shardCapacity, loadThreads, sink);
	}
}
