/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * What partner plugins implement to change the behaviour of learning sessions: the
 * {@link nl.casustafel.learning.core.spi.MinutesExporter} (an OSGi service with a ranking; the
 * highest applicable one wins). Learning methods themselves come in as data through the extension
 * point {@code nl.casustafel.learning.methods}.
 *
 * @since 0.1
 */
package nl.casustafel.learning.core.spi;
