/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.meeting.core.Dates;
import nl.casustafel.meeting.core.Minutes;
import nl.casustafel.meeting.core.MinutesExport;
import nl.casustafel.meeting.core.spi.MinutesExporter;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.MeetingType;

/** The handlers of the meeting commands. */
public final class MeetingHandlers {

	private MeetingHandlers() {
	}

	/**
	 * @param event a command execution
	 * @return the meeting the command is about: the active agenda editor's, else the selected one
	 *         (or the meeting of a selected agenda item), else the running one
	 */
	static Meeting meeting(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof AgendaEditor editor) {
			return editor.getMeeting();
		}
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			Object first = structured.getFirstElement();
			if (first instanceof Meeting meeting) {
				return meeting;
			}
			if (first instanceof AgendaItem item && item.eContainer() instanceof Meeting meeting) {
				return meeting;
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof AgendaEditor agenda) {
			return agenda.getMeeting();
		}
		ConductController running = ConductController.current();
		return running == null ? null : running.getSession().getMeeting();
	}

	static CasebookSession session(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof AgendaEditor agenda && HandlerUtil.getActivePart(event) == editor) {
			return agenda.getSession();
		}
		return Sessions.active();
	}

	static MeetingSeries series(ExecutionEvent event, CasebookSession session) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			Object first = structured.getFirstElement();
			if (first instanceof MeetingSeries series) {
				return series;
			}
			if (first instanceof Meeting meeting && meeting.getSeries() != null) {
				return meeting.getSeries();
			}
		}
		Meeting meeting = meeting(event);
		if (meeting != null && meeting.getSeries() != null) {
			return meeting.getSeries();
		}
		return session.getCasebook().getMeetingSeries().isEmpty() ? null : session.getCasebook().getMeetingSeries().get(0);
	}

	private static boolean noCasebook(ExecutionEvent event, CasebookSession session) {
		if (session == null || session.isClosed()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Handler_NoCasebookTitle,
					Messages.Handler_NoCasebook);
			return true;
		}
		return false;
	}

	private static boolean noMeeting(ExecutionEvent event, Meeting meeting) {
		if (meeting == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Handler_NoMeetingTitle,
					Messages.Handler_NoMeeting);
			return true;
		}
		return false;
	}

	/** A new meeting: series (or none), type, date. */
	public static final class NewMeeting extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			CasebookSession session = session(event);
			if (noCasebook(event, session)) {
				return null;
			}
			NewMeetingDialog dialog = new NewMeetingDialog(HandlerUtil.getActiveShell(event), session.getCasebook(), null);
			if (dialog.open() == Window.OK) {
				MeetingActions.createMeeting(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), session,
						dialog.getType(), dialog.getSeries(), dialog.getDate());
			}
			return null;
		}
	}

	/** The next meeting of the selected series, with its open agreements on top. */
	public static final class NextMeeting extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			CasebookSession session = session(event);
			if (noCasebook(event, session)) {
				return null;
			}
			MeetingSeries series = series(event, session);
			NewMeetingDialog dialog = new NewMeetingDialog(HandlerUtil.getActiveShell(event), session.getCasebook(), series);
			if (dialog.open() == Window.OK) {
				MeetingActions.createMeeting(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), session,
						dialog.getType(), dialog.getSeries(), dialog.getDate());
			}
			return null;
		}
	}

	/** Opens the agenda of the selected meeting. */
	public static final class OpenAgenda extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Meeting meeting = meeting(event);
			CasebookSession session = Sessions.active();
			if (!noCasebook(event, session) && !noMeeting(event, meeting)) {
				AgendaEditors.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), session, meeting);
			}
			return null;
		}
	}

	/** Opens the editor of the casebook's meeting types, on the selected type if there is one. */
	public static final class ManageMeetingTypes extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			CasebookSession session = Sessions.active();
			if (noCasebook(event, session)) {
				return null;
			}
			ISelection selection = HandlerUtil.getCurrentSelection(event);
			Object selected = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
			MeetingTypesEditor.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), session,
					selected instanceof MeetingType type && type.eContainer() == session.getCasebook() ? type : null);
			return null;
		}
	}

	/** Runs the meeting on the projector, driven from the chair console. */
	public static final class StartConduct extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Meeting meeting = meeting(event);
			CasebookSession session = session(event);
			if (!noCasebook(event, session) && !noMeeting(event, meeting)) {
				ConductController.start(HandlerUtil.getActiveWorkbenchWindow(event), session, meeting);
			}
			return null;
		}
	}

	/** Next agenda item in conduct mode. */
	public static final class NextItem extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			ConductController running = ConductController.current();
			if (running != null) {
				running.getSession().next();
			}
			return null;
		}
	}

	/** Previous agenda item in conduct mode. */
	public static final class PreviousItem extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			ConductController running = ConductController.current();
			if (running != null) {
				running.getSession().previous();
			}
			return null;
		}
	}

	/** Exports the minutes: format, pseudonymised or not, file. */
	public static final class ExportMinutes extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Meeting meeting = meeting(event);
			if (noMeeting(event, meeting)) {
				return null;
			}
			Shell shell = HandlerUtil.getActiveShell(event);
			List<MinutesExporter> exporters = MinutesExport.exporters(meeting);
			ExportMinutesDialog dialog = new ExportMinutesDialog(shell, exporters);
			if (dialog.open() != Window.OK || dialog.getExporter() == null) {
				return null;
			}
			MinutesExporter exporter = dialog.getExporter();
			FileDialog files = new FileDialog(shell, SWT.SAVE);
			files.setOverwrite(true);
			files.setFilterExtensions(new String[] { "*." + exporter.getFileExtension() }); //$NON-NLS-1$
			files.setFileName(NLS.bind(Messages.Export_FileName, Dates.formatShort(meeting.getDate()),
					dialog.isPseudonymised() ? Messages.Export_FileNamePseudonymised : "") + "." + exporter.getFileExtension()); //$NON-NLS-1$ //$NON-NLS-2$
			String file = files.open();
			if (file == null) {
				return null;
			}
			try {
				MeetingActions.exportMinutes(meeting, exporter.getFormat(), dialog.isPseudonymised(), Path.of(file));
			} catch (IOException e) {
				MessageDialog.openError(shell, Messages.Export_FailedTitle, NLS.bind(Messages.Export_Failed, file, e.getMessage()));
			}
			return null;
		}
	}

	/** Prints the minutes. */
	public static final class PrintMinutes extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Meeting meeting = meeting(event);
			if (noMeeting(event, meeting)) {
				return null;
			}
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			PrintDialog dialog = new PrintDialog(window.getShell(), SWT.NONE);
			PrinterData data = dialog.open();
			if (data == null) {
				return null;
			}
			printMinutes(data, meeting);
			return null;
		}
	}

	/**
	 * Prints the minutes of a meeting.
	 *
	 * @param data    the printer
	 * @param meeting the meeting
	 * @return the number of pages printed
	 */
	public static int printMinutes(PrinterData data, Meeting meeting) {
		Printer printer = new Printer(data);
		try {
			return MinutesPrinter.print(printer, Minutes.of(meeting, false, Sessions.today()),
					NLS.bind(Messages.Print_JobName, Dates.formatShort(meeting.getDate())));
		} finally {
			printer.dispose();
		}
	}
}
