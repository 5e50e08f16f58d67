/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;

/**
 * Casebooks on disk for the tests, and a look at what is stored, through a service of its own
 * (as another Casustafel, or the next start, would read it).
 */
final class Casebooks {

	/** The name of the demo casebook. */
	static final String DEMO_NAME = "Regio Lindeveld (demo)";

	private Casebooks() {
	}

	/** Writes the Lindeveld demo casebook into a new folder. */
	static Path writeDemo(Path folder) throws CasebookException {
		try (CasebookSession session = CasebookServices.newService().create(folder, DemoRegion.create())) {
			return session.getFolder();
		}
	}

	/**
	 * @return the value of a program argument of the running application, or {@code null}
	 */
	static String argument(String name) {
		String[] args = Platform.getApplicationArgs();
		for (int i = 0; i < args.length - 1; i++) {
			if (name.equals(args[i])) {
				return args[i + 1];
			}
		}
		return null;
	}

	/** @return the case with that number in a casebook */
	static Case caseNumbered(Casebook casebook, String caseNumber) {
		for (Case aCase : CasebookLists.resolved(casebook.getCases())) {
			if (caseNumber.equals(aCase.getCaseNumber())) {
				return aCase;
			}
		}
		throw new AssertionError("No case " + caseNumber);
	}

	/** @return the question of a case as stored on disk (read by a fresh, read-only session) */
	static String storedQuestion(Path folder, String caseNumber) throws CasebookException {
		CasebookService fresh = CasebookServices.newService();
		try (CasebookSession session = fresh.open(folder, OpenMode.READ_ONLY)) {
			return caseNumbered(session.getCasebook(), caseNumber).getQuestion();
		}
	}
}
