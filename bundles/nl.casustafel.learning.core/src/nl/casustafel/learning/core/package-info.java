/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Learning sessions (casusleerbijeenkomsten) without UI: the methods contributed as data
 * ({@link nl.casustafel.learning.core.LearningMethods}, checked by
 * {@link nl.casustafel.learning.core.MethodValidator}), where a casebook keeps its sessions and
 * theory ({@link nl.casustafel.learning.core.LearningSessions}), the facilitator's state machine and
 * step timer ({@link nl.casustafel.learning.core.Facilitator}), quick capture with the step's rules
 * enforced ({@link nl.casustafel.learning.core.Capture}), the pseudonymised learning case
 * ({@link nl.casustafel.learning.core.Pseudonymiser}), the minutes as text and PDF
 * ({@link nl.casustafel.learning.core.LearningMinutes}) and learning points across sessions
 * ({@link nl.casustafel.learning.core.LearningPointsAggregation}). This package is API.
 *
 * @since 0.1
 */
package nl.casustafel.learning.core;
