/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.cases.ui.internal.editor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import nl.casustafel.cases.ui.internal.Messages;
import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.LifeDomain;
import nl.casustafel.model.LifeDomainStatus;
import nl.casustafel.model.Provenance;
import nl.casustafel.model.Severity;
import nl.casustafel.model.TimelineEvent;
import nl.casustafel.ui.emf.DateFormats;

/**
 * The list pages of the case editor: life domains, involvements, agreements and timeline.
 */
final class CaseListPages {

	static final String LIFE_DOMAINS_ID = "lifeDomains"; //$NON-NLS-1$

	static final String INVOLVEMENTS_ID = "involvements"; //$NON-NLS-1$

	static final String AGREEMENTS_ID = "agreements"; //$NON-NLS-1$

	static final String TIMELINE_ID = "timeline"; //$NON-NLS-1$

	private static final CasebookPackage MODEL = CasebookPackage.eINSTANCE;

	private static final RGB OVERDUE_BACKGROUND = new RGB(255, 226, 222);

	private static final RGB OVERDUE_FOREGROUND = new RGB(150, 20, 10);

	private static final RGB SEVERITY_CRISIS = new RGB(250, 205, 200);

	private static final RGB SEVERITY_SEVERE = new RGB(253, 225, 195);

	private static final RGB SEVERITY_MODERATE = new RGB(253, 243, 200);

	private CaseListPages() {
		// factory methods only
	}

	/** <i>Leefgebieden</i>: severity and note per life domain. */
	static ListPage lifeDomains(CaseEditor editor) {
		return new ListPage(editor, LIFE_DOMAINS_ID, Messages.editor_page_lifeDomains,
				Messages.editor_section_lifeDomains, Messages.editor_section_lifeDomains_description,
				MODEL.getCase_LifeDomains(), MODEL.getLifeDomainStatus(),
				List.of(new ListPage.ColumnSpec(MODEL.getLifeDomainStatus_Domain(), 22, 200, true),
						new ListPage.ColumnSpec(MODEL.getLifeDomainStatus_Severity(), 10, 100, true),
						new ListPage.ColumnSpec(MODEL.getLifeDomainStatus_Note(), 44, 220, true),
						new ListPage.ColumnSpec(MODEL.getLifeDomainStatus_Responsible(), 22, 170, true)),
				created -> {
					LifeDomainStatus status = (LifeDomainStatus) created;
					status.setSeverity(Severity.UNKNOWN);
					status.setDomain(firstUnusedDomain(editor.getCase()));
				}, null, new SeverityStyle(editor));
	}

	private static LifeDomain firstUnusedDomain(Case aCase) {
		if (aCase == null || !(aCase.eContainer() instanceof nl.casustafel.model.Casebook casebook)) {
			return null;
		}
		Set<LifeDomain> used = new HashSet<>();
		for (LifeDomainStatus status : aCase.getLifeDomains()) {
			used.add(status.getDomain());
		}
		for (LifeDomain domain : CasebookLists.resolved(casebook.getLifeDomains())) {
			if (!used.contains(domain)) {
				return domain;
			}
		}
		return null;
	}

	/** <i>Betrokkenen</i>: organisations and professionals, their role, domains and who knows the person. */
	static ListPage involvements(CaseEditor editor) {
		return new ListPage(editor, INVOLVEMENTS_ID, Messages.editor_page_involvements,
				Messages.editor_section_involvements, Messages.editor_section_involvements_description,
				MODEL.getCase_Involvements(), MODEL.getInvolvement(),
				List.of(new ListPage.ColumnSpec(MODEL.getInvolvement_Organisation(), 20, 150, true),
						new ListPage.ColumnSpec(MODEL.getInvolvement_Professional(), 16, 130, true),
						new ListPage.ColumnSpec(MODEL.getInvolvement_Role(), 14, 120, true),
						new ListPage.ColumnSpec(MODEL.getInvolvement_Domains(), 24, 170, true),
						new ListPage.ColumnSpec(MODEL.getInvolvement_KnowsPerson(), 10, 110, true),
						new ListPage.ColumnSpec(MODEL.getInvolvement_Since(), 10, 100, true)),
				created -> ((nl.casustafel.model.Involvement) created).setSince(today()), null, null);
	}

