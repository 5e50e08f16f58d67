/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Externalized messages of the meeting core (messages.properties: English; messages_nl.properties:
 * Dutch).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.meeting.core.internal.messages"; //$NON-NLS-1$

	public static String Agreement_ReasonRequired;
	public static String Command_AgreementStatus;
	public static String Command_CaptureAgreement;
	public static String Command_NewMeeting;
	public static String Command_NextMeeting;
	public static String Export_PdfLabel;
	public static String Export_DocxLabel;
	public static String Field_Identity;
	public static String Field_Pseudonym;
	public static String Field_Health;
	public static String Field_Justice;
	public static String Field_Risks;
	public static String Field_Network;
	public static String Field_LifeDomains;
	public static String Item_OpenAgreementsTitle;
	public static String Item_ReadBackTitle;
	public static String MeetingType_CopyKeySuffix;
	public static String MeetingType_CopyName;
	public static String MeetingType_DurationNotPositive;
	public static String MeetingType_KeyMissing;
	public static String MeetingType_KeyTaken;
	public static String MeetingType_MaxCasesNotPositive;
	public static String MeetingType_NameMissing;
	public static String MeetingType_NewName;
	public static String MeetingType_TimeboxNotPositive;
	public static String MeetingType_ContributionDuplicate;
	public static String MeetingType_ContributionSkipped;
	public static String MeetingType_NotANumber;
	public static String Minutes_ExporterFailed;
	public static String Masking_ProfileFailed;
	public static String Minutes_FormatFailed;
	public static String Meeting_DefaultName;
	public static String Meeting_Title;
	public static String Minutes_Minutes;
	public static String Minutes_Present;
	public static String Minutes_Absent;
	public static String Minutes_MissingParties;
	public static String Minutes_Items;
	public static String Minutes_Reason;
	public static String Minutes_Question;
	public static String Minutes_Decision;
	public static String Minutes_Noodscenario;
	public static String Minutes_NextDate;
	public static String Minutes_Duration;
	public static String Minutes_DurationValue;
	public static String Minutes_TimeboxValue;
	public static String Minutes_Agreements;
	public static String Minutes_Owner;
	public static String Minutes_Due;
	public static String Minutes_Status;
	public static String Minutes_Date;
	public static String Minutes_Location;
	public static String Minutes_Chair;
	public static String Minutes_Secretary;
	public static String Minutes_PseudonymisedNotice;
	public static String Minutes_Generated;
	public static String Projected_Due;
	public static String Projected_JudicialFrame;
	public static String Projected_OpenAgreementsHeading;
	public static String Projected_Overdue;
	public static String Projected_PreviousMoreInformation;
	public static String Projected_RepeatedMoreInformation;
	public static String Projected_Subject;
	public static String Summary_KnowsPerson;
	public static String Summary_Line;
	public static String Summary_None;
	public static String Summary_OpenOverdue;
	public static String Warning_InputMissing;
	public static String Warning_MissingParty;
	public static String Warning_NobodyKnowsPerson;
	public static String Warning_OverTime;
	public static String Warning_PreviousMoreInformation;
	public static String Warning_RepeatedMoreInformation;
	public static String Warning_TooManyCases;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
