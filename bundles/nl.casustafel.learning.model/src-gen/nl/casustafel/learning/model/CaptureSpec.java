/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capture Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What is written down in a step: a kind of contribution, per participant or for the group, with an optional maximum.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.CaptureSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.CaptureSpec#isPerParticipant <em>Per Participant</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.CaptureSpec#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.CaptureSpec#isTheoryLink <em>Theory Link</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.CaptureSpec#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.learning.model.LearningPackage#getCaptureSpec()
 * @model
 * @generated
 */
public interface CaptureSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.learning.model.CaptureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.casustafel.learning.model.CaptureKind
	 * @see #setKind(CaptureKind)
	 * @see nl.casustafel.learning.model.LearningPackage#getCaptureSpec_Kind()
	 * @model
	 * @generated
	 */
	CaptureKind getKind();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.CaptureSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.casustafel.learning.model.CaptureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CaptureKind value);

	/**
	 * Returns the value of the '<em><b>Per Participant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Per Participant</em>' attribute.
	 * @see #setPerParticipant(boolean)
	 * @see nl.casustafel.learning.model.LearningPackage#getCaptureSpec_PerParticipant()
	 * @model
	 * @generated
	 */
	boolean isPerParticipant();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.CaptureSpec#isPerParticipant <em>Per Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Participant</em>' attribute.
	 * @see #isPerParticipant()
	 * @generated
	 */
	void setPerParticipant(boolean value);

	/**
	 * Returns the value of the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most contributions of this kind allowed in the step, per participant when perParticipant is set; 0 means no maximum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum</em>' attribute.
	 * @see #setMaximum(int)
	 * @see nl.casustafel.learning.model.LearningPackage#getCaptureSpec_Maximum()
	 * @model
	 * @generated
	 */
	int getMaximum();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.CaptureSpec#getMaximum <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum</em>' attribute.
	 * @see #getMaximum()
	 * @generated
	 */
	void setMaximum(int value);

	/**
	 * Returns the value of the '<em><b>Theory Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a contribution may be linked to the session's theory item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theory Link</em>' attribute.
	 * @see #setTheoryLink(boolean)
	 * @see nl.casustafel.learning.model.LearningPackage#getCaptureSpec_TheoryLink()
	 * @model
	 * @generated
	 */
	boolean isTheoryLink();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.CaptureSpec#isTheoryLink <em>Theory Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theory Link</em>' attribute.
	 * @see #isTheoryLink()
	 * @generated
	 */
	void setTheoryLink(boolean value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' containment reference.
	 * @see #setLabel(LocalizedText)
	 * @see nl.casustafel.learning.model.LearningPackage#getCaptureSpec_Label()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getLabel();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.CaptureSpec#getLabel <em>Label</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' containment reference.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(LocalizedText value);

} // CaptureSpec
