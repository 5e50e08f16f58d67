/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.internal.casebook;

import org.eclipse.core.runtime.Platform;

import nl.casustafel.core.CorePreferences;
import nl.casustafel.core.demo.DefaultVocabulary;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.MeetingType;

/**
 * The content of a new casebook: its name and the default vocabulary that a casebook stores
 * itself, the 16 life domains and the three usual meeting types (casusoverleg, focusoverleg,
 * regieteam). The casusoverleg takes its timebox and cases-per-hour limit from the agenda
 * preferences.
 */
final class NewCasebookContent {

	private NewCasebookContent() {
	}

	/**
	 * @param name the casebook's name
	 * @return a new casebook, not in any resource
	 */
	@SuppressWarnings("nls")
	static Casebook create(String name) {
		Casebook casebook = CasebookFactory.eINSTANCE.createCasebook();
		casebook.setName(name);
		DefaultVocabulary.addLifeDomains(casebook);
		int timebox = Platform.getPreferencesService().getInt(CorePreferences.QUALIFIER,
				CorePreferences.AGENDA_DEFAULT_TIMEBOX, CorePreferences.DEFAULT_AGENDA_DEFAULT_TIMEBOX, null);
		int casesPerHour = Platform.getPreferencesService().getInt(CorePreferences.QUALIFIER,
				CorePreferences.AGENDA_CASES_PER_HOUR_WARNING, CorePreferences.DEFAULT_AGENDA_CASES_PER_HOUR_WARNING,
				null);
		meetingType(casebook, DefaultVocabulary.MEETING_TYPE_CASUSOVERLEG, "Casusoverleg", 60, timebox, casesPerHour);
		meetingType(casebook, DefaultVocabulary.MEETING_TYPE_FOCUSOVERLEG, "Focusoverleg", 60, 60, 1);
		meetingType(casebook, DefaultVocabulary.MEETING_TYPE_REGIETEAM, "Regieteam", 90, 30, 2);
		return casebook;
	}

	private static void meetingType(Casebook casebook, String key, String name, int duration, int timebox,
			int maxCasesPerHour) {
		MeetingType type = CasebookFactory.eINSTANCE.createMeetingType();
		type.setId("mt-" + key); //$NON-NLS-1$
		type.setKey(key);
		type.setName(name);
		type.setDefaultDurationMinutes(duration);
		type.setDefaultTimeboxMinutes(timebox);
		type.setMaxCasesPerHour(maxCasesPerHour);
		casebook.getMeetingTypes().add(type);
	}
}
