/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.network.NetworkBuilder;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.layout.LayoutAlgorithm;
import nl.casustafel.network.layout.LayoutResult;
import nl.casustafel.network.layout.NetworkLayout;
import nl.casustafel.network.layout.NodeSizer;
import nl.casustafel.network.ui.internal.NetworkView;
import nl.casustafel.network.ui.internal.export.DiagramExport;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * Not a test: the benchmark of issue 6, a 500-node / 2,000-edge regional network laid out and drawn
 * in the real network view (target: under 1 s). Runs only when the system property
 * {@code casustafel.benchmark} names the file to write the results to; see
 * {@code releng/scripts/benchmark-network.sh}. Times nothing it asserts: the numbers are recorded in
 * docs/benchmarks.md, never a reason for a build to fail.
 */
@EnabledIfSystemProperty(named = "casustafel.benchmark", matches = ".+")
class NetworkBenchmark {

	private static final int WARM_RUNS = 5;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@TempDir
	Path temp;

	@Test
	void layOutAndDrawALargeRegion() throws Exception {
		int nodes = Integer.getInteger("casustafel.benchmark.nodes", 500).intValue();
		int edges = Integer.getInteger("casustafel.benchmark.edges", 2000).intValue();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1920, 1080);
		List<String> lines = new ArrayList<>();
		try (DemoCasebook casebook = DemoCasebook.create(temp, BenchmarkRegion.create(nodes, edges))) {
			NetworkPage network = NetworkPage.show();
			NetworkView view = network.view();
			FigureCanvas canvas = network.canvas();

			List<long[]> runs = new ArrayList<>();
			for (int run = 0; run <= WARM_RUNS; run++) {
				// The view first, so that the cold run includes loading ELK and the figures' classes.
				long viewStart = System.nanoTime();
				long viewCpu = THREADS.getCurrentThreadCpuTime();
				if (run == 0) {
					view.setScope(NetworkView.Scope.REGION); // builds, lays out and shows the region
				} else {
					view.rebuild(false);
				}
				view.fit();
				canvas.redraw();
				canvas.update();
				long viewDrawn = System.nanoTime();
				long viewCpuUsed = THREADS.getCurrentThreadCpuTime() - viewCpu;
				long start = System.nanoTime();
				NetworkGraph graph = NetworkBuilder.region(casebook.session().getCasebook());
				long built = System.nanoTime();
				LayoutResult layout = NetworkLayout.layout(graph, LayoutAlgorithm.AUTO, NodeSizer.ESTIMATE, Map.of());
				long laidOut = System.nanoTime();
				long renderStart = System.nanoTime();
				DiagramExport.render(view.viewer(), view.contents().graph(), themeOf(view), null, false);
				long rendered = System.nanoTime();
				runs.add(new long[] { built - start, laidOut - built, viewDrawn - viewStart, rendered - renderStart,
						viewCpuUsed });
				if (run == 0) {
					lines.add(String.format(Locale.ROOT, "graph: %d nodes, %d edges; layout %s",
							Integer.valueOf(graph.nodes().size()), Integer.valueOf(graph.edges().size()), layout.algorithm()));
				}
				Workbench.processEvents();
			}
			lines.add(line("cold (first run)", runs.get(0)));
			lines.add(line("warm (median of " + WARM_RUNS + ")", median(runs.subList(1, runs.size()))));
		}
		String report = String.join("\n", lines) + "\n";
		System.out.print(report);
		Path result = Path.of(System.getProperty("casustafel.benchmark"));
		Files.createDirectories(result.toAbsolutePath().getParent());
		Files.writeString(result, report);
	}

	private static nl.casustafel.network.ui.internal.figures.Theme themeOf(NetworkView view) {
		return view.contents().theme();
	}

	private static String line(String name, long[] run) {
		return String.format(Locale.ROOT,
				"%s: build graph %d ms, ELK layout %d ms; in the view, built, laid out, analysed and drawn %d ms "
						+ "(UI-thread CPU %d ms); full-size PNG render %d ms",
				name, Long.valueOf(run[0] / 1_000_000), Long.valueOf(run[1] / 1_000_000), Long.valueOf(run[2] / 1_000_000),
				Long.valueOf(run[4] / 1_000_000), Long.valueOf(run[3] / 1_000_000));
	}

	private static long[] median(List<long[]> runs) {
		long[] result = new long[runs.get(0).length];
		for (int i = 0; i < result.length; i++) {
			List<Long> values = new ArrayList<>();
			for (long[] run : runs) {
				values.add(Long.valueOf(run[i]));
			}
			Collections.sort(values);
			result[i] = values.get(values.size() / 2).longValue();
		}
		return result;
	}
}
