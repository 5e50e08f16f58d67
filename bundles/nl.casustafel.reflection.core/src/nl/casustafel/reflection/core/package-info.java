/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Reflection questions without UI: the {@link nl.casustafel.reflection.core.QuestionSetRegistry}
 * (built-in, contributed and imported question sets), reading, validating and writing question-set
 * files ({@link nl.casustafel.reflection.core.QuestionSets}), the reflections written about a case,
 * agenda item, meeting, learning session or journal and the EMF commands that change them
 * ({@link nl.casustafel.reflection.core.Reflections}), what can be reflected on
 * ({@link nl.casustafel.reflection.core.ReflectionTargets}) and the coverage check of
 * case-management functions ({@link nl.casustafel.reflection.core.CoverageCheck}).
 * <p>
 * API for partners. Question sets are contributed as data files through the extension point
 * {@code nl.casustafel.reflection.questionSets}; see the bundle's README.
 * </p>
 */
package nl.casustafel.reflection.core;
