/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Meeting;
import nl.casustafel.reflection.model.Journal;
import nl.casustafel.reflection.model.TargetKind;

/**
 * What reflections can be written about. Built in: {@link Case} (case), {@link AgendaItem} (agenda
 * item), {@link Meeting} (meeting), {@link Journal} (personal journal), and every class named
 * {@code LearningSession} in a package whose nsURI starts with {@value #LEARNING_NS_URI_PREFIX}
 * (learning session). Other model classes become targets through a {@code reflectionTarget}
 * element of the extension point {@code nl.casustafel.reflection.questionSets}.
 *
 * @since 0.1
 */
public final class ReflectionTargets {

	/** The nsURI prefix of Casustafel's learning-session model. */
	public static final String LEARNING_NS_URI_PREFIX = "http://casustafel.nl/model/learning/"; //$NON-NLS-1$

	/** The class name of learning sessions. */
	public static final String LEARNING_SESSION_CLASS = "LearningSession"; //$NON-NLS-1$

	private static final String ELEMENT_TARGET = "reflectionTarget"; //$NON-NLS-1$

	private ReflectionTargets() {
		// static access only
	}

	/**
	 * @param object a model object, may be {@code null}
	 * @return what kind of target it is, or {@code null} when reflections are not written about it
	 */
	public static TargetKind kindOf(EObject object) {
		if (object == null || object.eIsProxy()) {
			return null;
		}
		if (object instanceof Case) {
			return TargetKind.CASE;
		}
		if (object instanceof AgendaItem) {
			return TargetKind.AGENDA_ITEM;
		}
		if (object instanceof Meeting) {
			return TargetKind.MEETING;
		}
		if (object instanceof Journal) {
			return TargetKind.JOURNAL;
		}
		EClass eClass = object.eClass();
		TargetKind declared = declaredKind(eClass);
		if (declared != null) {
			return declared;
		}
		if (isLearningSession(eClass)) {
			return TargetKind.LEARNING_SESSION;
		}
		for (EClass superType : eClass.getEAllSuperTypes()) {
			if (isLearningSession(superType)) {
				return TargetKind.LEARNING_SESSION;
			}
		}
		return null;
	}

	/**
	 * Finds what a selected object is about: the object itself when it is a target, otherwise the
	 * nearest container that is (an agreement of a case gives the case; the casebook itself gives
	 * nothing).
	 *
	 * @param object a model object, may be {@code null}
	 * @return the target, or {@code null}
	 */
	public static EObject targetOf(EObject object) {
		for (EObject current = object; current != null && !(current instanceof Casebook); current = current
				.eContainer()) {
			if (kindOf(current) != null) {
				return current;
			}
		}
		return null;
	}

	private static boolean isLearningSession(EClass eClass) {
		return LEARNING_SESSION_CLASS.equals(eClass.getName()) && eClass.getEPackage() != null
				&& eClass.getEPackage().getNsURI() != null
				&& eClass.getEPackage().getNsURI().startsWith(LEARNING_NS_URI_PREFIX);
	}

	private static TargetKind declaredKind(EClass eClass) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return null;
		}
		for (IConfigurationElement element : registry
				.getConfigurationElementsFor(QuestionSetRegistry.EXTENSION_POINT_ID)) {
			if (!ELEMENT_TARGET.equals(element.getName())) {
				continue;
			}
			try {
				String nsURI = element.getAttribute("nsURI"); //$NON-NLS-1$
				String className = element.getAttribute("eClass"); //$NON-NLS-1$
				TargetKind kind = TargetKind.get(element.getAttribute("kind")); //$NON-NLS-1$
				if (kind != null && matches(eClass, nsURI, className)) {
					return kind;
				}
				for (EClass superType : eClass.getEAllSuperTypes()) {
					if (kind != null && matches(superType, nsURI, className)) {
						return kind;
					}
				}
			} catch (RuntimeException e) {
				// an invalid or removed contribution: it declares nothing
			}
		}
		return null;
	}

	private static boolean matches(EClass eClass, String nsURI, String className) {
		return eClass.getName().equals(className) && eClass.getEPackage() != null
				&& eClass.getEPackage().getNsURI() != null && eClass.getEPackage().getNsURI().equals(nsURI);
	}
}
