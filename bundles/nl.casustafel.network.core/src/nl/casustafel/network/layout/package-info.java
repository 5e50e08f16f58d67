/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Deterministic automatic layout with ELK (layered for routes, force for cooperation networks), pinned nodes, and the geometry shared by the view and the SVG export.
 * <p>
 * API for partner plug-ins; no UI toolkit.
 * </p>
 */
package nl.casustafel.network.layout;
