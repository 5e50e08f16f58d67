/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Network graphs of a casebook (GUIDE.md 7): {@link nl.casustafel.network.NetworkBuilder} builds the regional network and the network of one case, {@link nl.casustafel.network.NetworkFilter} narrows them (relation types, logics, a day, a neighbourhood) and {@link nl.casustafel.network.NetworkSearch} finds nodes.
 * <p>
 * API for partner plug-ins; no UI toolkit.
 * </p>
 */
package nl.casustafel.network;
