/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Import and export: GraphML (Gephi, yEd) and CSV (spreadsheets) with all-or-nothing import and a report of every bad row; SVG pictures of a laid-out network.
 * <p>
 * API for partner plug-ins; no UI toolkit.
 * </p>
 */
package nl.casustafel.network.io;
