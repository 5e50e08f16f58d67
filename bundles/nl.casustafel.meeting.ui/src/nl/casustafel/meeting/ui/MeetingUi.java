/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui;

/**
 * Identifiers of the casusoverleg views, editor and commands, for bundles that show, open or place
 * them (perspectives, menus, other views, tests).
 *
 * @since 0.1
 */
public final class MeetingUi {

	/** Symbolic name of this bundle. */
	public static final String PLUGIN_ID = "nl.casustafel.meeting.ui"; //$NON-NLS-1$

	/** The meetings view (<i>Overleggen</i>): series and meetings of the active casebook. */
	public static final String MEETINGS_VIEW_ID = PLUGIN_ID + ".meetings"; //$NON-NLS-1$

	/** The agreements view (<i>Afspraken</i>) across all cases and meetings. */
	public static final String AGREEMENTS_VIEW_ID = PLUGIN_ID + ".agreements"; //$NON-NLS-1$

	/** The chair console (<i>Voorzittersconsole</i>) that drives conduct mode. */
	public static final String CHAIR_CONSOLE_VIEW_ID = PLUGIN_ID + ".chairConsole"; //$NON-NLS-1$

	/** The agenda editor; its input is an {@link AgendaEditorInput}. */
	public static final String AGENDA_EDITOR_ID = PLUGIN_ID + ".agendaEditor"; //$NON-NLS-1$

	/** The editor of the casebook's meeting types (<i>Soorten overleg</i>). */
	public static final String MEETING_TYPES_EDITOR_ID = PLUGIN_ID + ".meetingTypesEditor"; //$NON-NLS-1$

	/** Command: a new meeting (choose type and date). */
	public static final String NEW_MEETING_COMMAND = PLUGIN_ID + ".newMeeting"; //$NON-NLS-1$

	/** Command: the next meeting of the selected series. */
	public static final String NEXT_MEETING_COMMAND = PLUGIN_ID + ".nextMeeting"; //$NON-NLS-1$

	/** Command: open the agenda of the selected meeting. */
	public static final String OPEN_AGENDA_COMMAND = PLUGIN_ID + ".openAgenda"; //$NON-NLS-1$

	/** Command: manage the casebook's meeting types in their editor. */
	public static final String MANAGE_MEETING_TYPES_COMMAND = PLUGIN_ID + ".manageMeetingTypes"; //$NON-NLS-1$

	/** Command: run the selected meeting on the projector. */
	public static final String CONDUCT_START_COMMAND = PLUGIN_ID + ".conduct.start"; //$NON-NLS-1$

	/** Command: next agenda item in conduct mode. */
	public static final String CONDUCT_NEXT_COMMAND = PLUGIN_ID + ".conduct.next"; //$NON-NLS-1$

	/** Command: previous agenda item in conduct mode. */
	public static final String CONDUCT_PREVIOUS_COMMAND = PLUGIN_ID + ".conduct.previous"; //$NON-NLS-1$

	/** Command: export the minutes of the selected meeting. */
	public static final String EXPORT_MINUTES_COMMAND = PLUGIN_ID + ".exportMinutes"; //$NON-NLS-1$

	/** Command: print the minutes of the selected meeting. */
	public static final String PRINT_MINUTES_COMMAND = PLUGIN_ID + ".printMinutes"; //$NON-NLS-1$

	/** The preference page of the masking profile (<i>Projectie</i>). */
	public static final String MASKING_PREFERENCE_PAGE_ID = PLUGIN_ID + ".preferences.masking"; //$NON-NLS-1$

	/**
	 * Key of {@link org.eclipse.swt.widgets.Widget#getData(String)} naming a widget of these views
	 * (e.g. {@code "agenda.items"}, {@code "console.next"}), for UI tests and accessibility tools.
	 */
	public static final String WIDGET_KEY = PLUGIN_ID + ".widget"; //$NON-NLS-1$

	private MeetingUi() {
	}
}
