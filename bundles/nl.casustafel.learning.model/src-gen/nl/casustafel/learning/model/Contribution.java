/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import java.util.Date;

import nl.casustafel.model.Identifiable;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something captured during a step: a participant's question (with its answer), an advice, a note, an intended action, a takeaway, or a parked topic.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.Contribution#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.Contribution#getText <em>Text</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.Contribution#getAnswer <em>Answer</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.Contribution#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.Contribution#getStep <em>Step</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.Contribution#getParticipant <em>Participant</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.Contribution#getTheory <em>Theory</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.learning.model.LearningPackage#getContribution()
 * @model
 * @generated
 */
public interface Contribution extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.learning.model.CaptureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.casustafel.learning.model.CaptureKind
	 * @see #setKind(CaptureKind)
	 * @see nl.casustafel.learning.model.LearningPackage#getContribution_Kind()
	 * @model
	 * @generated
	 */
	CaptureKind getKind();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Contribution#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.casustafel.learning.model.CaptureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CaptureKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getContribution_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Contribution#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see #setAnswer(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getContribution_Answer()
	 * @model
	 * @generated
	 */
	String getAnswer();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Contribution#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see nl.casustafel.learning.model.LearningPackage#getContribution_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Contribution#getCreatedAt <em>Created At</em>}' attribute.
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
	 * @see nl.casustafel.learning.model.LearningPackage#getContribution_Step()
	 * @model
	 * @generated
	 */
	MethodStep getStep();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Contribution#getStep <em>Step</em>}' reference.
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
	 * @see nl.casustafel.learning.model.LearningPackage#getContribution_Participant()
	 * @model
	 * @generated
	 */
	Participant getParticipant();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Contribution#getParticipant <em>Participant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participant</em>' reference.
	 * @see #getParticipant()
	 * @generated
	 */
	void setParticipant(Participant value);

	/**
	 * Returns the value of the '<em><b>Theory</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theory</em>' reference.
	 * @see #setTheory(TheoryItem)
	 * @see nl.casustafel.learning.model.LearningPackage#getContribution_Theory()
	 * @model
	 * @generated
	 */
	TheoryItem getTheory();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Contribution#getTheory <em>Theory</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theory</em>' reference.
	 * @see #getTheory()
	 * @generated
	 */
	void setTheory(TheoryItem value);

} // Contribution
