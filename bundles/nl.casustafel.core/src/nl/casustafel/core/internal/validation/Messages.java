/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.validation;

import org.eclipse.osgi.util.NLS;

/**
 * Externalized messages of the casebook validator. {0} is always the label of the object.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.core.internal.validation.messages"; //$NON-NLS-1$

	public static String AgendaItem_CaseMissing;
	public static String AgendaItem_ReasonMissing;
	public static String AgendaItem_QuestionMissing;
	public static String Agreement_DescriptionMissing;
	public static String Agreement_OwnerMissing;
	public static String Agreement_DueDateMissing;
	public static String Agreement_NonCompletionReasonMissing;
	public static String Case_CaseNumberMissing;
	public static String Case_SubjectMissing;
	public static String Case_ReasonMissing;
	public static String Organisation_NameMissing;
	public static String Organisation_LogicMissing;
	public static String Professional_NameMissing;
	public static String Professional_OrganisationMissing;
	public static String Subject_PseudonymMissing;
	public static String Meeting_DateMissing;
	public static String Meeting_TypeMissing;
	public static String Relation_SourceMissing;
	public static String Relation_TargetMissing;
	public static String Relation_SourceEqualsTarget;
	public static String Validity_ToBeforeFrom;
	public static String Label_Unnamed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
		// constants only
	}
}
