/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core;

import java.util.Objects;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * A problem with what a plug-in contributed to one of Casustafel's extension points (a vocabulary
 * term, a relation type, ...). The registries that read contributions keep a list of these that a
 * view can show, and log each one with the contributing plug-in's id. One broken contribution never
 * affects the others.
 *
 * @param severity       how bad it is
 * @param contributor    the symbolic name of the plug-in that made the contribution
 * @param extensionPoint the id of the extension point, e.g. {@code nl.casustafel.core.vocabularies}
 * @param message        what is wrong and what Casustafel did about it, in the user's language
 * @since 0.1
 */
public record ContributionProblem(Severity severity, String contributor, String extensionPoint, String message) {

	/** How bad a problem is. */
	public enum Severity {
		/** The contribution is used anyway, or ignored in favour of another one (e.g. a duplicate key). */
		WARNING,
		/** The contribution is malformed and left out. */
		ERROR
	}

	/**
	 * Checks that nothing is {@code null}.
	 */
	public ContributionProblem {
		Objects.requireNonNull(severity);
		Objects.requireNonNull(contributor);
		Objects.requireNonNull(extensionPoint);
		Objects.requireNonNull(message);
	}

	/**
	 * @return whether the contribution was left out
	 */
	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/**
	 * @return the problem in one line that names the plug-in first, e.g.
	 *         {@code nl.example.probation: ...}
	 */
	public String describe() {
		return contributor + ": " + message; //$NON-NLS-1$
	}

	/**
	 * @return the problem as a status for the error log, in the name of the contributing plug-in
	 */
	public IStatus toStatus() {
		return new Status(isError() ? IStatus.ERROR : IStatus.WARNING, contributor, describe());
	}

	@Override
	public String toString() {
		return severity + " " + describe(); //$NON-NLS-1$
	}
}
