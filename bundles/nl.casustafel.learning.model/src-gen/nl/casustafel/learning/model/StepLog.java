/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Log</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one step went: when it started and ended, minutes added, whether it was skipped, and its actual duration.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.StepLog#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.StepLog#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.StepLog#getExtraMinutes <em>Extra Minutes</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.StepLog#getActualSeconds <em>Actual Seconds</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.StepLog#isSkipped <em>Skipped</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.StepLog#getStep <em>Step</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.learning.model.LearningPackage#getStepLog()
 * @model
 * @generated
 */
public interface StepLog extends EObject {
	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see nl.casustafel.learning.model.LearningPackage#getStepLog_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.StepLog#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended At</em>' attribute.
	 * @see #setEndedAt(Date)
	 * @see nl.casustafel.learning.model.LearningPackage#getStepLog_EndedAt()
	 * @model
	 * @generated
	 */
	Date getEndedAt();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.StepLog#getEndedAt <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended At</em>' attribute.
	 * @see #getEndedAt()
	 * @generated
	 */
	void setEndedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Extra Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extra Minutes</em>' attribute.
	 * @see #setExtraMinutes(int)
	 * @see nl.casustafel.learning.model.LearningPackage#getStepLog_ExtraMinutes()
	 * @model
	 * @generated
	 */
	int getExtraMinutes();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.StepLog#getExtraMinutes <em>Extra Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra Minutes</em>' attribute.
	 * @see #getExtraMinutes()
	 * @generated
	 */
	void setExtraMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Actual Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual Seconds</em>' attribute.
	 * @see #setActualSeconds(int)
	 * @see nl.casustafel.learning.model.LearningPackage#getStepLog_ActualSeconds()
	 * @model
	 * @generated
	 */
	int getActualSeconds();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.StepLog#getActualSeconds <em>Actual Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Seconds</em>' attribute.
	 * @see #getActualSeconds()
	 * @generated
	 */
	void setActualSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Skipped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skipped</em>' attribute.
	 * @see #setSkipped(boolean)
	 * @see nl.casustafel.learning.model.LearningPackage#getStepLog_Skipped()
	 * @model
	 * @generated
	 */
	boolean isSkipped();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.StepLog#isSkipped <em>Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skipped</em>' attribute.
	 * @see #isSkipped()
	 * @generated
	 */
	void setSkipped(boolean value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(MethodStep)
	 * @see nl.casustafel.learning.model.LearningPackage#getStepLog_Step()
	 * @model
	 * @generated
	 */
	MethodStep getStep();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.StepLog#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(MethodStep value);

} // StepLog
