/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The warm-up reads a whole synthetic casebook, in memory only.
 */
class StorageWarmUpTest {

	@Test
	void readsASyntheticCasebookWithoutTouchingTheDisk() throws Exception {
		Path folder = Path.of(System.getProperty("java.io.tmpdir"), "casustafel-warm-up");

		assertEquals(StorageWarmUp.CASES, StorageWarmUp.run(StorageWarmUp.CASES, 1));

		assertFalse(Files.exists(folder), "no file is written");
	}
}