	/** <i>Afspraken</i>: who does what by when; overdue open agreements are highlighted. */
	static ListPage agreements(CaseEditor editor) {
		return new ListPage(editor, AGREEMENTS_ID, Messages.editor_page_agreements, Messages.editor_section_agreements,
				Messages.editor_section_agreements_description, MODEL.getCase_Agreements(), MODEL.getAgreement(),
				List.of(new ListPage.ColumnSpec(MODEL.getAgreement_Description(), 34, 200, true),
						new ListPage.ColumnSpec(MODEL.getAgreement_Owner(), 14, 110, true),
						new ListPage.ColumnSpec(MODEL.getAgreement_Organisation(), 16, 120, true),
						new ListPage.ColumnSpec(MODEL.getAgreement_DueDate(), 13, 160, true),
						new ListPage.ColumnSpec(MODEL.getAgreement_Status(), 10, 90, true),
						new ListPage.ColumnSpec(MODEL.getAgreement_NonCompletionReason(), 13, 110, true),
						new ListPage.ColumnSpec(MODEL.getAgreement_Type(), 12, 100, true)),
				created -> {
					Agreement agreement = (Agreement) created;
					agreement.setStatus(AgreementStatus.OPEN);
					agreement.setCreatedOn(today());
				}, null, new OverdueStyle(editor));
	}

	/** <i>Tijdlijn</i>: events in date order with kind, source and provenance. */
	static ListPage timeline(CaseEditor editor) {
		return new ListPage(editor, TIMELINE_ID, Messages.editor_page_timeline, Messages.editor_section_timeline,
				Messages.editor_section_timeline_description, MODEL.getCase_Timeline(), MODEL.getTimelineEvent(),
				List.of(new ListPage.ColumnSpec(MODEL.getTimelineEvent_Date(), 10, 100, true),
						new ListPage.ColumnSpec(MODEL.getTimelineEvent_Kind(), 12, 100, true),
						new ListPage.ColumnSpec(MODEL.getTimelineEvent_Title(), 24, 180, true),
						new ListPage.ColumnSpec(MODEL.getTimelineEvent_Description(), 36, 220, false),
						new ListPage.ColumnSpec(MODEL.getTimelineEvent_Source(), 16, 130, true),
						new ListPage.ColumnSpec(MODEL.getTimelineEvent_Provenance(), 14, 120, true)),
				created -> {
					TimelineEvent event = (TimelineEvent) created;
					event.setDate(today());
					event.setProvenance(Provenance.DIRECT);
				}, Comparator.comparing((EObject e) -> ((TimelineEvent) e).getDate(),
						Comparator.nullsLast(Comparator.naturalOrder())),
				null);
	}

	private static Date today() {
		return DateFormats.toDate(LocalDate.now());
	}

	/**
	 * @param agreement an agreement
	 * @return whether it is open and its due date has passed
	 */
	static boolean isOverdue(Agreement agreement) {
		Date due = agreement.getDueDate();
		return agreement.getStatus() == AgreementStatus.OPEN && due != null
				&& DateFormats.toLocalDate(due).isBefore(LocalDate.now());
	}

	/** Open agreements past their due date: reddish row, "(verlopen)" after the date. */
	private static final class OverdueStyle implements ListPage.RowStyle {

		private final CaseEditor editor;

		OverdueStyle(CaseEditor editor) {
			this.editor = editor;
		}

		@Override
		public Color background(EObject row) {
			return row instanceof Agreement agreement && isOverdue(agreement) ? editor.color(OVERDUE_BACKGROUND) : null;
		}

		@Override
		public Color foreground(EObject row) {
			return row instanceof Agreement agreement && isOverdue(agreement) ? editor.color(OVERDUE_FOREGROUND) : null;
		}

		@Override
		public String text(EObject row, EStructuralFeature feature, String text) {
			if (feature == MODEL.getAgreement_DueDate() && row instanceof Agreement agreement && isOverdue(agreement)) {
				return NLS.bind(Messages.editor_agreement_overdue, text);
			}
			return text;
		}
	}

	/** The severity cell of a life domain coloured from crisis (red) to moderate (yellow). */
	private static final class SeverityStyle implements ListPage.RowStyle {

		private final CaseEditor editor;

		SeverityStyle(CaseEditor editor) {
			this.editor = editor;
		}

		@Override
		public Color background(EObject row) {
			return null;
		}

		@Override
		public Color foreground(EObject row) {
			return null;
		}

		@Override
		public String text(EObject row, EStructuralFeature feature, String text) {
			return text;
		}

		@Override
		public Color cellBackground(EObject row, EStructuralFeature feature) {
			if (feature != MODEL.getLifeDomainStatus_Severity() || !(row instanceof LifeDomainStatus status)
					|| status.getSeverity() == null) {
				return null;
			}
			return switch (status.getSeverity()) {
			case CRISIS -> editor.color(SEVERITY_CRISIS);
			case SEVERE -> editor.color(SEVERITY_SEVERE);
			case MODERATE -> editor.color(SEVERITY_MODERATE);
			default -> null;
			};
		}
	}
}
