/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.meeting.core.MeetingTypeDescriptor;
import nl.casustafel.meeting.core.MeetingTypes;
import nl.casustafel.meeting.ui.MeetingUi;
import nl.casustafel.meeting.ui.internal.MeetingTypesEditor;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Organisation;
import nl.casustafel.tests.support.DemoCasebook;
import nl.casustafel.tests.support.Workbench;

/** The editor of the casebook's meeting types, opened through its command on the demo casebook. */
class MeetingTypesEditorUiTest {

	@TempDir
	Path folder;

	private DemoCasebook demo;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private MeetingTypesEditor editor;
	private Composite root;

	@BeforeEach
	void open() throws Exception {
		demo = DemoCasebook.create(folder);
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		window.getService(IHandlerService.class).executeCommand(MeetingUi.MANAGE_MEETING_TYPES_COMMAND, null);
		Ui.settle();
		editor = assertInstanceOf(MeetingTypesEditor.class, page.getActiveEditor(), "the command opens the editor");
		root = window.getShell();
	}

	@AfterEach
	void close() {
		page.closeAllEditors(false);
		demo.close();
	}

	private CommandStack stack() {
		return demo.session().getEditingDomain().getCommandStack();
	}

	private void undo() throws Exception {
		page.activate(editor);
		window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		Ui.settle();
	}

	private List<String> listed() {
		return Arrays.stream(editor.getTypesViewer().getTable().getItems()).map(TableItem::getText).toList();
	}

	private String problems() {
		Label label = Ui.find(root, "types.problems");
		return label.isVisible() ? label.getText() : "";
	}

	private static void setSpinner(Spinner spinner, int value) {
		spinner.setFocus();
		spinner.setSelection(value);
		spinner.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.processEvents();
	}

