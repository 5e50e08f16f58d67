/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The visual language of the network: {@link nl.casustafel.network.style.EdgeTypes}, the one registry of edge types (meaning and style; partners can register their own), and {@link nl.casustafel.network.style.NodeStyles}, shapes and colours by logic.
 * <p>
 * API for partner plug-ins; no UI toolkit.
 * </p>
 */
package nl.casustafel.network.style;
