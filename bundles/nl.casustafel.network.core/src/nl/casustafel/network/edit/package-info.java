/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The EMF commands of the network view (relations, pinned node positions) and readable ids for what it creates. Every change goes through the session's editing domain, so it can be undone.
 * <p>
 * API for partner plug-ins; no UI toolkit.
 * </p>
 */
package nl.casustafel.network.edit;
