/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.meeting.core.AgendaWarning;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.meeting.ui.MeetingUi;
import nl.casustafel.meeting.ui.internal.AgendaEditor;
import nl.casustafel.meeting.ui.internal.AgreementsView;
import nl.casustafel.meeting.ui.internal.ChairConsoleView;
import nl.casustafel.meeting.ui.internal.ConductController;
import nl.casustafel.meeting.ui.internal.MeetingActions;
import nl.casustafel.meeting.ui.internal.MeetingHandlers;
import nl.casustafel.meeting.ui.internal.MeetingsView;
import nl.casustafel.meeting.ui.internal.Sessions;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.ProtectedIdentity;
import nl.casustafel.projector.ui.ProjectorService;
import nl.casustafel.tests.support.DemoCasebook;

/**
 * The casusoverleg in the real workbench, on the Lindeveld demo region: preparing the next
 * meeting, running it on the projector, capturing agreements by keyboard, and the minutes.
 */
class CasusoverlegUiTest {

	/** The next casusoverleg after M2 (10 Feb 2026): 10 March 2026, 10:00. */
	static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 10);

	@TempDir
	Path folder;

	private DemoCasebook demo;
	private IWorkbenchPage page;
	private ManualClock clock;

	@BeforeEach
	void open() throws Exception {
		clock = new ManualClock(MEETING_DAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant());
		Sessions.setClock(clock);
		MeetingActions.setPrompts(new AnsweringPrompts());
		demo = DemoCasebook.create(folder);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
	}

	@AfterEach
	void close() {
		if (ConductController.current() != null) {
			ConductController.current().finish();
		}
		projector().close();
		page.closeAllEditors(false);
		demo.close();
		Sessions.setClock(null);
		MeetingActions.setPrompts(null);
	}

	static ProjectorService projector() {
		return PlatformUI.getWorkbench().getService(ProjectorService.class);
	}

	private AgendaEditor nextMeeting() {
		AgendaEditor editor = MeetingActions.createNextMeeting(page, demo.session(), Find.series(demo), MEETING_DAY.atTime(10, 0));
		assertNotNull(editor, "the agenda editor opens");
		Ui.settle();
		return editor;
	}

	private static String row(Table table, int index) {
		return table.getItem(index).getText(1);
	}

	@Test
	void theNextMeetingOfTheSeriesStartsWithThePreviousMeetingsOpenAgreements() {
		AgendaEditor editor = nextMeeting();
		Meeting meeting = editor.getMeeting();
		assertSame(Find.series(demo), meeting.getSeries());
		Table items = editor.getItemsViewer().getTable();
		assertEquals(AgendaItemKind.OPEN_AGREEMENTS, meeting.getItems().get(0).getKind());
		assertTrue(row(items, 0).contains("Openstaande afspraken LV-01"), row(items, 0));
		Agreement police = meeting.getItems().get(0).getAgreements().get(0);
		assertEquals("agr-M1-02", police.getId(), "the police agreement of M1, overdue");
		String summary = items.getItem(0).getText(5);
		assertTrue(summary.contains("te laat"), summary);
		// every open agreement of M1 and M2 is on the agenda, before any case
		long carried = meeting.getItems().stream().filter(i -> i.getKind() == AgendaItemKind.OPEN_AGREEMENTS)
				.mapToLong(i -> i.getAgreements().size()).sum();
		assertEquals(8, carried);
		assertEquals(AgendaItemKind.READ_BACK, meeting.getItems().get(meeting.getItems().size() - 1).getKind());
		List<String> warnings = editor.getWarnings().stream().map(AgendaWarning::message).toList();
		assertTrue(warnings.stream().anyMatch(w -> w.contains("Brakelstede")), "the missing housing association: " + warnings);
	}

	@Test
	void theMeetingsViewListsSeriesMeetingsAndTheConfigurableMeetingTypes() throws Exception {
		MeetingsView view = (MeetingsView) page.showView(MeetingUi.MEETINGS_VIEW_ID);
		Ui.settle();
		view.getViewer().expandAll();
		Ui.settle();
		List<String> labels = new java.util.ArrayList<>();
		for (TreeItem root : view.getViewer().getTree().getItems()) {
			labels.add(root.getText());
			for (TreeItem child : root.getItems()) {
				labels.add(child.getText());
			}
		}
		assertTrue(labels.contains("Casusoverleg ZVH Lindeveld 2025-2026"), labels.toString());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("10-02-2026  Casusoverleg")), labels.toString());
		assertTrue(labels.contains("Soorten overleg"), labels.toString());
		assertTrue(labels.contains("Casusoverleg: 60 min, 10 min per casus, hoogstens 6 casussen per uur, 9 verplichte partijen"),
				labels.toString());
	}

	@Test
	void theAgreementsViewFiltersByOrganisationOwnerStatusAndOverdue() throws Exception {
		AgreementsView view = (AgreementsView) page.showView(MeetingUi.AGREEMENTS_VIEW_ID);
		Ui.settle();
		view.setFilter(null, null, AgreementStatus.OPEN, true);
		Table table = view.getViewer().getTable();
		List<String> overdue = Arrays.stream(table.getItems()).map(i -> i.getText(1)).toList();
		assertTrue(overdue.stream().anyMatch(t -> t.startsWith("Politie levert wekelijks")), overdue.toString());
		assertTrue(Arrays.stream(table.getItems()).allMatch(i -> i.getText(4).contains("te laat")));
		Organisation police = demo.session().getCasebook().getOrganisations().stream().filter(o -> "org-politie".equals(o.getId())).findFirst()
				.orElseThrow();
		view.setFilter(police, null, AgreementStatus.OPEN, false);
		assertEquals(1, table.getItemCount(), "one open agreement of the police");
		view.setFilter(null, Find.professional(demo, "prof-bas-hendriks"), null, false);
		assertEquals(2, table.getItemCount(), "Bas Hendriks owns two agreements");
	}

	@Test
	void aCaseItemWithoutAQuestionShowsTheValidationMessage() {
		AgendaEditor editor = nextMeeting();
		AgendaItem item = editor.addCaseItem(demo.caseNumbered("LV-07"), "Uitbuiting houdt aan; Yara trekt zich terug.", "");
		Ui.settle();
		Table warnings = Ui.find((Composite) editor.getItemsViewer().getControl().getShell(), "agenda.warnings");
		String all = String.join("\n", Arrays.stream(warnings.getItems()).map(i -> i.getText()).toList());
		assertTrue(all.contains("heeft een vraag aan het overleg nodig"), all);
		assertTrue(editor.getWarnings().stream().anyMatch(w -> w.error() && w.item() == item));

		Text question = Ui.find(editor.getItemsViewer().getControl().getShell(), "agenda.question");
		Ui.typeAndEnter(question, "Wie biedt Yara bescherming?");
		question.notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());
		Ui.settle();
		assertEquals("Wie biedt Yara bescherming?", item.getQuestion());
		assertFalse(editor.getWarnings().stream().anyMatch(AgendaWarning::error), editor.getWarnings().toString());
	}

	@Test
	void reorderingIsOneUndoableMove() {
		AgendaEditor editor = nextMeeting();
		Meeting meeting = editor.getMeeting();
		AgendaItem last = meeting.getItems().get(meeting.getItems().size() - 1);
		editor.moveTo(last, 0);
		Ui.settle();
		assertSame(last, meeting.getItems().get(0));
		demo.session().getEditingDomain().getCommandStack().undo();
		Ui.settle();
		assertSame(last, meeting.getItems().get(meeting.getItems().size() - 1));
	}

	@Test
	void conductModeRunsTheTimerMovesOnShowsOverrunAndCapturesAgreementsByKeyboard() {
		AgendaEditor editor = nextMeeting();
		Meeting meeting = editor.getMeeting();
		AgendaItem yara = editor.addCaseItem(demo.caseNumbered("LV-07"), "Uitbuiting houdt aan.", "Wie biedt bescherming?");
		Ui.settle();
		ConductController controller = ConductController.start(page.getWorkbenchWindow(), demo.session(), meeting);
		Ui.settle();
		assertNotNull(controller);
		Shell room = projector().getShell();
		assertNotNull(room, "the projector window is open");
		Label timer = Ui.find(room, "projector.timer");
		assertEquals("02:00", timer.getText(), "the open-agreements item has a 2-minute timebox");

		clock.advance(Duration.ofSeconds(30));
		controller.tickNow();
		assertEquals("01:30", timer.getText(), "the timer advances");
		clock.advance(Duration.ofMinutes(2));
		controller.tickNow();
		assertEquals("+00:30", timer.getText(), "overrun is shown");
		assertEquals("uitloop", ((Label) Ui.find(room, "projector.timerNote")).getText());

		ChairConsoleView console = (ChairConsoleView) page.findView(MeetingUi.CHAIR_CONSOLE_VIEW_ID);
		assertNotNull(console, "the chair console opened");
		Composite consoleRoot = page.getWorkbenchWindow().getShell();
		Ui.click(Ui.find(consoleRoot, "console.next"));
		Ui.settle();
		assertEquals(150, meeting.getItems().get(0).getActualDurationSeconds(), "the first item's time is logged");
		assertEquals(1, controller.getSession().getIndex());
		timer = Ui.find(projector().getShell(), "projector.timer");
		assertEquals("02:00", timer.getText(), "the next item's countdown starts by itself");

		controller.getSession().goTo(meeting.getItems().indexOf(yara));
		Ui.settle();
		Label position = Ui.find(consoleRoot, "console.position");
		assertTrue(position.getText().contains("LV-07"), position.getText());

		// Capture an agreement with the keyboard alone: what, who (completion), by when, Enter.
		Text what = Ui.find(consoleRoot, "console.what");
		Text who = Ui.find(consoleRoot, "console.who");
		Text due = Ui.find(consoleRoot, "console.due");
		Ui.type(what, "Veilige opvangplek voor Yara zoeken");
		IContentProposal[] proposals = console.getWhoAssist().getContentProposalProvider().getProposals("lindeh", 6);
		assertTrue(Arrays.stream(proposals).anyMatch(p -> p.getContent().equals("Sofie van Leeuwen (Lindehaven)")),
				Arrays.toString(Arrays.stream(proposals).map(IContentProposal::getContent).toArray()));
		Ui.type(who, "Sofie van Leeuwen (Lindehaven)");
		Ui.typeAndEnter(due, "+2w");
		Ui.settle();
		List<Agreement> captured = yara.getAgreements();
		assertEquals(1, captured.size(), "Enter recorded the agreement");
		Agreement agreement = captured.get(0);
		assertEquals("Veilige opvangplek voor Yara zoeken", agreement.getDescription());
		assertEquals("prof-sofie-van-leeuwen", agreement.getOwner().getId());
		assertEquals(MEETING_DAY.plusWeeks(2), Dates.toLocalDate(agreement.getDueDate()));
		assertSame(meeting, agreement.getSourceMeeting());
		assertTrue(what.isFocusControl() || what.getText().isEmpty(), "ready for the next agreement");
		assertTrue(String.join("\n", Ui.texts(projector().getShell())).contains("Veilige opvangplek"),
				"the room sees the agreement");
	}

	@Test
	void maskedFieldsNeverAppearInTheProjectorWindow() {
		Meeting m1 = Find.meeting(demo, "meeting-M1");
		ConductController controller = ConductController.start(page.getWorkbenchWindow(), demo.session(), m1);
		Ui.settle();
		Composite consoleRoot = page.getWorkbenchWindow().getShell();
		for (int i = 0; i < m1.getItems().size(); i++) {
			controller.getSession().goTo(i);
			Ui.settle();
			AgendaItem item = m1.getItems().get(i);
			String screen = String.join("\n", Ui.texts(projector().getShell()));
			for (Case aCase : demo.session().getCasebook().getCases()) {
				assertNoIdentity(screen, aCase);
				if (aCase != item.getCase() && aCase.getCaseNumber() != null) {
					assertFalse(screen.contains(aCase.getCaseNumber() + " "), "another case on screen: " + aCase.getCaseNumber());
				}
			}
			if (item.getCase() != null && "LV-01".equals(item.getCase().getCaseNumber()) && item.getKind() == AgendaItemKind.CASE) {
				assertTrue(screen.contains("LV-01 \u00b7 Robin"), screen);
				assertFalse(screen.contains("coca\u00efne"), "health details collapsed: " + screen);
				assertTrue(screen.contains("Gezondheid: verborgen"), screen);
				Button health = Ui.find(consoleRoot, "console.reveal.HEALTH");
				Ui.click(health);
				Ui.settle();
				String revealed = String.join("\n", Ui.texts(projector().getShell()));
				assertTrue(revealed.contains("coca\u00efne"), "revealed by the chair");
				assertNoIdentity(revealed, item.getCase());
				Ui.click(Ui.find(consoleRoot, "console.next"));
				Ui.settle();
				controller.getSession().previous();
				Ui.settle();
				assertFalse(String.join("\n", Ui.texts(projector().getShell())).contains("coca\u00efne"),
						"collapsed again after leaving the item");
			}
		}
	}

	static void assertNoIdentity(String screen, Case aCase) {
		if (aCase.getSubject() == null || aCase.getSubject().getIdentity() == null) {
			return;
		}
		ProtectedIdentity identity = aCase.getSubject().getIdentity();
		assertFalse(screen.contains(identity.getBsn()), "BSN of " + aCase.getCaseNumber());
		assertFalse(screen.contains(identity.getFullName()), "name of " + aCase.getCaseNumber());
		if (identity.getAddress() != null) {
			assertFalse(screen.contains(identity.getAddress().split(",")[0]), "address of " + aCase.getCaseNumber());
		}
		if (identity.getBirthDate() != null) {
			assertFalse(screen.contains(Dates.formatShort(identity.getBirthDate())), "birth date of " + aCase.getCaseNumber());
			assertFalse(screen.contains(Dates.formatLong(identity.getBirthDate())), "birth date of " + aCase.getCaseNumber());
		}
	}

	@Test
	void minutesExportAsPdfAndDocxAndReadBack() throws IOException {
		Meeting m2 = Find.meeting(demo, "meeting-M2");
		Path pdf = folder.resolve("verslag.pdf");
		Path docx = folder.resolve("verslag.docx");
		Path pseudo = folder.resolve("verslag-pseudo.pdf");
		MeetingActions.exportMinutes(m2, MinutesExporter.PDF, false, pdf);
		MeetingActions.exportMinutes(m2, MinutesExporter.DOCX, false, docx);
		MeetingActions.exportMinutes(m2, MinutesExporter.PDF, true, pseudo);

		String pdfText;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		String docxText = docxText(docx).replaceAll("\\s+", " ");
		for (String text : List.of(pdfText, docxText)) {
			assertTrue(text.contains("Casusoverleg ZVH Lindeveld, 10 februari 2026"), text);
			assertTrue(text.contains("Erik Smeets"), "attendance");
			assertTrue(text.contains("LV-06 Kevin"), "item title");
			assertTrue(text.contains("Wie neemt de regie op de dreiging"), "question");
			assertTrue(text.contains("Meer informatie nodig"), "decision");
			assertTrue(text.contains("Procesregisseur agendeert Kevin in het regieteam."), "agreement");
			assertTrue(text.contains("tweede keer op rij"), "flag on more information twice");
		}
		String pseudoText;
		try (PDDocument document = Loader.loadPDF(pseudo.toFile())) {
			pseudoText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertTrue(pseudoText.contains("LV-06"), pseudoText);
		assertFalse(pseudoText.contains("Kevin"), pseudoText);
		assertFalse(pseudoText.contains("Erik Smeets"), pseudoText);
	}

	static String docxText(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					text.append(paragraph.getText()).append('\n');
				} else if (element instanceof XWPFTable table) {
					text.append(table.getText()).append('\n');
				}
			}
		}
		return text.toString();
	}

	@Test
	void minutesPrintToAPrinter() throws IOException {
		PrinterData[] printers = Printer.getPrinterList();
		Assumptions.assumeTrue(printers.length > 0, "no printer (not even print-to-file) on this machine");
		PrinterData data = printers[0];
		Path file = folder.resolve("verslag-afdruk.pdf");
		data.printToFile = true;
		data.fileName = file.toString();
		int pages = MeetingHandlers.printMinutes(data, Find.meeting(demo, "meeting-M1"));
		assertTrue(pages >= 1, "pages printed: " + pages);
	}

	/** A clock the test moves by hand. */
	static final class ManualClock extends Clock {
		private Instant now;

		ManualClock(Instant start) {
			now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.systemDefault();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
