/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Validation of casebooks: the EMF {@link nl.casustafel.core.validation.CasebookValidator} with the
 * constraints for what users must fill in, and {@link nl.casustafel.core.validation.CasebookValidation}
 * to install it and validate.
 * <p>
 * Each diagnostic carries the object and the feature to fix in its data, so views can mark the
 * field. Messages are in Dutch with an English fallback. This package is API; it has no UI
 * dependency.
 * </p>
 */
package nl.casustafel.core.validation;
