/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.navigator;

import java.util.Locale;
import java.util.Set;

import nl.casustafel.model.Case;
import nl.casustafel.model.CaseStatus;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.Organisation;

/**
 * What the navigator shows and filters on for one case, read once from the model so that listing
 * and filtering many cases stays fast. Never holds protected identity.
 *
 * @param aCase          the case
 * @param caseNumber     its case number ("" when none)
 * @param pseudonym      its subject's pseudonym ("" when none)
 * @param status         its status, or {@code null}
 * @param statusLabel    the translated status
 * @param phase          its phase's label ("" when none)
 * @param municipality   its subject's municipality, or {@code null}
 * @param municipalityName that municipality's name ("" when none)
 * @param regisseur      the casusregisseur's name ("" when none)
 * @param openAgreements the number of open agreements
 * @param partners       the organisations involved
 * @param searchText     case number and pseudonym in lower case, for searching
 */
public record CaseRow(Case aCase, String caseNumber, String pseudonym, CaseStatus status, String statusLabel,
		String phase, Municipality municipality, String municipalityName, String regisseur, int openAgreements,
		Set<Organisation> partners, String searchText) {

	/**
	 * @param query lower-case search text; empty matches all
	 * @return whether the case number or pseudonym contains the text
	 */
	public boolean matches(String query) {
		return query.isEmpty() || searchText.contains(query);
	}

	static String searchText(String caseNumber, String pseudonym) {
		return (caseNumber + '\n' + pseudonym).toLowerCase(Locale.ROOT);
	}
}
