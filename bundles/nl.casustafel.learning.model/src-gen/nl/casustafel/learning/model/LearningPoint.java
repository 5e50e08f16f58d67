/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import java.util.Date;

import nl.casustafel.model.Identifiable;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lesson drawn in the evaluation, tagged so lessons can be gathered across sessions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.LearningPoint#getText <em>Text</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningPoint#getTags <em>Tags</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningPoint#isForTeam <em>For Team</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningPoint#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningPoint#getStep <em>Step</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.LearningPoint#getParticipant <em>Participant</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.learning.model.LearningPackage#getLearningPoint()
 * @model
 * @generated
 */
public interface LearningPoint extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningPoint_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningPoint#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningPoint_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>For Team</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the point is about the team or its way of working rather than the presenter's own practice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>For Team</em>' attribute.
	 * @see #setForTeam(boolean)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningPoint_ForTeam()
	 * @model
	 * @generated
	 */
	boolean isForTeam();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningPoint#isForTeam <em>For Team</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>For Team</em>' attribute.
	 * @see #isForTeam()
	 * @generated
	 */
	void setForTeam(boolean value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningPoint_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningPoint#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(MethodStep)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningPoint_Step()
	 * @model
	 * @generated
	 */
	MethodStep getStep();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningPoint#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(MethodStep value);

	/**
	 * Returns the value of the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant</em>' reference.
	 * @see #setParticipant(Participant)
	 * @see nl.casustafel.learning.model.LearningPackage#getLearningPoint_Participant()
	 * @model
	 * @generated
	 */
	Participant getParticipant();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.LearningPoint#getParticipant <em>Participant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participant</em>' reference.
	 * @see #getParticipant()
	 * @generated
	 */
	void setParticipant(Participant value);

} // LearningPoint
