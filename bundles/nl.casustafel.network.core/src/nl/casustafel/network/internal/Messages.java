/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the network core: legend labels, command labels for the Undo menu, import problems.
 * Dutch in {@code messages_nl.properties}, English fallback in {@code messages.properties}.
 */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.casustafel.network.internal.messages"; //$NON-NLS-1$

	public static String badge_knowsPerson;

	public static String badge_missingParty;

	public static String badge_regie;

	public static String command_createRelation;

	public static String command_deleteRelations;

	public static String command_pinNode;

	public static String command_pinNodes;

	public static String command_reconnect;

	public static String command_setKind;

	public static String command_unpin;

	public static String edgeType_cooperation;

	public static String edgeType_covenant;

	public static String edgeType_escalation;

	public static String edgeType_funding;

	public static String edgeType_handover;

	public static String edgeType_informal;

	public static String edgeType_informationSharing;

	public static String edgeType_involvement;

	public static String edgeType_mandate;

	public static String edgeType_membership;

	public static String edgeType_missing;

	public static String edgeType_other;

	public static String edgeType_referral;

	public static String edgeType_regie;

	public static String edgeType_shouldAttend;

	public static String edgeType_tension;

	public static String flag_centre;

	public static String flag_knowsPerson;

	public static String flag_missingParty;

	public static String flag_regie;

	public static String import_ambiguousName;

	public static String import_badDate;

	public static String import_badKind;

	public static String import_badLogic;

	public static String import_badNumber;

	public static String import_badTension;

	public static String import_badXml;

	public static String import_commandLabel;

	public static String import_dateOrder;

	public static String import_duplicateId;

	public static String import_emptyFile;

	public static String import_fieldCount;

	public static String import_missingColumn;

	public static String import_notGraphMl;

	public static String import_required;

	public static String import_selfRelation;

	public static String import_unknownOrganisation;

	public static String import_unterminatedQuote;

	public static String legend_title;

	public static String logic_care;

	public static String logic_justice;

	public static String logic_municipality;

	public static String logic_other;

	public static String nodeKind_covenant;

	public static String nodeKind_informalTie;

	public static String nodeKind_organisation;

	public static String nodeKind_professional;

	public static String nodeKind_subject;

	public static String relationType_unknownElement;

	public static String relationType_missingKey;

	public static String relationType_reservedKey;

	public static String relationType_builtInKey;

	public static String relationType_duplicateKey;

	public static String relationType_missingLabel;

	public static String relationType_missingCategory;

	public static String relationType_badCategory;

	public static String relationType_badDirected;

	public static String relationType_badColor;

	public static String relationType_badWidth;

	public static String relationType_badDash;

	public static String relationType_unreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
