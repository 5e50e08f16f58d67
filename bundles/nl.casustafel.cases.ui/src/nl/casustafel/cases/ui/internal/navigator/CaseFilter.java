/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.casustafel.model.CaseStatus;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.Organisation;

/**
 * The navigator's filter: search text (case number or pseudonym), status, municipality and partner.
 * {@code null} criteria match everything.
 *
 * @param query        search text, any case
 * @param status       the status, or {@code null}
 * @param municipality the subject's municipality, or {@code null}
 * @param partner      an involved organisation, or {@code null}
 */
public record CaseFilter(String query, CaseStatus status, Municipality municipality, Organisation partner) {

	/** Matches every case. */
	public static final CaseFilter ALL = new CaseFilter("", null, null, null); //$NON-NLS-1$

	/**
	 * @param row a row
	 * @return whether the row passes
	 */
	public boolean accepts(CaseRow row) {
		return (status == null || row.status() == status)
				&& (municipality == null || row.municipality() == municipality)
				&& (partner == null || row.partners().contains(partner))
				&& row.matches(normalizedQuery());
	}

	private String normalizedQuery() {
		return query == null ? "" : query.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/**
	 * @param rows rows
	 * @return the rows passing, in order
	 */
	public List<CaseRow> apply(List<CaseRow> rows) {
		String normalized = normalizedQuery();
		List<CaseRow> result = new ArrayList<>(rows.size());
		for (CaseRow row : rows) {
			if ((status == null || row.status() == status)
					&& (municipality == null || row.municipality() == municipality)
					&& (partner == null || row.partners().contains(partner)) && row.matches(normalized)) {
				result.add(row);
			}
		}
		return result;
	}
}
