/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.spi;

import java.io.IOException;
import java.io.OutputStream;

import nl.casustafel.learning.model.LearningSession;

/**
 * Writes the minutes of a learning session to a file. Register an implementation as an OSGi
 * service with a {@code service.ranking} above 0 to replace Casustafel's PDF exporter (ranking 0)
 * for the sessions it {@link #appliesTo(LearningSession) applies to}: the applicable exporter of
 * highest ranking is used (see {@code nl.casustafel.core.RankedServices}). The content to write is
 * available ready-made from {@link nl.casustafel.learning.core.LearningMinutes#build(LearningSession)}.
 *
 * @since 0.1
 */
public interface MinutesExporter {

	/**
	 * @return the file name extension without dot, for example {@code pdf}
	 */
	String fileExtension();

	/**
	 * @return the name of the format for the user, in the user's language (for example "PDF")
	 */
	String label();

	/**
	 * @param session a session
	 * @return whether this exporter handles the session (for example only sessions of one method);
	 *         {@code true} by default
	 */
	default boolean appliesTo(LearningSession session) {
		return true;
	}

	/**
	 * Writes the minutes.
	 *
	 * @param session the session
	 * @param out     where to write; the caller closes it
	 * @throws IOException when writing fails
	 */
	void export(LearningSession session, OutputStream out) throws IOException;
}
