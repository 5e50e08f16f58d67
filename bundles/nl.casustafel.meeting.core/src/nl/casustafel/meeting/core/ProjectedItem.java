/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.casustafel.meeting.core.internal.Messages;
import nl.casustafel.meeting.core.internal.Scrubber;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.DecisionType;
import nl.casustafel.model.InformalTie;
import nl.casustafel.model.LifeDomainStatus;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Severity;
import nl.casustafel.model.Subject;

/**
 * What an audience may see of one agenda item, already masked: the text a view renders and
 * nothing more. Data a profile hides is not in it at all; a collapsed section holds only its
 * heading until the chair reveals it. The projector, the chair console and tests use it, so "what
 * the room sees" is decided here, without any UI.
 *
 * @param heading      case number with pseudonym or initials, or the item's title
 * @param kind         the item's kind, localised
 * @param reason       why it is on the agenda (identifying words removed), may be empty
 * @param question     the question for the meeting (identifying words removed), may be empty
 * @param sections     case details by category, in a fixed order
 * @param agreements   the agreements dealt with under the item, one line each
 * @param decision     the decision taken, localised, or empty
 * @param noodscenario the fallback scenario, or empty
 * @param alert        a warning for the chair and the room (e.g. "more information needed" last
 *                     time), or empty
 * @since 0.1
 */
