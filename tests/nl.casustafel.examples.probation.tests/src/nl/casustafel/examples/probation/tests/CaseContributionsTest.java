/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.examples.probation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.cases.ui.CaseEditors;
import nl.casustafel.cases.ui.CaseViewPart;
import nl.casustafel.cases.ui.CasesUi;
import nl.casustafel.meeting.core.Agreements;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.AgreementType;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.TimelineEvent;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/**
 * The example's view and case editor section in the running workbench: the view is registered in
 * its category, has a shortcut and a place beside the Reflection view in the Voorzitter
 * perspective, follows the selected case and its changes; the section appears on the case editor,
 * shows probation's part in the case and records a three-way talk as an undoable edit.
 */
class CaseContributionsTest {

	@TempDir
	Path temp;

	private DemoCasebook book;

	@BeforeEach
	void openDemoInTheChairPerspective() throws Exception {
		book = DemoCasebook.create(temp);
		PlatformUI.getWorkbench().showPerspective(ExampleIds.CHAIR_PERSPECTIVE,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		Workbench.page().resetPerspective();
		Workbench.processEvents();
	}

	@AfterEach
	void closeDemo() {
		book.close();
	}

	@Test
	void theViewHasACategoryAShortcutAndAPlaceBesideTheReflectionView() {
		IViewDescriptor descriptor = PlatformUI.getWorkbench().getViewRegistry().find(ExampleIds.VIEW);
		assertNotNull(descriptor, "the view is registered");
		assertEquals("Reclassering", descriptor.getLabel());
		IViewCategory category = Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getCategories())
				.filter(c -> ExampleIds.VIEW_CATEGORY.equals(c.getId())).findFirst().orElseThrow();
		assertEquals("Reclassering (voorbeeld)", category.getLabel());
		assertTrue(Arrays.asList(category.getViews()).contains(descriptor));

		IWorkbenchPage page = Workbench.page();
		assertEquals(ExampleIds.CHAIR_PERSPECTIVE, page.getPerspective().getId());
		assertTrue(Arrays.asList(page.getShowViewShortcuts()).contains(ExampleIds.VIEW), "Venster > Weergave tonen offers it");
		IViewPart view = page.findView(ExampleIds.VIEW);
		IViewPart reflection = page.findView(ExampleIds.REFLECTION_VIEW);
		assertNotNull(view, "the perspective opens the view");
		assertNotNull(reflection, "the perspective opens the Reflection view");
		assertTrue(Arrays.asList(page.getViewStack(view)).contains(reflection), "stacked with the Reflection view");
	}

	@Test
	void theWindowMenuBringsTheViewBackAfterItWasClosed() {
		IWorkbenchPage page = Workbench.page();
		page.hideView(page.findView(ExampleIds.VIEW));
		Workbench.processEvents();
		assertNull(page.findView(ExampleIds.VIEW));
		MenuItem item = menuItem("Weergave Reclassering (voorbeeld) tonen");
		Workbench.send(item, SWT.Selection);
		assertNotNull(page.findView(ExampleIds.VIEW), "the menu item opens the view");
	}

