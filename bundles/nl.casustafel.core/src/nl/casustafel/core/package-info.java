/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Core session API of Casustafel: open, create, edit, save and close a casebook.
 * <p>
 * A casebook is a folder on disk (see {@link nl.casustafel.core.CasebookService}). The workbench
 * obtains the {@link nl.casustafel.core.CasebookService} as an OSGi service, opens a
 * {@link nl.casustafel.core.CasebookSession} on a folder and makes it the active session. Every
 * change to the model goes through EMF commands on the session's editing domain, so undo/redo and
 * the dirty state work everywhere; {@link nl.casustafel.core.CasebookSession#save()} writes only the
 * files that changed, atomically.
 * </p>
 * <p>
 * Problems found while opening (a damaged, cut-off, foreign or newer-version file) are reported as
 * {@link nl.casustafel.core.CasebookProblem}s; such a file is never overwritten. Failures that stop
 * an operation are thrown as {@link nl.casustafel.core.CasebookException}. All messages are
 * user-facing and localised (Dutch, English fallback).
 * </p>
 * <p>
 * This package is API for partner plug-ins. No class in it depends on a UI toolkit.
 * </p>
 */
package nl.casustafel.core;
