/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.meeting.core.internal.Messages;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Involvement;

/**
 * The one-line summary of a case for its agenda item: its last agreements, its open actions (and
 * how many are overdue) and the partners involved, with a mark on those who know the person.
 *
 * @param lastAgreements descriptions of the most recent agreements, newest first (at most 2)
 * @param openCount      open agreements
 * @param overdueCount   open agreements past their due date
 * @param partners       involved organisations, "(kent persoon)" marked
 * @since 0.1
 */
public record ItemSummary(List<String> lastAgreements, int openCount, int overdueCount, List<String> partners) {

	/** How many recent agreements the summary names. */
	public static final int LAST_AGREEMENTS = 2;

	/**
	 * @param aCase a case
	 * @param today the day overdue is measured against
	 * @return its summary
	 */
	public static ItemSummary of(Case aCase, LocalDate today) {
		List<Agreement> agreements = new ArrayList<>(aCase.getAgreements());
		agreements.sort(Comparator.comparing((Agreement a) -> a.getCreatedOn() == null ? new java.util.Date(0) : a.getCreatedOn())
				.reversed());
		List<String> last = new ArrayList<>();
		int open = 0;
		int overdue = 0;
		for (Agreement agreement : agreements) {
			if (last.size() < LAST_AGREEMENTS && agreement.getDescription() != null) {
				last.add(agreement.getDescription());
			}
			if (agreement.getStatus() == AgreementStatus.OPEN) {
				open++;
				if (Agreements.isOverdue(agreement, today)) {
					overdue++;
				}
			}
		}
		Set<String> partners = new LinkedHashSet<>();
		Set<String> knowing = new LinkedHashSet<>();
		for (Involvement involvement : aCase.getInvolvements()) {
			String name = Labels.of(involvement.getOrganisation());
			if (!name.isEmpty()) {
				partners.add(name);
				if (involvement.isKnowsPerson()) {
					knowing.add(name);
				}
			}
		}
		List<String> partnerLabels = new ArrayList<>();
		for (String partner : partners) {
			partnerLabels.add(knowing.contains(partner) ? NLS.bind(Messages.Summary_KnowsPerson, partner) : partner);
		}
		return new ItemSummary(List.copyOf(last), open, overdue, List.copyOf(partnerLabels));
	}

	/**
	 * @return the summary in one line, e.g. "Laatste afspraken: …; open acties: 3 (1 te laat);
	 *         partners: Lindestroom (kent persoon), Politie"
	 */
	public String toLine() {
		String agreements = lastAgreements.isEmpty() ? Messages.Summary_None : String.join(" | ", lastAgreements); //$NON-NLS-1$
		String open = overdueCount > 0 ? NLS.bind(Messages.Summary_OpenOverdue, Integer.valueOf(openCount), Integer.valueOf(overdueCount))
				: String.valueOf(openCount);
		String partnerText = partners.isEmpty() ? Messages.Summary_None : String.join(", ", partners); //$NON-NLS-1$
		return NLS.bind(Messages.Summary_Line, new Object[] { agreements, open, partnerText });
	}
}
