/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing texts ({@code messages.properties}, Dutch in {@code messages_nl.properties}).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.learning.core.internal.messages"; //$NON-NLS-1$

	public static String capture_duplicateKind;
	public static String capture_limitParticipant;
	public static String capture_limitStep;
	public static String capture_maximumNotCountable;
	public static String capture_negativeMaximum;
	public static String capture_notInStep;
	public static String capture_participantRequired;
	public static String capture_presenter;
	public static String case_adult;
	public static String case_agedFemale;
	public static String case_agedMale;
	public static String case_course;
	public static String case_decade20;
	public static String case_decade30;
	public static String case_decade40;
	public static String case_decade50;
	public static String case_decade60;
	public static String case_decade70;
	public static String case_domains;
	public static String case_flags;
	public static String case_household;
	public static String case_judicialFrame;
	public static String case_knowsPerson;
	public static String case_man;
	public static String case_minor;
	public static String case_network;
	public static String case_organisationCare;
	public static String case_organisationJustice;
	public static String case_organisationMunicipality;
	public static String case_organisationOther;
	public static String case_partners;
	public static String case_person;
	public static String case_placeCentre;
	public static String case_placeOther;
	public static String case_placeSmall;
	public static String case_placeholderAmount;
	public static String case_placeholderClient;
	public static String case_placeholderDate;
	public static String case_placeholderInitials;
	public static String case_placeholderMunicipality;
	public static String case_placeholderNumber;
	public static String case_placeholderProfessional;
	public static String case_placeholderRemoved;
	public static String case_placeholderYear;
	public static String case_question;
	public static String case_reason;
	public static String case_risks;
	public static String case_targetGroups;
	public static String case_title;
	public static String case_who;
	public static String case_woman;
	public static String case_youngAdult;
	public static String command_addLearningPoint;
	public static String command_addSession;
	public static String command_addTheoryItem;
	public static String command_answer;
	public static String command_capture;
	public static String command_extendStep;
	public static String command_finalQuestion;
	public static String command_finishSession;
	public static String command_learningCase;
	public static String command_nextStep;
	public static String command_notExecutable;
	public static String command_remove;
	public static String command_skipStep;
	public static String command_startSession;
	public static String contribution_badOrder;
	public static String contribution_duplicateKey;
	public static String contribution_fileMissing;
	public static String contribution_noFile;
	public static String exporter_pdf;
	public static String field_captureLabel;
	public static String field_caseTemplate;
	public static String field_goal;
	public static String field_guidance;
	public static String field_name;
	public static String field_prompt;
	public static String field_speakingRule;
	public static String field_summary;
	public static String field_title;
	public static String file_notAMethod;
	public static String file_unreadable;
	public static String kind_action;
	public static String kind_advice;
	public static String kind_finalQuestion;
	public static String kind_learningPoint;
	public static String kind_note;
	public static String kind_parked;
	public static String kind_question;
	public static String kind_takeaway;
	public static String kind_theory;
	public static String kinds_action;
	public static String kinds_advice;
	public static String kinds_finalQuestion;
	public static String kinds_learningPoint;
	public static String kinds_note;
	public static String kinds_parked;
	public static String kinds_question;
	public static String kinds_takeaway;
	public static String kinds_theory;
	public static String method_noKey;
	public static String method_noSteps;
	public static String minutes_absent;
	public static String minutes_actions;
	public static String minutes_advice;
	public static String minutes_case;
	public static String minutes_chair;
	public static String minutes_course;
	public static String minutes_date;
	public static String minutes_footer;
	public static String minutes_forTeam;
	public static String minutes_guest;
	public static String minutes_handout;
	public static String minutes_host;
	public static String minutes_learningPoints;
	public static String minutes_location;
	public static String minutes_mailSubject;
	public static String minutes_method;
	public static String minutes_methodValue;
	public static String minutes_mode;
	public static String minutes_online;
	public static String minutes_parked;
	public static String minutes_present;
	public static String minutes_presenter;
	public static String minutes_question;
	public static String minutes_questionsAsked;
	public static String minutes_session;
	public static String minutes_stepDuration;
	public static String minutes_stepExtended;
	public static String minutes_stepOverran;
	public static String minutes_stepRunning;
	public static String minutes_stepSkipped;
	public static String minutes_takeaways;
	public static String minutes_theory;
	public static String minutes_theoryLink;
	public static String minutes_theoryPreparer;
	public static String minutes_title;
	public static String mode_hybrid;
	public static String mode_inPerson;
	public static String mode_online;
	public static String severity_crisis;
	public static String severity_mild;
	public static String severity_moderate;
	public static String severity_none;
	public static String severity_severe;
	public static String severity_unknown;
	public static String step_duplicateKey;
	public static String step_noKey;
	public static String step_noMinutes;
	public static String text_missing;
	public static String text_missingDutch;
	public static String text_missingEnglish;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
