/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Vocabularies: the named lists of terms that text features of the casebook model take their values
 * from (case phases, roles, event kinds, organisation types, entry routes, gap types). The model
 * stores a term's stable key, users see its label. Casustafel's own terms are built in; plug-ins add
 * terms through the extension point {@value nl.casustafel.core.vocabulary.Vocabularies#EXTENSION_POINT_ID}.
 * <p>
 * Start at {@link nl.casustafel.core.vocabulary.Vocabularies}. This package is API for partner
 * plug-ins; nothing in it depends on a UI toolkit.
 * </p>
 */
package nl.casustafel.core.vocabulary;
