/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disclosure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One logged sharing of information about the subject.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Disclosure#getCategory <em>Category</em>}</li>
 *   <li>{@link nl.casustafel.model.Disclosure#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.Disclosure#getBasis <em>Basis</em>}</li>
 *   <li>{@link nl.casustafel.model.Disclosure#isClientInformed <em>Client Informed</em>}</li>
 *   <li>{@link nl.casustafel.model.Disclosure#isClientPresent <em>Client Present</em>}</li>
 *   <li>{@link nl.casustafel.model.Disclosure#getFrom <em>From</em>}</li>
 *   <li>{@link nl.casustafel.model.Disclosure#getTo <em>To</em>}</li>
 *   <li>{@link nl.casustafel.model.Disclosure#getConsent <em>Consent</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getDisclosure()
 * @model
 * @generated
 */
public interface Disclosure extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see nl.casustafel.model.CasebookPackage#getDisclosure_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Disclosure#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.casustafel.model.CasebookPackage#getDisclosure_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Disclosure#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.DisclosureBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see nl.casustafel.model.DisclosureBasis
	 * @see #setBasis(DisclosureBasis)
	 * @see nl.casustafel.model.CasebookPackage#getDisclosure_Basis()
	 * @model
	 * @generated
	 */
	DisclosureBasis getBasis();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Disclosure#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see nl.casustafel.model.DisclosureBasis
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(DisclosureBasis value);

	/**
	 * Returns the value of the '<em><b>Client Informed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Informed</em>' attribute.
	 * @see #setClientInformed(boolean)
	 * @see nl.casustafel.model.CasebookPackage#getDisclosure_ClientInformed()
	 * @model
	 * @generated
	 */
	boolean isClientInformed();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Disclosure#isClientInformed <em>Client Informed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Informed</em>' attribute.
	 * @see #isClientInformed()
	 * @generated
	 */
	void setClientInformed(boolean value);

	/**
	 * Returns the value of the '<em><b>Client Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Present</em>' attribute.
	 * @see #setClientPresent(boolean)
	 * @see nl.casustafel.model.CasebookPackage#getDisclosure_ClientPresent()
	 * @model
	 * @generated
	 */
	boolean isClientPresent();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Disclosure#isClientPresent <em>Client Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Present</em>' attribute.
	 * @see #isClientPresent()
	 * @generated
	 */
	void setClientPresent(boolean value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getDisclosure_From()
	 * @model
	 * @generated
	 */
	Organisation getFrom();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Disclosure#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Organisation value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getDisclosure_To()
	 * @model
	 * @generated
	 */
	Organisation getTo();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Disclosure#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Organisation value);

	/**
	 * Returns the value of the '<em><b>Consent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent</em>' reference.
	 * @see #setConsent(ConsentRecord)
	 * @see nl.casustafel.model.CasebookPackage#getDisclosure_Consent()
	 * @model
	 * @generated
	 */
	ConsentRecord getConsent();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Disclosure#getConsent <em>Consent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent</em>' reference.
	 * @see #getConsent()
	 * @generated
	 */
	void setConsent(ConsentRecord value);

} // Disclosure
