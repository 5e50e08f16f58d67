/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.navigator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;
import nl.casustafel.model.Subject;
import nl.casustafel.ui.emf.ModelLabels;

/**
 * Builds the navigator's rows from a casebook and filters them.
 */
public final class CaseRows {

	/** Orders case numbers naturally: "LV-2" before "LV-10", "LV-05a" before "LV-05b". */
	public static final Comparator<String> NATURAL = CaseRows::compareNatural;

	private CaseRows() {
		// static helpers only
	}

	/**
	 * @param casebook a casebook, or {@code null}
	 * @return one row per readable case, in case-number order
	 */
	public static List<CaseRow> build(Casebook casebook) {
		if (casebook == null) {
			return List.of();
		}
		List<Case> cases = CasebookLists.resolved(casebook.getCases());
		List<CaseRow> rows = new ArrayList<>(cases.size());
		for (Case aCase : cases) {
			rows.add(row(aCase));
		}
		rows.sort(Comparator.comparing(CaseRow::caseNumber, NATURAL));
		return rows;
	}

	/**
	 * @param aCase a case
	 * @return its row
	 */
	public static CaseRow row(Case aCase) {
		String number = nonNull(aCase.getCaseNumber());
		Subject subject = CasebookLists.resolvedOrNull(aCase.getSubject());
		String pseudonym = subject == null ? "" : nonNull(subject.getPseudonym()); //$NON-NLS-1$
		Municipality municipality = subject == null ? null : CasebookLists.resolvedOrNull(subject.getMunicipality());
		Professional regisseur = CasebookLists.resolvedOrNull(aCase.getCasusregisseur());
		int open = 0;
		for (Agreement agreement : aCase.getAgreements()) {
			if (agreement.getStatus() == AgreementStatus.OPEN) {
				open++;
			}
		}
		Set<Organisation> partners = Collections.emptySet();
		if (!aCase.getInvolvements().isEmpty()) {
			partners = new HashSet<>();
			for (Involvement involvement : aCase.getInvolvements()) {
				Organisation organisation = CasebookLists.resolvedOrNull(involvement.getOrganisation());
				if (organisation != null) {
					partners.add(organisation);
				}
				Professional professional = CasebookLists.resolvedOrNull(involvement.getProfessional());
				if (professional != null && CasebookLists.resolvedOrNull(professional.getOrganisation()) != null) {
					partners.add(professional.getOrganisation());
				}
			}
		}
		return new CaseRow(aCase, number, pseudonym, aCase.getStatus(),
				aCase.getStatus() == null ? "" : ModelLabels.literal(aCase.getStatus()), //$NON-NLS-1$
				ModelLabels.value(null, CasebookPackage.Literals.CASE__PHASE, nonNull(aCase.getPhase())), municipality, municipality == null ? "" : nonNull(municipality.getName()), //$NON-NLS-1$
				regisseur == null ? "" : nonNull(regisseur.getName()), open, partners, //$NON-NLS-1$
				CaseRow.searchText(number, pseudonym));
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	static int compareNatural(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i);
			char cb = b.charAt(j);
			if (Character.isDigit(ca) && Character.isDigit(cb)) {
				int si = i;
				int sj = j;
				while (i < a.length() && Character.isDigit(a.charAt(i))) {
					i++;
				}
				while (j < b.length() && Character.isDigit(b.charAt(j))) {
					j++;
				}
				String na = a.substring(si, i).replaceFirst("^0+(?=.)", ""); //$NON-NLS-1$ //$NON-NLS-2$
				String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", ""); //$NON-NLS-1$ //$NON-NLS-2$
				int byLength = Integer.compare(na.length(), nb.length());
				if (byLength != 0) {
					return byLength;
				}
				int byDigits = na.compareTo(nb);
				if (byDigits != 0) {
					return byDigits;
				}
			} else {
				int byChar = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
				if (byChar != 0) {
					return byChar;
				}
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}
}