	private void check(String organisation, boolean checked) {
		Table table = Ui.find(root, "types.parties");
		TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText().equals(organisation)).findFirst().orElseThrow();
		item.setChecked(checked);
		Event event = new Event();
		event.detail = SWT.CHECK;
		event.item = item;
		table.notifyListeners(SWT.Selection, event);
		Workbench.processEvents();
	}

	@Test
	void addEditValidateAndUndo() throws Exception {
		assertTrue(listed().containsAll(List.of("Casusoverleg", "Focusoverleg", "Regieteam", "Spoedoverleg (plug-in)")),
				listed().toString());
		int before = demo.session().getCasebook().getMeetingTypes().size();

		Ui.click(Ui.find(root, "types.add"));
		Ui.settle();
		MeetingType added = assertInstanceOf(MeetingType.class, editor.getShown());
		assertEquals(before + 1, demo.session().getCasebook().getMeetingTypes().size());
		assertSame(added, demo.session().getCasebook().getMeetingTypes().get(before));
		assertEquals("Nieuwe soort overleg", ((Text) Ui.find(root, "types.name")).getText());
		assertEquals("", problems(), "a new type is valid as it is");

		Text name = Ui.find(root, "types.name");
		Ui.typeAndEnter(name, "Focusoverleg jeugd");
		Ui.typeAndEnter((Text) Ui.find(root, "types.key"), "focusoverleg-jeugd");
		Text description = Ui.find(root, "types.description");
		Ui.type(description, "Voor jongeren tot 23 jaar met een justitieel kader.");
		description.notifyListeners(SWT.FocusOut, new Event());
		setSpinner(Ui.find(root, "types.duration"), 90);
		setSpinner(Ui.find(root, "types.timebox"), 45);
		setSpinner(Ui.find(root, "types.maxCases"), 2);
		check("Reclassering unit Lindeveld", true);
		Ui.settle();
		assertEquals("Focusoverleg jeugd", added.getName());
		assertEquals("focusoverleg-jeugd", added.getKey());
		assertEquals("Voor jongeren tot 23 jaar met een justitieel kader.", added.getDescription());
		assertEquals(90, added.getDefaultDurationMinutes());
		assertEquals(45, added.getDefaultTimeboxMinutes());
		assertEquals(2, added.getMaxCasesPerHour());
		assertEquals(List.of("org-reclassering"), added.getRequiredParties().stream().map(Organisation::getId).toList());
		assertTrue(listed().contains("Focusoverleg jeugd"), listed().toString());
		assertEquals("Focusoverleg jeugd", ((Label) Ui.find(root, "types.heading")).getText());

		// validation: an empty name and a duration of 0 are reported, in the list too
		Ui.typeAndEnter(name, "");
		setSpinner(Ui.find(root, "types.duration"), 0);
		Ui.settle();
		assertEquals("\u2716 Geef de soort overleg een naam.\n\u2716 De standaardduur moet meer dan 0 minuten zijn.", problems());
		assertTrue(listed().contains("\u2716 (zonder naam)"), listed().toString());
		assertEquals(2, editor.getProblems().size());

		// Edit > Undo: one step per edit
		undo();
		assertEquals(90, added.getDefaultDurationMinutes());
		undo();
		assertEquals("Focusoverleg jeugd", added.getName());
		assertEquals("Focusoverleg jeugd", name.getText(), "the field shows the restored name");
		assertEquals("", problems());
		while (stack().canUndo()) {
			undo();
		}
		assertEquals(before, demo.session().getCasebook().getMeetingTypes().size(), "undoing the addition removes the type");
		assertFalse(demo.session().getCasebook().getMeetingTypes().contains(added));
		assertNotNull(editor.getShown());
		assertFalse(listed().contains("Focusoverleg jeugd"));
	}

	@Test
	void contributedTypesAreReadOnlyUntilCopiedAndTypesInUseAreNotDeleted() throws Exception {
		MeetingTypeDescriptor urgent = MeetingTypes.contributed().stream().filter(d -> "spoedoverleg".equals(d.key())).findFirst()
				.orElseThrow();
		editor.select(urgent);
		Ui.settle();
		Text name = Ui.find(root, "types.name");
		assertEquals("Spoedoverleg", name.getText());
		assertFalse(name.getEditable(), "a contributed type is read-only");
		assertFalse(((Spinner) Ui.find(root, "types.duration")).isEnabled());
		assertTrue(((Label) Ui.find(root, "types.contributedNote")).getText().contains("nl.casustafel.meeting.core"));
		String partyTypes = ((Label) Ui.find(root, "types.partyTypes")).getText();
		assertTrue(partyTypes.contains("Zorg- en Veiligheidshuis") && !partyTypes.contains("safety-house"),
				() -> "required kinds of organisation by their label: " + partyTypes);
		assertFalse(((Button) Ui.find(root, "types.delete")).isEnabled());

		Ui.click(Ui.find(root, "types.copy"));
		Ui.settle();
		MeetingType copied = MeetingTypes.find(demo.session().getCasebook(), "spoedoverleg");
		assertNotNull(copied, "copied into the casebook");
		assertSame(copied, editor.getShown());
		assertTrue(name.getEditable(), "the casebook's copy can be edited");
		assertEquals(urgent.description(), ((Text) Ui.find(root, "types.description")).getText());
		assertFalse(listed().contains("Spoedoverleg (plug-in)"), "the casebook's copy takes the contribution's place");
		undo();
		assertNull(MeetingTypes.find(demo.session().getCasebook(), "spoedoverleg"));
		assertEquals(urgent, editor.getShown(), "after undo the contribution is shown again");

		// a type that meetings use is not deleted; an unused one is, and comes back with undo
		MeetingType casusoverleg = MeetingTypes.find(demo.session().getCasebook(), "casusoverleg");
		editor.select(casusoverleg);
		Ui.settle();
		assertEquals("Gebruikt door 2 overleg(gen) en 1 reeks(en).", ((Label) Ui.find(root, "types.usage")).getText());
		Ui.click(Ui.find(root, "types.delete"));
		Ui.settle();
		assertSame(casusoverleg, MeetingTypes.find(demo.session().getCasebook(), "casusoverleg"));
		assertTrue(((Label) Ui.find(root, "types.notice")).getText().startsWith("'Casusoverleg' wordt gebruikt door 2 overleg(gen)"),
				((Label) Ui.find(root, "types.notice")).getText());

		MeetingType regieteam = MeetingTypes.find(demo.session().getCasebook(), "regieteam");
		editor.select(regieteam);
		Ui.settle();
		Ui.click(Ui.find(root, "types.delete"));
		Ui.settle();
		assertNull(MeetingTypes.find(demo.session().getCasebook(), "regieteam"));
		undo();
		assertSame(regieteam, MeetingTypes.find(demo.session().getCasebook(), "regieteam"));
	}
}
