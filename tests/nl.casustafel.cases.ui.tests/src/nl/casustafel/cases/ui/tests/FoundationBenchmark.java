/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.SyntheticCasebookGenerator;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * Not a test: the foundation benchmark run by {@code releng/scripts/benchmark.sh} (excluded from
 * the normal test run by its name). For each size in {@code -Dcasustafel.benchmark.sizes} (default
 * 1000,10000) it writes a synthetic casebook, then measures in the running workbench:
 * <ul>
 * <li><b>open and list</b>: opening the casebook folder until the cases navigator shows every case
 * (all pending UI events processed);</li>
 * <li><b>one-edit save</b>: saving after one field of one case changed through a command;</li>
 * <li><b>heap</b>: heap in use after a full GC with the casebook open.</li>
 * </ul>
 * Each size is opened cold once (first time in this JVM for that size) and then three more
 * times; the report gives the cold value and the median of the warm ones. Results go to the file
 * named by {@code -Dcasustafel.benchmark}.
 */
class FoundationBenchmark {

	private static final int WARM_RUNS = 3;

	@TempDir
	Path temp;

	@Test
	void openListAndSaveLargeCasebooks() throws Exception {
		String sizes = System.getProperty("casustafel.benchmark.sizes", "1000,10000"); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder report = new StringBuilder();
		NavigatorPage navigator = NavigatorPage.show().clearFilters();
		CasebookService service = DemoCasebook.service();
		for (String size : sizes.split(",")) { //$NON-NLS-1$
			int cases = Integer.parseInt(size.trim());
			Path folder = temp.resolve("cases-" + cases); //$NON-NLS-1$
			service.create(folder, new SyntheticCasebookGenerator(42).generate(cases)).close();

			List<Double> opens = new ArrayList<>();
			List<Double> saves = new ArrayList<>();
			long heap = 0;
			for (int run = 0; run <= WARM_RUNS; run++) {
				long start = System.nanoTime();
				CasebookSession session = service.open(folder, OpenMode.READ_WRITE);
				service.setActiveSession(session);
				Workbench.processEvents();
				double open = (System.nanoTime() - start) / 1e9;
				assertEquals(cases, navigator.table().getItemCount(), "the navigator lists every case");
				opens.add(Double.valueOf(open));

				Case first = CasebookLists.resolved(session.getCasebook().getCases()).get(run);
				Command edit = SetCommand.create(session.getEditingDomain(), first, CasebookPackage.Literals.CASE__QUESTION,
						"Benchmarkvraag " + run); //$NON-NLS-1$
				session.getEditingDomain().getCommandStack().execute(edit);
				start = System.nanoTime();
				session.save();
				saves.add(Double.valueOf((System.nanoTime() - start) / 1e9));

				if (run == 0) {
					heap = heapAfterGc();
				}
				service.setActiveSession(null);
				session.close();
				Workbench.processEvents();
			}
			double coldOpen = opens.remove(0).doubleValue();
			double coldSave = saves.remove(0).doubleValue();
			report.append(String.format(Locale.ROOT,
					"cases=%d openAndList.cold=%.2fs openAndList.warm=%.2fs save.cold=%.3fs save.warm=%.3fs heap=%dMB%n", //$NON-NLS-1$
					Integer.valueOf(cases), Double.valueOf(coldOpen), median(opens), Double.valueOf(coldSave), median(saves),
					Long.valueOf(heap / (1024 * 1024))));
		}
		System.out.print(report);
		String out = System.getProperty("casustafel.benchmark"); //$NON-NLS-1$
		if (out != null && !out.isBlank()) {
			write(Path.of(out), report.toString());
		}
	}

	private static long heapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static Double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, text);
	}
}
