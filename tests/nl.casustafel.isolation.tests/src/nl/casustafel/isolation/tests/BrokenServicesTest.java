/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.isolation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.ContributionProblem;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.meeting.core.Audience;
import nl.casustafel.meeting.core.Masking;
import nl.casustafel.meeting.core.MaskingContext;
import nl.casustafel.meeting.core.MeetingTypes;
import nl.casustafel.meeting.core.MeetingTypeDescriptor;
import nl.casustafel.meeting.core.MinutesExport;
import nl.casustafel.meeting.core.SensitiveField;
import nl.casustafel.meeting.core.Visibility;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.model.Meeting;
import nl.casustafel.tests.support.DemoCasebook;

/**
 * The broken plug-in's services (OSGI-INF: ranked far above Casustafel's defaults) and meeting types
 * (plugin.xml) are isolated: a service that fails is named and passed over, a failing masking
 * profile hides everything, broken meeting types are reported and the built-in ones stay.
 */
class BrokenServicesTest {

	private static final String PLUGIN = "Kapotte testplug-in (nl.casustafel.isolation.tests)";

	private static final String PLUGIN_ID = "nl.casustafel.isolation.tests";

	@TempDir
	Path temp;

	private DemoCasebook demo;

	private Meeting m1;

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();

	private final ILogListener logListener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void openDemoCasebook() throws Exception {
		Platform.addLogListener(logListener);
		demo = DemoCasebook.create(temp);
		m1 = demo.session().getCasebook().getMeetings().stream().filter(m -> DemoRegion.MEETING_M1.equals(m.getId()))
				.findFirst().orElseThrow();
	}

	@AfterEach
	void close() {
		demo.close();
		Platform.removeLogListener(logListener);
	}

	@Test
	void anExporterThatThrowsWhileSayingWhetherItAppliesIsPassedOverAndNamed() {
		List<MinutesExporter> exporters = MinutesExport.exporters(m1);

		List<String> formats = exporters.stream().map(MinutesExporter::getFormat).toList();
		assertTrue(formats.containsAll(List.of(MinutesExporter.PDF, "docx", BrokenServices.ThrowsOnExport.FORMAT)),
				formats::toString);
		assertTrue(exporters.stream().noneMatch(BrokenServices.ThrowsOnApplicable.class::isInstance),
				"the throwing exporter is not chosen, although it ranks highest for PDF");
		assertTrue(logged.stream().anyMatch(s -> PLUGIN_ID.equals(s.getPlugin()) && s.getMessage().contains(PLUGIN)
				&& s.getException() instanceof IllegalStateException), () -> "logged naming the plug-in: " + logged);
	}

	@Test
	void anExporterThatFailsWhileWritingNamesThePluginAndLeavesNoFile() throws IOException {
		MinutesExporter broken = MinutesExport.exporter(m1, BrokenServices.ThrowsOnExport.FORMAT).orElseThrow();
		Path folder = Files.createDirectories(temp.resolve("verslagen"));
		Path file = folder.resolve("verslag.txt");

		IOException failure = assertThrows(IOException.class,
				() -> MinutesExport.export(m1, broken, false, LocalDate.of(2026, 1, 13), file));

		assertTrue(failure.getMessage().contains(PLUGIN) && failure.getMessage().contains("Kapot formaat")
				&& failure.getMessage().contains("tabel met afspraken ontbreekt"), failure::getMessage);
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of(), left.toList(), "no file and no half-written temporary file is left behind");
		}
		MinutesExporter pdf = MinutesExport.exporter(m1, MinutesExporter.PDF).orElseThrow();
		MinutesExport.export(m1, pdf, false, LocalDate.of(2026, 1, 13), folder.resolve("verslag.pdf"));
		assertTrue(Files.size(folder.resolve("verslag.pdf")) > 0, "Casustafel's own exporter still writes the minutes");
	}

	@Test
	void aMaskingProfileThatFailsHidesEverythingAndIsNamed() {
		MaskingContext context = new MaskingContext(Audience.CHAIR, m1, demo.caseNumbered("LV-01"));
		for (SensitiveField field : SensitiveField.values()) {
			assertEquals(Visibility.HIDDEN, Masking.visibility(field, context), () -> field + " fails closed");
		}
		assertTrue(logged.stream().anyMatch(s -> PLUGIN_ID.equals(s.getPlugin()) && s.getMessage().contains(PLUGIN)
				&& s.getException() instanceof UnsupportedOperationException), () -> "logged naming the plug-in: " + logged);
	}

	@Test
	void brokenMeetingTypesAreReportedNamingThePluginAndTheBuiltInOnesStay() {
		List<ContributionProblem> problems = MeetingTypes.problems().stream()
				.filter(p -> PLUGIN_ID.equals(p.contributor())).toList();
		assertEquals(2, problems.size(), () -> "both broken meeting types are reported: " + MeetingTypes.problems());
		assertTrue(problems.stream().allMatch(p -> p.severity() == ContributionProblem.Severity.ERROR), problems::toString);
		List<String> keys = MeetingTypes.contributed().stream().map(MeetingTypeDescriptor::key).toList();
		assertTrue(keys.contains("casusoverleg"), keys::toString);
		assertFalse(keys.contains("isolation.nul"), keys::toString);
	}
}
