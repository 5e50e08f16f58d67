/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.SyntheticCasebookGenerator;
import nl.casustafel.meeting.ui.internal.AgendaEditor;
import nl.casustafel.meeting.ui.internal.AgendaEditors;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingState;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * Not a test: the benchmark "the agenda of a meeting in a 10k-case casebook opens in < 0.3 s",
 * run by {@code releng/scripts/benchmark-agenda.sh} with {@code -Dcasustafel.benchmark=<result file>}.
 * Opening = creating the agenda editor for a planned meeting (load, warnings, validation, summaries
 * of every case item, readiness, attendance checks) until the workbench has processed every event
 * it caused (layout and painting). One cold open, then ten warm ones (editor closed in between).
 */
@EnabledIfSystemProperty(named = "casustafel.benchmark", matches = ".+")
class AgendaOpenBenchmark {

	private static final int CASES = Integer.getInteger("casustafel.benchmark.cases", 10_000).intValue();
	private static final int WARM_RUNS = Integer.getInteger("casustafel.benchmark.warm", 10).intValue();

	@TempDir
	Path folder;

	@Test
	void openTheAgendaOfAMeetingInALargeCasebook() throws Exception {
		long t0 = System.nanoTime();
		Casebook generated = new SyntheticCasebookGenerator(42).generate(CASES);
		long generatedNs = System.nanoTime() - t0;
		CasebookService service = DemoCasebook.service();
		Path casebookFolder = folder.resolve("big");
		service.create(casebookFolder, generated).close();
		t0 = System.nanoTime();
		CasebookSession session = service.open(casebookFolder, OpenMode.READ_WRITE);
		long openNs = System.nanoTime() - t0;
		service.setActiveSession(session);
		Ui.settle();
		try {
			List<Meeting> meetings = new ArrayList<>(CasebookLists.resolved(session.getCasebook().getMeetings()));
			Meeting planned = meetings.stream().filter(m -> m.getState() == MeetingState.PLANNED)
					.max(Comparator.comparingInt(m -> m.getItems().size())).orElseThrow();
			Meeting busiest = meetings.stream().max(Comparator.comparingInt(m -> m.getItems().size())).orElseThrow();
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			StringBuilder report = new StringBuilder();
			report.append(String.format(Locale.ROOT, "cases=%d meetings=%d generate=%.1fs casebook-open=%.2fs load-average=%.1f%n",
					Integer.valueOf(CASES), Integer.valueOf(meetings.size()), Double.valueOf(generatedNs / 1e9), Double.valueOf(openNs / 1e9),
					Double.valueOf(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())));
			for (Meeting meeting : List.of(planned, busiest)) {
				List<Double> warm = new ArrayList<>();
				List<Double> warmCpu = new ArrayList<>();
				double[] cold = openOnce(page, session, meeting);
				for (int i = 0; i < WARM_RUNS; i++) {
					double[] run = openOnce(page, session, meeting);
					warm.add(Double.valueOf(run[0]));
					warmCpu.add(Double.valueOf(run[1]));
				}
				Collections.sort(warm);
				Collections.sort(warmCpu);
				report.append(String.format(Locale.ROOT,
						"meeting=%s state=%s items=%d cold=%.3fs warm median=%.3fs min=%.3fs max=%.3fs ui-thread-cpu median=%.3fs%n",
						meeting.getId(), meeting.getState(), Integer.valueOf(meeting.getItems().size()), Double.valueOf(cold[0]),
						warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1), warmCpu.get(warmCpu.size() / 2)));
			}
			System.out.print(report);
			Files.writeString(Path.of(System.getProperty("casustafel.benchmark")), report);
		} finally {
			service.setActiveSession(null);
			session.close();
		}
	}

	/** @return wall-clock seconds and CPU seconds of the UI thread for one open */
	private static double[] openOnce(IWorkbenchPage page, CasebookSession session, Meeting meeting) {
		Workbench.processEvents();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		AgendaEditor editor = AgendaEditors.open(page, session, meeting);
		Workbench.processEvents();
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
		page.closeEditor(editor, false);
		Workbench.processEvents();
		return new double[] { seconds, cpuSeconds };
	}
}
