/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import java.time.Instant;
import java.util.Objects;

/**
 * Who holds the lock of a casebook opened for editing, as recorded in its lock file.
 *
 * @param user  the operating-system user name, never {@code null} (may be {@code "?"} when unknown)
 * @param host  the host name of the machine, never {@code null} (may be {@code "?"} when unknown)
 * @param pid   the process id of the Casustafel holding the lock, or {@code -1} when unknown
 * @param since when the lock was taken, or {@code null} when unknown
 */
public record LockHolder(String user, String host, long pid, Instant since) {

	/**
	 * Creates a lock holder, replacing missing names by {@code "?"}.
	 */
	public LockHolder {
		user = Objects.requireNonNullElse(user, "?"); //$NON-NLS-1$
		host = Objects.requireNonNullElse(host, "?"); //$NON-NLS-1$
	}
}
