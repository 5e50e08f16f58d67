/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.demo.SyntheticCasebookGenerator;
import nl.casustafel.model.Casebook;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * The navigator lists and filters ten thousand cases. The measured times are printed for
 * information; the performance targets are recorded by releng/scripts/benchmark.sh, not asserted
 * here.
 */
class NavigatorScaleTest {

	private static final int CASES = 10_000;

	@TempDir
	Path temp;

	private DemoCasebook casebook;

	@AfterEach
	void close() {
		if (casebook != null) {
			casebook.close();
		}
	}

	private static int countAfterClearingSearch(NavigatorPage navigator) {
		navigator.search(""); //$NON-NLS-1$
		return navigator.table().getItemCount();
	}

	@Test
	void listsAndFiltersTenThousandCases() throws Exception {
		NavigatorPage navigator = NavigatorPage.show().clearFilters();
		Casebook big = new SyntheticCasebookGenerator(42).generate(CASES);

		long start = System.nanoTime();
		casebook = DemoCasebook.create(temp, big);
		long createdAndListed = System.nanoTime();
		assertEquals(CASES, navigator.table().getItemCount());
		long listStart = System.nanoTime();
		navigator.view().sessionChanged(casebook.session());
		Workbench.processEvents();
		long listMillis = (System.nanoTime() - listStart) / 1_000_000;

		long searchStart = System.nanoTime();
		navigator.search("1234");
		long searchMillis = (System.nanoTime() - searchStart) / 1_000_000;
		int found = navigator.table().getItemCount();

		System.out.printf("Navigator, %d cases: create casebook + list %d ms; list again %d ms; search %d ms (%d hits)%n",
				Integer.valueOf(CASES), Long.valueOf((createdAndListed - start) / 1_000_000), Long.valueOf(listMillis),
				Long.valueOf(searchMillis), Integer.valueOf(found));
		assertTrue(found > 0 && found < CASES, "the search narrows the list");
		assertEquals(CASES, countAfterClearingSearch(navigator), "clearing the search lists every case again");
	}
}
