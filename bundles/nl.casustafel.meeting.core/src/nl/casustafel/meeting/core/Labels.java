/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.meeting.core;

import java.util.MissingResourceException;

import org.eclipse.emf.common.util.Enumerator;

import nl.casustafel.model.Case;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;
import nl.casustafel.model.Subject;
import nl.casustafel.model.provider.CasustafelEditPlugin;

/**
 * User-visible labels of model values, in the user's language: the literals of the model's
 * enumerations come from the EMF.Edit labels of {@code nl.casustafel.model.edit}.
 *
 * @since 0.1
 */
public final class Labels {

	private Labels() {
	}

	/**
	 * @param literal a literal of one of the model's enumerations, e.g. {@code DecisionType.MORE_INFORMATION}
	 * @return its label, e.g. "Meer informatie nodig"; the literal's name when there is none
	 */
	public static String of(Enumerator literal) {
		if (literal == null) {
			return ""; //$NON-NLS-1$
		}
		String enumName = ((Enum<?>) literal).getDeclaringClass().getSimpleName();
		try {
			return CasustafelEditPlugin.INSTANCE.getString("_UI_" + enumName + "_" + literal.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (MissingResourceException e) {
			return literal.getName();
		}
	}

	/**
	 * @param professional a professional, or {@code null}
	 * @return the name, or empty
	 */
	public static String of(Professional professional) {
		return professional == null || professional.getName() == null ? "" : professional.getName(); //$NON-NLS-1$
	}

	/**
	 * @param organisation an organisation, or {@code null}
	 * @return its short name when it has one, else its name, or empty
	 */
	public static String of(Organisation organisation) {
		if (organisation == null) {
			return ""; //$NON-NLS-1$
		}
		String shortName = organisation.getShortName();
		return shortName != null && !shortName.isBlank() ? shortName : nonNull(organisation.getName());
	}

	/**
	 * A case as the chair knows it: case number and pseudonym, e.g. "LV-01 Robin".
	 *
	 * @param aCase a case, or {@code null}
	 * @return the label, or empty
	 */
	public static String of(Case aCase) {
		if (aCase == null) {
			return ""; //$NON-NLS-1$
		}
		Subject subject = aCase.getSubject();
		String pseudonym = subject == null ? null : subject.getPseudonym();
		String number = nonNull(aCase.getCaseNumber());
		return pseudonym == null || pseudonym.isBlank() ? number : number + " " + pseudonym; //$NON-NLS-1$
	}

	static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
