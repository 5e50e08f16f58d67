/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import nl.casustafel.meeting.core.internal.Messages;

/**
 * Categories of case data a masking profile decides about.
 *
 * @since 0.1
 */
public enum SensitiveField {
	/**
	 * Directly identifying data (full name, BSN, address, birth date, phone). Never shown on the
	 * projector nor in pseudonymised minutes, whatever a profile says.
	 */
	IDENTITY,
	/** The subject's pseudonym; where it is hidden the initials are shown. */
	PSEUDONYM,
	/** Health details: mental and physical health, addiction, LVB. */
	HEALTH,
	/** Justice details: the judicial frame and the justice life domain. */
	JUSTICE,
	/** The risks of the case (reoffending, threat, aggression, self-neglect). */
	RISKS,
	/** Third parties: family, network, relationships, parenting, informal ties. */
	NETWORK,
	/** The other life domains (housing, income, debts, daytime activity, ...). */
	LIFE_DOMAINS;

	/** @return the localised name of the category */
	public String label() {
		return switch (this) {
		case IDENTITY -> Messages.Field_Identity;
		case PSEUDONYM -> Messages.Field_Pseudonym;
		case HEALTH -> Messages.Field_Health;
		case JUSTICE -> Messages.Field_Justice;
		case RISKS -> Messages.Field_Risks;
		case NETWORK -> Messages.Field_Network;
		case LIFE_DOMAINS -> Messages.Field_LifeDomains;
		};
	}
}
