/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Referral</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Referral#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.Referral#getEntryRoute <em>Entry Route</em>}</li>
 *   <li>{@link nl.casustafel.model.Referral#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.casustafel.model.Referral#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link nl.casustafel.model.Referral#getReferrer <em>Referrer</em>}</li>
 *   <li>{@link nl.casustafel.model.Referral#getReferrerProfessional <em>Referrer Professional</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getReferral()
 * @model
 * @generated
 */
public interface Referral extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.casustafel.model.CasebookPackage#getReferral_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Referral#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Entry Route</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entry Route</em>' attribute.
	 * @see #setEntryRoute(String)
	 * @see nl.casustafel.model.CasebookPackage#getReferral_EntryRoute()
	 * @model
	 * @generated
	 */
	String getEntryRoute();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Referral#getEntryRoute <em>Entry Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry Route</em>' attribute.
	 * @see #getEntryRoute()
	 * @generated
	 */
	void setEntryRoute(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see nl.casustafel.model.CasebookPackage#getReferral_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Referral#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Urgency</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.Urgency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Urgency</em>' attribute.
	 * @see nl.casustafel.model.Urgency
	 * @see #setUrgency(Urgency)
	 * @see nl.casustafel.model.CasebookPackage#getReferral_Urgency()
	 * @model
	 * @generated
	 */
	Urgency getUrgency();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Referral#getUrgency <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Urgency</em>' attribute.
	 * @see nl.casustafel.model.Urgency
	 * @see #getUrgency()
	 * @generated
	 */
	void setUrgency(Urgency value);

	/**
	 * Returns the value of the '<em><b>Referrer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referrer</em>' reference.
	 * @see #setReferrer(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getReferral_Referrer()
	 * @model
	 * @generated
	 */
	Organisation getReferrer();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Referral#getReferrer <em>Referrer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referrer</em>' reference.
	 * @see #getReferrer()
	 * @generated
	 */
	void setReferrer(Organisation value);

	/**
	 * Returns the value of the '<em><b>Referrer Professional</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referrer Professional</em>' reference.
	 * @see #setReferrerProfessional(Professional)
	 * @see nl.casustafel.model.CasebookPackage#getReferral_ReferrerProfessional()
	 * @model
	 * @generated
	 */
	Professional getReferrerProfessional();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Referral#getReferrerProfessional <em>Referrer Professional</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referrer Professional</em>' reference.
	 * @see #getReferrerProfessional()
	 * @generated
	 */
	void setReferrerProfessional(Professional value);

} // Referral
