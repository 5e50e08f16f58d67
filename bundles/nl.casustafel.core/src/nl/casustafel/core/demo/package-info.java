/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Demo and synthetic casebooks.
 * <p>
 * {@link nl.casustafel.core.demo.DemoRegion} builds the fictional region Lindeveld of the domain
 * guide, the casebook the product opens on. {@link nl.casustafel.core.demo.SyntheticCasebookGenerator}
 * builds seeded, reproducible casebooks of any size for tests and benchmarks.
 * {@link nl.casustafel.core.demo.DefaultVocabulary} lists the vocabulary keys both write. Everybody in
 * these casebooks is fictional.
 * </p>
 * <p>
 * This package is API; it has no UI dependency. The headless application
 * {@code nl.casustafel.core.generate} writes such a casebook to a folder.
 * </p>
 */
package nl.casustafel.core.demo;
