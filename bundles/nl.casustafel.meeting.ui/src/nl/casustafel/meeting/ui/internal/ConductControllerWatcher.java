/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tells open chair consoles when a meeting starts running. */
final class ConductControllerWatcher {

	private static final List<ChairConsoleView> CONSOLES = new CopyOnWriteArrayList<>();

	private ConductControllerWatcher() {
	}

	static void add(ChairConsoleView console) {
		CONSOLES.add(console);
	}

	static void remove(ChairConsoleView console) {
		CONSOLES.remove(console);
	}

	static void started(ConductController controller) {
		for (ChairConsoleView console : CONSOLES) {
			console.attach(controller);
		}
	}
}
