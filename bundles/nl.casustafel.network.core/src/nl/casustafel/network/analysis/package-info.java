/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Answers to the guide's questions: who has the case direction, who knows the person, which life domains and obligatory parties are missing ({@link nl.casustafel.network.analysis.CaseAnalysis}); brokers and isolated partners ({@link nl.casustafel.network.analysis.NetworkAnalysis}).
 * <p>
 * API for partner plug-ins; no UI toolkit.
 * </p>
 */
package nl.casustafel.network.analysis;
