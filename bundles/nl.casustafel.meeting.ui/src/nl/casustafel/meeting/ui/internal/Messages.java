/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Externalized texts of the casusoverleg views (messages.properties: English; messages_nl.properties:
 * Dutch).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.meeting.ui.internal.messages"; //$NON-NLS-1$

	public static String Action_Undo;
	public static String Action_UndoCommand;
	public static String Action_Redo;
	public static String Action_RedoCommand;
	public static String AddCase_Title;
	public static String AddCase_Message;
	public static String AddCase_Ready;
	public static String AddCase_Find;
	public static String Agenda_AddCase;
	public static String Agenda_MoveUp;
	public static String Agenda_MoveDown;
	public static String Agenda_Remove;
	public static String Agenda_Conduct;
	public static String Agenda_Agreements;
	public static String Agenda_AllPartiesPresent;
	public static String Agenda_MissingParties;
	public static String Agenda_ColumnItem;
	public static String Agenda_ColumnTimebox;
	public static String Agenda_ColumnReady;
	public static String Agenda_ColumnKnows;
	public static String Agenda_ColumnSummary;
	public static String Agenda_ColumnPartner;
	public static String Agenda_ColumnStatus;
	public static String Agenda_ColumnNote;
	public static String Agenda_ColumnName;
	public static String Agenda_ColumnOrganisation;
	public static String Agenda_ColumnRole;
	public static String Agenda_ColumnStillValid;
	public static String Agenda_Confirmed;
	public static String Agenda_ToConfirm;
	public static String Agenda_Info;
	public static String Agenda_InfoChair;
	public static String Agenda_KnowsYes;
	public static String Agenda_KnowsNo;
	public static String Agenda_Load;
	public static String Agenda_MeetingGone;
	public static String Agenda_OpenAgreementsSummary;
	public static String Agenda_OpenFailedTitle;
	public static String Agenda_PartName;
	public static String Agenda_Preparation;
	public static String Agenda_Question;
	public static String Agenda_Reason;
	public static String Agenda_RemoveTitle;
	public static String Agenda_RemoveQuestion;
	public static String Agenda_SaveFailedTitle;
	public static String Agenda_TabAttendance;
	public static String Agenda_TabItem;
	public static String Agenda_Timebox;
	public static String Agreements_All;
	public static String Agreements_ColumnAgreement;
	public static String Agreements_ColumnCase;
	public static String Agreements_ColumnConfirmed;
	public static String Agreements_ColumnDue;
	public static String Agreements_ColumnHome;
	public static String Agreements_ColumnOwner;
	public static String Agreements_ColumnSource;
	public static String Agreements_ColumnStatus;
	public static String Agreements_Count;
	public static String Agreements_Done;
	public static String Agreements_NotDone;
	public static String Agreements_NoLongerValid;
	public static String Agreements_StillValid;
	public static String Agreements_FilterOrganisation;
	public static String Agreements_FilterOwner;
	public static String Agreements_FilterStatus;
	public static String Agreements_FilterOverdue;
	public static String Agreements_HomeYes;
	public static String Agreements_Overdue;
	public static String Command_NewMeeting;
	public static String Conduct_Title;
	public static String Conduct_EmptyAgenda;
	public static String Console_Idle;
	public static String Console_Previous;
	public static String Console_Next;
	public static String Console_Position;
	public static String Console_Blank;
	public static String Console_Unblank;
	public static String Console_Finish;
	public static String Console_FinishTitle;
	public static String Console_FinishQuestion;
	public static String Console_Reveal;
	public static String Console_DecisionGroup;
	public static String Console_Decision;
	public static String Console_Noodscenario;
	public static String Console_CaptureGroup;
	public static String Console_What;
	public static String Console_Who;
	public static String Console_WhoHint;
	public static String Console_Due;
	public static String Console_DueHint;
	public static String Console_DueDefault;
	public static String Console_DueInvalid;
	public static String Console_Type;
	public static String Console_Capture;
	public static String Console_Captured;
	public static String Console_NeedWhat;
	public static String Console_NeedWho;
	public static String Console_Summary;
	public static String Export_Title;
	public static String Export_Message;
	public static String Export_Format;
	public static String Export_Pseudonymised;
	public static String Export_FileName;
	public static String Export_FileNamePseudonymised;
	public static String Export_FailedTitle;
	public static String Export_Failed;
	public static String Handler_NoCasebookTitle;
	public static String Handler_NoCasebook;
	public static String Handler_NoMeetingTitle;
	public static String Handler_NoMeeting;
	public static String Masking_Description;
	public static String Masking_Projector;
	public static String Masking_Chair;
	public static String Masking_Minutes;
	public static String Masking_PseudonymisedMinutes;
	public static String Masking_Shown;
	public static String Masking_Collapsed;
	public static String Masking_Hidden;
	public static String Masking_Floor;
	public static String Meetings_Types;
	public static String Meetings_Type;
	public static String Meetings_Loose;
	public static String NewMeeting_Title;
	public static String NewMeeting_Message;
	public static String NewMeeting_Series;
	public static String NewMeeting_NoSeries;
	public static String NewMeeting_Type;
	public static String NewMeeting_Contributed;
	public static String NewMeeting_Date;
	public static String NewMeeting_Time;
	public static String NewMeeting_NeedType;
	public static String NewMeeting_NeedDate;
	public static String NewMeeting_NeedTime;
	public static String NotDone_Title;
	public static String NotDone_Message;
	public static String Print_JobName;
	public static String Projector_Title;
	public static String Projector_Question;
	public static String Projector_Reason;
	public static String Projector_Agreements;
	public static String Projector_Noodscenario;
	public static String Projector_Collapsed;
	public static String Projector_Decision;
	public static String Projector_Overrun;
	public static String StillValid_Title;
	public static String StillValid_Heading;
	public static String StillValid_Message;
	public static String StillValid_ColumnAnswer;
	public static String StillValid_Overdue;
	public static String StillValid_Summary;
	public static String StillValid_Apply;
	public static String StillValid_Later;
	public static String Types_PartName;
	public static String Types_Tooltip;
	public static String Types_OpenFailedTitle;
	public static String Types_ListLabel;
	public static String Types_Contributed;
	public static String Types_Unnamed;
	public static String Types_Empty;
	public static String Types_Add;
	public static String Types_Duplicate;
	public static String Types_Delete;
	public static String Types_CopyIntoCasebook;
	public static String Types_ContributedNote;
	public static String Types_Name;
	public static String Types_Key;
	public static String Types_Description;
	public static String Types_Duration;
	public static String Types_Timebox;
	public static String Types_MaxCases;
	public static String Types_Parties;
	public static String Types_PartyTypes;
	public static String Types_UsedBy;
	public static String Types_Unused;
	public static String Types_DeleteRefused;
	public static String Types_CommandAdd;
	public static String Types_CommandChange;
	public static String Types_CommandCopy;
	public static String Types_CommandDelete;
	public static String Types_CommandDuplicate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
