/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.ui.emf;

import java.util.Collection;
import java.util.Date;
import java.util.MissingResourceException;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

import nl.casustafel.model.Case;
import nl.casustafel.model.LifeDomain;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;
import nl.casustafel.model.Subject;
import nl.casustafel.model.provider.CasustafelEditPlugin;

/**
 * Short, readable texts for model objects and values, for tables, combos and headers.
 * <p>
 * Names of classes, features and enumeration literals come from the model's edit plug-in (so they
 * are translated there). Objects the users know by name (cases, subjects, organisations,
 * professionals, municipalities, life domains, meetings) are shown by that name only; everything
 * else by its item provider's text. Cases show case number and pseudonym, never protected
 * identity.
 * </p>
 */
public final class ModelLabels {

	private static final String SEPARATOR = " \u00b7 "; //$NON-NLS-1$

	private ModelLabels() {
		// static helpers only
	}

	/**
	 * @param adapterFactory the adapter factory whose item providers label other objects; may be
	 *                       {@code null}
	 * @param object         any object or value
	 * @return a short text, never {@code null}
	 */
	public static String text(AdapterFactory adapterFactory, Object object) {
		if (object == null) {
			return ""; //$NON-NLS-1$
		}
		if (object instanceof EObject eObject && eObject.eIsProxy()) {
			return "?"; //$NON-NLS-1$
		}
		if (object instanceof Case aCase) {
			return caseLabel(aCase);
		}
		if (object instanceof Subject subject) {
			return nonNull(subject.getPseudonym());
		}
		if (object instanceof Professional professional) {
			return nonNull(professional.getName());
		}
		if (object instanceof Organisation organisation) {
			return nonNull(organisation.getName());
		}
		if (object instanceof Municipality municipality) {
			return nonNull(municipality.getName());
		}
		if (object instanceof LifeDomain domain) {
			return nonNull(domain.getName());
		}
		if (object instanceof Meeting meeting) {
			String title = nonNull(meeting.getTitle());
			return title.isEmpty() ? DateFormats.format(meeting.getDate()) : title;
		}
		if (object instanceof Enumerator enumerator) {
			return literal(enumerator);
		}
		if (object instanceof Boolean bool) {
			return bool.booleanValue() ? Messages.boolean_true : Messages.boolean_false;
		}
		if (object instanceof Date date) {
			return DateFormats.format(date);
		}
		if (object instanceof Collection<?> collection) {
			return collection.stream().map(element -> text(adapterFactory, element)).collect(Collectors.joining(", ")); //$NON-NLS-1$
		}
		if (object instanceof EObject && adapterFactory != null
				&& adapterFactory.adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
			return nonNull(provider.getText(object));
		}
		return String.valueOf(object);
	}

	/**
	 * The text of a feature's value: like {@link #text(AdapterFactory, Object)}, but vocabulary keys
	 * (phase, role, event kind…) become their labels.
	 *
	 * @param adapterFactory the adapter factory, may be {@code null}
	 * @param feature        the feature
	 * @param value          its value
	 * @return a short text, never {@code null}
	 */
	public static String value(AdapterFactory adapterFactory, EStructuralFeature feature, Object value) {
		String label = Vocabularies.label(feature, value);
		return label != null ? label : text(adapterFactory, value);
	}

	/**
	 * @param aCase a case
	 * @return its case number and its subject's pseudonym, e.g. "LV-01 · Robin"
	 */
	public static String caseLabel(Case aCase) {
		String number = nonNull(aCase.getCaseNumber());
		Subject subject = aCase.getSubject();
		String pseudonym = subject == null || subject.eIsProxy() ? "" : nonNull(subject.getPseudonym()); //$NON-NLS-1$
		if (pseudonym.isEmpty()) {
			return number;
		}
		return number.isEmpty() ? pseudonym : number + SEPARATOR + pseudonym;
	}

	/**
	 * @param enumerator an enumeration literal of the model
	 * @return its translated label from the edit plug-in, or its literal when there is none
	 */
	public static String literal(Enumerator enumerator) {
		if (enumerator == null) {
			return ""; //$NON-NLS-1$
		}
		String enumName = enumerator instanceof Enum<?> javaEnum ? javaEnum.getDeclaringClass().getSimpleName()
				: enumerator.getClass().getSimpleName();
		if (enumerator instanceof EEnumLiteral literal) {
			enumName = literal.getEEnum().getName();
		}
		return string("_UI_" + enumName + "_" + enumerator.getName() + "_literal", enumerator.getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * @param eEnum   the enumeration
	 * @param literal one of its literals
	 * @return the translated label
	 */
	public static String literal(EEnum eEnum, Enumerator literal) {
		return string("_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal", literal.getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * @param feature a feature of the model
	 * @return its translated name from the edit plug-in, e.g. "Vraag"
	 */
	public static String feature(EStructuralFeature feature) {
		return string("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature", //$NON-NLS-1$ //$NON-NLS-2$
				feature.getName());
	}

	/**
	 * @param eClass a class of the model
	 * @return its translated name, e.g. "Afspraak"
	 */
	public static String type(EClass eClass) {
		return string("_UI_" + eClass.getName() + "_type", eClass.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String string(String key, String fallback) {
		ResourceLocator locator = CasustafelEditPlugin.INSTANCE;
		try {
			return locator.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
