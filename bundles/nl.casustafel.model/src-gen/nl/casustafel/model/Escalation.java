/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Escalation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Escalation#getLevel <em>Level</em>}</li>
 *   <li>{@link nl.casustafel.model.Escalation#getQuestion <em>Question</em>}</li>
 *   <li>{@link nl.casustafel.model.Escalation#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link nl.casustafel.model.Escalation#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.Escalation#getAnswer <em>Answer</em>}</li>
 *   <li>{@link nl.casustafel.model.Escalation#getPolicySignal <em>Policy Signal</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getEscalation()
 * @model
 * @generated
 */
public interface Escalation extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(int)
	 * @see nl.casustafel.model.CasebookPackage#getEscalation_Level()
	 * @model
	 * @generated
	 */
	int getLevel();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Escalation#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(int value);

	/**
	 * Returns the value of the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' attribute.
	 * @see #setQuestion(String)
	 * @see nl.casustafel.model.CasebookPackage#getEscalation_Question()
	 * @model
	 * @generated
	 */
	String getQuestion();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Escalation#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Addressee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressee</em>' attribute.
	 * @see #setAddressee(String)
	 * @see nl.casustafel.model.CasebookPackage#getEscalation_Addressee()
	 * @model
	 * @generated
	 */
	String getAddressee();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Escalation#getAddressee <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee</em>' attribute.
	 * @see #getAddressee()
	 * @generated
	 */
	void setAddressee(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.casustafel.model.CasebookPackage#getEscalation_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Escalation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see #setAnswer(String)
	 * @see nl.casustafel.model.CasebookPackage#getEscalation_Answer()
	 * @model
	 * @generated
	 */
	String getAnswer();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Escalation#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(String value);

	/**
	 * Returns the value of the '<em><b>Policy Signal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy Signal</em>' reference.
	 * @see #setPolicySignal(PolicySignal)
	 * @see nl.casustafel.model.CasebookPackage#getEscalation_PolicySignal()
	 * @model
	 * @generated
	 */
	PolicySignal getPolicySignal();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Escalation#getPolicySignal <em>Policy Signal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy Signal</em>' reference.
	 * @see #getPolicySignal()
	 * @generated
	 */
	void setPolicySignal(PolicySignal value);

} // Escalation
