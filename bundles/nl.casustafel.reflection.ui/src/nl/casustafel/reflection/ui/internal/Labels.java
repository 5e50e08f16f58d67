/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.internal;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Case;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Subject;
import nl.casustafel.reflection.core.ReflectionTargets;
import nl.casustafel.reflection.core.ReflectionTexts;
import nl.casustafel.reflection.model.CaseManagementFunction;
import nl.casustafel.reflection.model.Journal;
import nl.casustafel.reflection.model.Level;
import nl.casustafel.reflection.model.TargetKind;
import nl.casustafel.reflection.model.provider.ReflectionEditPlugin;

/**
 * Labels of targets and enum values in the user's language. Target labels show a case number and
 * pseudonym, never protected identity.
 */
public final class Labels {

	private static final String DASH = " \u2014 "; //$NON-NLS-1$

	private Labels() {
	}

	/**
	 * @param level a level
	 * @return its label (from the edit plugin's translations)
	 */
	public static String level(Level level) {
		return ReflectionEditPlugin.INSTANCE.getString("_UI_Level_" + level.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param level a level
	 * @return a short label for narrow places (a table column)
	 */
	public static String shortLevel(Level level) {
		return switch (level) {
		case PERSONAL -> Messages.level_short_personal;
		case TEAM -> Messages.level_short_team;
		case ORGANISATION_IN_ENVIRONMENT -> Messages.level_short_organisation;
		};
	}

	/**
	 * @param function a case-management function
	 * @return its label
	 */
	public static String function(CaseManagementFunction function) {
		return ReflectionEditPlugin.INSTANCE.getString("_UI_CaseManagementFunction_" + function.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param target a reflection target
	 * @return what the header of the view says about it
	 */
	public static String target(EObject target) {
		if (target instanceof Case aCase) {
			return join(Messages.target_case + ' ' + nonNull(aCase.getCaseNumber()), pseudonym(aCase.getSubject()));
		}
		if (target instanceof AgendaItem item) {
			String meeting = item.eContainer() instanceof Meeting m ? meeting(m) : ""; //$NON-NLS-1$
			String about = item.getCase() != null ? nonNull(item.getCase().getCaseNumber()) : ""; //$NON-NLS-1$
			String title = nonNull(item.getTitle()).isEmpty() ? about : item.getTitle();
			return join(Messages.target_agendaItem + ' ' + title, meeting);
		}
		if (target instanceof Meeting meeting) {
			return Messages.target_meeting + ' ' + meeting(meeting);
		}
		if (target instanceof Journal journal) {
			return NLS.bind(Messages.target_journal, nonNull(journal.getOwner()));
		}
		TargetKind kind = ReflectionTargets.kindOf(target);
		String prefix = kind == TargetKind.LEARNING_SESSION ? Messages.target_learningSession
				: kind == null ? "" : kindLabel(kind); //$NON-NLS-1$
		return (prefix + ' ' + genericName(target)).strip();
	}

	/**
	 * @param kind a target kind
	 * @return its label
	 */
	public static String kindLabel(TargetKind kind) {
		return ReflectionEditPlugin.INSTANCE.getString("_UI_TargetKind_" + kind.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param date a date, may be {@code null}
	 * @return the date in the user's language, or ""
	 */
	public static String date(Date date) {
		if (date == null) {
			return ""; //$NON-NLS-1$
		}
		return DateFormat.getDateInstance(DateFormat.MEDIUM, locale()).format(date);
	}

	/**
	 * @return the user's locale (from the platform's -nl setting)
	 */
	public static Locale locale() {
		return Locale.forLanguageTag(ReflectionTexts.language().replace('_', '-'));
	}

	/** The title, and the date unless the title already names the year (titles often carry the date). */
	private static String meeting(Meeting meeting) {
		String title = nonNull(meeting.getTitle());
		if (meeting.getDate() != null) {
			String year = new SimpleDateFormat("yyyy", locale()).format(meeting.getDate()); //$NON-NLS-1$
			if (!title.contains(year)) {
				return join(title, date(meeting.getDate()));
			}
		}
		return title;
	}

	private static String pseudonym(Subject subject) {
		return subject == null || subject.eIsProxy() ? "" : nonNull(subject.getPseudonym()); //$NON-NLS-1$
	}

	/** A learning session or a partner's target: its title or name, else its id. */
	private static String genericName(EObject target) {
		for (String name : new String[] { "title", "name", "topic", "id" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (target.eClass().getEStructuralFeature(name) instanceof EAttribute attribute
					&& attribute.getEAttributeType() == EcorePackage.Literals.ESTRING && !attribute.isMany()) {
				Object value = target.eGet(attribute);
				if (value instanceof String text && !text.isBlank()) {
					return text;
				}
			}
		}
		return ""; //$NON-NLS-1$
	}

	private static String join(String first, String second) {
		if (second == null || second.isBlank()) {
			return first;
		}
		return first.isBlank() ? second : first + DASH + second;
	}

	private static String nonNull(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
