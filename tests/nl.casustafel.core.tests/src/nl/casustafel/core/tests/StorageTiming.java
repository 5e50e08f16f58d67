/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.SyntheticCasebookGenerator;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage.Literals;

/**
 * Prints open-and-list and one-edit save times of synthetic casebooks (the product's generator)
 * with the product's storage settings. Not a timed test (timings on shared machines vary): it runs only when asked, e.g.
 * {@code ./mvnw -o verify -pl features/nl.casustafel.feature,tests/nl.casustafel.core.tests -am
 * -Dtest=StorageTiming -Dtests.argLine="-Xmx1g -Dcasustafel.storage.timing=true"}.
 */
@EnabledIfSystemProperty(named = "casustafel.storage.timing", matches = "true")
class StorageTiming {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(ints = { 1000, 10_000 })
	void printTimings(int cases) throws Exception {
		CasebookService service = CasebookServices.newService();
		Path folder = temp.resolve("book" + cases);
		long start = System.nanoTime();
		service.create(folder, new SyntheticCasebookGenerator(42).generate(cases)).close();
		long created = System.nanoTime();
		for (int run = 1; run <= 3; run++) {
			long t0 = System.nanoTime();
			try (CasebookSession session = service.open(folder, OpenMode.READ_WRITE)) {
				List<Case> listed = CasebookLists.resolved(session.getCasebook().getCases());
				long t1 = System.nanoTime();
				assertEquals(cases, listed.size());
				Case edited = listed.get(cases / 2);
				session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(),
						edited, Literals.CASE__QUESTION, "Gewijzigd " + run));
				long t2 = System.nanoTime();
				session.save();
				long t3 = System.nanoTime();
				System.gc();
				long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
				System.out.printf(Locale.ROOT, "storage timing: %,d cases, run %d: open and list %,d ms, "
						+ "one-edit save %,d ms, heap after open %,d MB%s%n", cases, run, (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000,
						heap >> 20, run == 1 ? String.format(Locale.ROOT, ", (create %,d ms)", (created - start) / 1_000_000) : "");
			}
		}
	}
}
