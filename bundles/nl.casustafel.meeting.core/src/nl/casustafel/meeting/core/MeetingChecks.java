/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.validation.CasebookValidation;
import nl.casustafel.meeting.core.internal.Messages;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Preparation;
import nl.casustafel.model.PreparationStatus;

/**
 * All warnings about one meeting: validation errors of its agenda, load, required parties,
 * "nobody present knows the person", missing input, and "more information needed" again.
 *
 * @since 0.1
 */
public final class MeetingChecks {

	private MeetingChecks() {
	}

	/**
	 * @param meeting a meeting
	 * @return its warnings: errors first, then meeting-wide warnings, then per item in agenda order
	 */
	public static List<AgendaWarning> check(Meeting meeting) {
		List<AgendaWarning> warnings = new ArrayList<>();
		for (Diagnostic problem : CasebookValidation.problems(CasebookValidation.validate(meeting))) {
			if (problem.getSeverity() >= Diagnostic.ERROR) {
				EObject object = CasebookValidation.objectOf(problem);
				warnings.add(new AgendaWarning(AgendaWarning.Kind.INVALID, true,
						object instanceof AgendaItem item ? item : null, problem.getMessage()));
			}
		}
		AgendaLoad load = AgendaLoad.of(meeting);
		if (load.overTime()) {
			warnings.add(new AgendaWarning(AgendaWarning.Kind.OVER_TIME, false, null, NLS.bind(Messages.Warning_OverTime,
					Integer.valueOf(load.totalTimeboxMinutes()), Integer.valueOf(load.durationMinutes()))));
		}
		if (load.tooManyCases()) {
			warnings.add(new AgendaWarning(AgendaWarning.Kind.TOO_MANY_CASES, false, null,
					NLS.bind(Messages.Warning_TooManyCases, new Object[] { Integer.valueOf(load.caseCount()),
							Integer.valueOf(load.durationMinutes()), Integer.valueOf(load.maxCasesPerHour()) })));
		}
		for (Organisation missing : AttendanceCheck.missingRequiredParties(meeting)) {
			warnings.add(new AgendaWarning(AgendaWarning.Kind.MISSING_PARTY, false, null,
					NLS.bind(Messages.Warning_MissingParty, Labels.of(missing))));
		}
		for (AgendaItem item : meeting.getItems()) {
			if (item.getKind() != AgendaItemKind.CASE || item.getCase() == null) {
				continue;
			}
			String label = Labels.of(item.getCase());
			if (!AttendanceCheck.somebodyKnowsPerson(meeting, item.getCase())) {
				warnings.add(new AgendaWarning(AgendaWarning.Kind.NOBODY_KNOWS_PERSON, false, item,
						NLS.bind(Messages.Warning_NobodyKnowsPerson, label)));
			}
			if (DecisionHistory.isRepeatedMoreInformation(item)) {
				warnings.add(new AgendaWarning(AgendaWarning.Kind.REPEATED_MORE_INFORMATION, false, item,
						NLS.bind(Messages.Warning_RepeatedMoreInformation, label)));
			} else if (DecisionHistory.previousWasMoreInformation(item)) {
				warnings.add(new AgendaWarning(AgendaWarning.Kind.PREVIOUS_MORE_INFORMATION, false, item,
						NLS.bind(Messages.Warning_PreviousMoreInformation, label)));
			}
			List<String> missing = new ArrayList<>();
			for (Preparation preparation : item.getPreparations()) {
				if (preparation.getStatus() == PreparationStatus.MISSING) {
					missing.add(Labels.of(preparation.getOrganisation()));
				}
			}
			if (!missing.isEmpty()) {
				warnings.add(new AgendaWarning(AgendaWarning.Kind.INPUT_MISSING, false, item,
						NLS.bind(Messages.Warning_InputMissing, label, String.join(", ", missing)))); //$NON-NLS-1$
			}
		}
		return warnings;
	}

	/**
	 * @param warnings warnings of a meeting
	 * @param item     an item
	 * @return the warnings about that item
	 */
	public static List<AgendaWarning> about(List<AgendaWarning> warnings, AgendaItem item) {
		return warnings.stream().filter(w -> w.item() == item).toList();
	}
}
