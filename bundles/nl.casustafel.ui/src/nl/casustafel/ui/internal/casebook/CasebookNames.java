/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import java.nio.file.Path;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.Casebook;

/**
 * How a casebook is named to the user: its name, else its folder's name.
 */
public final class CasebookNames {

	private CasebookNames() {
	}

	/**
	 * @param session an open session
	 * @return the casebook's name, or the folder name when it has none
	 */
	public static String of(CasebookSession session) {
		Casebook casebook = session.isClosed() ? null : session.getCasebook();
		String name = casebook == null ? null : casebook.getName();
		if (name != null && !name.isBlank()) {
			return name.strip();
		}
		Path fileName = session.getFolder().getFileName();
		return fileName == null ? session.getFolder().toString() : fileName.toString();
	}
}