public record ProjectedItem(String heading, String kind, String reason, String question, List<Section> sections,
		List<String> agreements, String decision, String noodscenario, String alert) {

	/**
	 * One category of case details.
	 *
	 * @param field     the category
	 * @param title     its heading
	 * @param lines     its lines; empty while collapsed
	 * @param collapsed whether it is collapsed (the chair can reveal it)
	 */
	public record Section(SensitiveField field, String title, List<String> lines, boolean collapsed) {
	}

	private static final Set<String> HEALTH_DOMAINS = Set.of("addiction", "mental-health", "physical-health", "lvb"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> JUSTICE_DOMAINS = Set.of("justice"); //$NON-NLS-1$
	private static final Set<String> NETWORK_DOMAINS = Set.of("network", "relationships", "parenting"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * @param item     an agenda item
	 * @param audience who will see it
	 * @param revealed the collapsed categories the chair has revealed
	 * @param today    the day overdue is measured against
	 * @return what that audience may see
	 */
	public static ProjectedItem of(AgendaItem item, Audience audience, Set<SensitiveField> revealed, LocalDate today) {
		Meeting meeting = item.eContainer() instanceof Meeting m ? m : null;
		Case aCase = item.getCase();
		MaskingContext context = new MaskingContext(audience, meeting, aCase);
		Map<SensitiveField, Visibility> visibility = new EnumMap<>(SensitiveField.class);
		for (SensitiveField field : SensitiveField.values()) {
			Visibility v = Masking.visibility(field, context);
			visibility.put(field, v == Visibility.COLLAPSED && revealed.contains(field) ? Visibility.SHOWN : v);
		}
		boolean pseudonymShown = visibility.get(SensitiveField.PSEUDONYM) == Visibility.SHOWN;
		String subjectName = subjectName(aCase, pseudonymShown);
		Scrubber scrubber = Scrubber.forCase(aCase, !pseudonymShown, subjectName.isEmpty() ? Messages.Projected_Subject : subjectName);

		String heading;
		if (aCase != null) {
			String caseLabel = aCase.getCaseNumber() == null ? "" : aCase.getCaseNumber(); //$NON-NLS-1$
			if (!subjectName.isEmpty()) {
				caseLabel = caseLabel + " \u00b7 " + subjectName; //$NON-NLS-1$
			}
			heading = item.getKind() == AgendaItemKind.OPEN_AGREEMENTS ? NLS.bind(Messages.Projected_OpenAgreementsHeading, caseLabel)
					: caseLabel;
		} else {
			heading = nonNull(item.getTitle());
		}

		List<Section> sections = new ArrayList<>();
		if (aCase != null && item.getKind() == AgendaItemKind.CASE) {
			Map<SensitiveField, List<String>> lines = new EnumMap<>(SensitiveField.class);
			for (SensitiveField field : SensitiveField.values()) {
				lines.put(field, new ArrayList<>());
			}
			for (LifeDomainStatus status : aCase.getLifeDomains()) {
				if (status.getDomain() == null || status.getSeverity() == Severity.NONE) {
					continue;
				}
				String key = status.getDomain().getKey();
				SensitiveField field = HEALTH_DOMAINS.contains(key) ? SensitiveField.HEALTH
						: JUSTICE_DOMAINS.contains(key) ? SensitiveField.JUSTICE
								: NETWORK_DOMAINS.contains(key) ? SensitiveField.NETWORK : SensitiveField.LIFE_DOMAINS;
				String line = nonNull(status.getDomain().getName()) + " (" + Labels.of(status.getSeverity()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				if (status.getNote() != null && !status.getNote().isBlank()) {
					line += ": " + scrubber.scrub(status.getNote()); //$NON-NLS-1$
				}
				lines.get(field).add(line);
			}
			if (aCase.getJudicialFrame() != null && !aCase.getJudicialFrame().isBlank()) {
				lines.get(SensitiveField.JUSTICE).add(0, NLS.bind(Messages.Projected_JudicialFrame, scrubber.scrub(aCase.getJudicialFrame())));
			}
			if (aCase.getRisks() != null && !aCase.getRisks().isBlank()) {
				lines.get(SensitiveField.RISKS).add(scrubber.scrub(aCase.getRisks()));
			}
			for (InformalTie tie : aCase.getInformalTies()) {
				String line = nonNull(tie.getLabel());
				if (tie.getNote() != null && !tie.getNote().isBlank()) {
					line += ": " + scrubber.scrub(tie.getNote()); //$NON-NLS-1$
				}
				lines.get(SensitiveField.NETWORK).add(line);
			}
			for (SensitiveField field : List.of(SensitiveField.LIFE_DOMAINS, SensitiveField.HEALTH, SensitiveField.JUSTICE,
					SensitiveField.RISKS, SensitiveField.NETWORK)) {
				Visibility v = visibility.get(field);
				List<String> content = lines.get(field);
				if (v == Visibility.HIDDEN || content.isEmpty()) {
					continue;
				}
				boolean collapsed = v == Visibility.COLLAPSED;
				sections.add(new Section(field, field.label(), collapsed ? List.of() : List.copyOf(content), collapsed));
			}
		}

		List<String> agreements = new ArrayList<>();
		for (Agreement agreement : Agreements.dealtWith(item)) {
			agreements.add(agreementLine(agreement, scrubber, today));
		}
		String decision = item.getDecision() == null || item.getDecision() == DecisionType.NONE ? "" : Labels.of(item.getDecision()); //$NON-NLS-1$
		String alert = ""; //$NON-NLS-1$
		if (item.getKind() == AgendaItemKind.CASE) {
			if (DecisionHistory.isRepeatedMoreInformation(item)) {
				alert = Messages.Projected_RepeatedMoreInformation;
			} else if (DecisionHistory.previousWasMoreInformation(item)) {
				alert = Messages.Projected_PreviousMoreInformation;
			}
		}
		return new ProjectedItem(heading, Labels.of(item.getKind()), nonNull(scrubber.scrub(item.getReason())),
				nonNull(scrubber.scrub(item.getQuestion())), List.copyOf(sections), List.copyOf(agreements), decision,
				nonNull(scrubber.scrub(item.getNoodscenario())), alert);
	}

	/**
	 * @param agreement an agreement
	 * @param scrubber  removes identifying words from its description
	 * @param today     the day overdue is measured against
	 * @return e.g. "Detox-intake binnen twee weken — Jeroen Visser (Lindestroom) — uiterlijk 27-01-2026 — te laat"
	 */
	static String agreementLine(Agreement agreement, Scrubber scrubber, LocalDate today) {
		StringBuilder line = new StringBuilder(nonNull(scrubber.scrub(agreement.getDescription())));
		String owner = Labels.of(agreement.getOwner());
		String organisation = Labels.of(Agreements.organisationOf(agreement));
		String who = owner.isEmpty() ? organisation : organisation.isEmpty() ? owner : owner + " (" + organisation + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		if (!who.isEmpty()) {
			line.append(" \u2014 ").append(who); //$NON-NLS-1$
		}
		if (agreement.getDueDate() != null) {
			line.append(" \u2014 ").append(NLS.bind(Messages.Projected_Due, Dates.formatShort(agreement.getDueDate()))); //$NON-NLS-1$
		}
		if (Agreements.isOverdue(agreement, today)) {
			line.append(" \u2014 ").append(Messages.Projected_Overdue); //$NON-NLS-1$
		} else {
			line.append(" \u2014 ").append(Labels.of(agreement.getStatus())); //$NON-NLS-1$
		}
		return line.toString();
	}

	private static String subjectName(Case aCase, boolean pseudonymShown) {
		Subject subject = aCase == null ? null : aCase.getSubject();
		if (subject == null) {
			return ""; //$NON-NLS-1$
		}
		String name = pseudonymShown ? subject.getPseudonym() : subject.getInitials();
		return name == null ? "" : name.strip(); //$NON-NLS-1$
	}

	private static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