	@Test
	void theViewFollowsTheSelectedCaseAndItsChanges() throws Exception {
		IViewPart view = Workbench.page().showView(ExampleIds.VIEW);
		Case kevin = book.caseNumbered("LV-06");
		open(kevin);
		Workbench.page().showView(ExampleIds.VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		ScrolledForm form = widget("view.form", ScrolledForm.class);
		Workbench.waitUntil(() -> "Reclassering: LV-06 Kevin".equals(form.getText()), () -> "the view follows LV-06: " + form.getText());
		assertEquals("Toezicht door Mark de Boer (Reclassering), sinds 01-06-2025", widget("view.status", Label.class).getText());
		assertEquals(kevin.getJudicialFrame(), widget("view.frame", Label.class).getText());
		assertTrue(widget("view.involvements", Label.class).getText().startsWith("Mark de Boer (Reclassering): Toezicht, kent de persoon"),
				widget("view.involvements", Label.class).getText());
		Table agreements = widget("view.agreements", Table.class);
		assertEquals(openOfProbation(kevin), agreements.getItemCount());
		Label counts = widget("view.agreementCounts", Label.class);
		String before = counts.getText();
		assertTrue(before.startsWith(openOfProbation(kevin) + " open, "), before);

		Agreement agreement = CasebookFactory.eINSTANCE.createAgreement();
		agreement.setDescription("Driegesprek met Kevin en de GGZ plannen");
		agreement.setOrganisation(Find.organisation(book, "org-reclassering"));
		agreement.setStatus(AgreementStatus.OPEN);
		agreement.setType(AgreementType.CLIENT_CONTACT);
		agreement.setDueDate(Dates.toDate(LocalDate.now().plusDays(7)));
		CommandStack stack = book.session().getEditingDomain().getCommandStack();
		stack.execute(AddCommand.create(book.session().getEditingDomain(), kevin, CasebookPackage.Literals.CASE__AGREEMENTS, agreement));
		Workbench.processEvents();
		assertEquals(openOfProbation(kevin), agreements.getItemCount(), "an edit shows at once");
		assertTrue(Arrays.stream(agreements.getItems()).anyMatch(i -> i.getText(0).equals("Driegesprek met Kevin en de GGZ plannen")));
		stack.undo();
		Workbench.processEvents();
		assertEquals(before, counts.getText(), "and so does its undo");

		open(book.caseNumbered("LV-02"));
		Workbench.page().showView(ExampleIds.VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		Workbench.waitUntil(() -> form.getText().endsWith("LV-02 Petra"), () -> "the view follows LV-02: " + form.getText());
		assertEquals("De reclassering is niet betrokken", widget("view.status", Label.class).getText());
		assertEquals("Er is geen reclasseringsorganisatie betrokken", widget("view.involvements", Label.class).getText());
		assertFalse(((CaseViewPart) view).hasFailed());
	}

	@Test
	void theSectionShowsProbationsPartAndRecordsAThreeWayTalkAsAnUndoableEdit() throws Exception {
		Case kevin = book.caseNumbered("LV-06");
		IEditorPart editor = open(kevin);
		Section section = Workbench.get(Workbench.shell(), CasesUi.WIDGET_KEY, "section." + ExampleIds.SECTION, Section.class);
		assertEquals("Reclassering: toezicht", section.getText());
		assertEquals("Toezicht door Mark de Boer (Reclassering), sinds 01-06-2025", sectionWidget(section, "section.status", Label.class).getText());
		Label lastTalk = sectionWidget(section, "section.lastTalk", Label.class);
		assertEquals("Nog geen driegesprek vastgelegd", lastTalk.getText());
		assertEquals("0", sectionWidget(section, "section.breaches", Label.class).getText());
		assertTrue(sectionWidget(section, "section.agreements", Label.class).getText().startsWith(openOfProbation(kevin) + " open, "));

		Button record = sectionWidget(section, "section.recordTalk", Button.class);
		assertTrue(record.isEnabled());
		int events = kevin.getTimeline().size();
		Workbench.send(record, SWT.Selection);
		assertEquals(events + 1, kevin.getTimeline().size(), "the talk reached the model");
		TimelineEvent talk = kevin.getTimeline().get(events);
		assertEquals("reclassering-driegesprek", talk.getKind());
		assertEquals(LocalDate.now(), Dates.toLocalDate(talk.getDate()));
		assertSame(Find.organisation(book, "org-reclassering"), talk.getSource());
		Workbench.waitUntil(() -> lastTalk.getText().equals(Dates.formatShort(LocalDate.now())), () -> "the section shows it: " + lastTalk.getText());
		assertTrue(editor.isDirty(), "the casebook is changed");

		book.session().getEditingDomain().getCommandStack().undo();
		assertEquals(events, kevin.getTimeline().size(), "undo takes the talk away");
		Workbench.waitUntil(() -> lastTalk.getText().equals("Nog geen driegesprek vastgelegd"), () -> "after undo: " + lastTalk.getText());

		open(book.caseNumbered("LV-02"));
		Section petra = Workbench.get(Workbench.shell(), CasesUi.WIDGET_KEY, "section." + ExampleIds.SECTION, Section.class);
		assertFalse(sectionWidget(petra, "section.recordTalk", Button.class).isEnabled(), "no probation, no three-way talk");
	}

	/** The item of a main menu with this text, after its menu was shown (menus fill on showing). */
	private static MenuItem menuItem(String text) {
		for (MenuItem top : Workbench.shell().getMenuBar().getItems()) {
			Menu menu = top.getMenu();
			if (menu == null) {
				continue;
			}
			menu.notifyListeners(SWT.Show, new Event());
			for (MenuItem item : menu.getItems()) {
				if (item.getText().replace("&", "").startsWith(text)) {
					return item;
				}
			}
			menu.notifyListeners(SWT.Hide, new Event());
		}
		throw new AssertionError("No menu item " + text);
	}

	/** Opens the case in the case editor, as the only editor. */
	private IEditorPart open(Case aCase) throws Exception {
		Workbench.page().closeAllEditors(false);
		IEditorPart editor = CaseEditors.open(Workbench.page(), book.session(), aCase);
		Workbench.processEvents();
		return editor;
	}

	private static int openOfProbation(Case aCase) {
		int count = 0;
		for (Agreement agreement : aCase.getAgreements()) {
			Organisation organisation = Agreements.organisationOf(agreement);
			if (agreement.getStatus() == AgreementStatus.OPEN && organisation != null && "probation".equals(organisation.getType())) {
				count++;
			}
		}
		return count;
	}

	private static <T extends Control> T widget(String name, Class<T> type) {
		return Workbench.get(Workbench.shell(), ExampleIds.WIDGET_KEY, name, type);
	}

	private static <T extends Control> T sectionWidget(Section section, String name, Class<T> type) {
		return Workbench.get(section, ExampleIds.WIDGET_KEY, name, type);
	}
}
