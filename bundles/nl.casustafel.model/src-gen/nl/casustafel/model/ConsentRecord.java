/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consent Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.ConsentRecord#getScope <em>Scope</em>}</li>
 *   <li>{@link nl.casustafel.model.ConsentRecord#getBasis <em>Basis</em>}</li>
 *   <li>{@link nl.casustafel.model.ConsentRecord#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link nl.casustafel.model.ConsentRecord#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link nl.casustafel.model.ConsentRecord#getWithdrawnOn <em>Withdrawn On</em>}</li>
 *   <li>{@link nl.casustafel.model.ConsentRecord#getRecipients <em>Recipients</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getConsentRecord()
 * @model
 * @generated
 */
public interface ConsentRecord extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see nl.casustafel.model.CasebookPackage#getConsentRecord_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.ConsentRecord#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.DisclosureBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see nl.casustafel.model.DisclosureBasis
	 * @see #setBasis(DisclosureBasis)
	 * @see nl.casustafel.model.CasebookPackage#getConsentRecord_Basis()
	 * @model
	 * @generated
	 */
	DisclosureBasis getBasis();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.ConsentRecord#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see nl.casustafel.model.DisclosureBasis
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(DisclosureBasis value);

	/**
	 * Returns the value of the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed On</em>' attribute.
	 * @see #setSignedOn(Date)
	 * @see nl.casustafel.model.CasebookPackage#getConsentRecord_SignedOn()
	 * @model
	 * @generated
	 */
	Date getSignedOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.ConsentRecord#getSignedOn <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed On</em>' attribute.
	 * @see #getSignedOn()
	 * @generated
	 */
	void setSignedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expires On</em>' attribute.
	 * @see #setExpiresOn(Date)
	 * @see nl.casustafel.model.CasebookPackage#getConsentRecord_ExpiresOn()
	 * @model
	 * @generated
	 */
	Date getExpiresOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.ConsentRecord#getExpiresOn <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires On</em>' attribute.
	 * @see #getExpiresOn()
	 * @generated
	 */
	void setExpiresOn(Date value);

	/**
	 * Returns the value of the '<em><b>Withdrawn On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Withdrawn On</em>' attribute.
	 * @see #setWithdrawnOn(Date)
	 * @see nl.casustafel.model.CasebookPackage#getConsentRecord_WithdrawnOn()
	 * @model
	 * @generated
	 */
	Date getWithdrawnOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.ConsentRecord#getWithdrawnOn <em>Withdrawn On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Withdrawn On</em>' attribute.
	 * @see #getWithdrawnOn()
	 * @generated
	 */
	void setWithdrawnOn(Date value);

	/**
	 * Returns the value of the '<em><b>Recipients</b></em>' reference list.
	 * The list contents are of type {@link nl.casustafel.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipients</em>' reference list.
	 * @see nl.casustafel.model.CasebookPackage#getConsentRecord_Recipients()
	 * @model
	 * @generated
	 */
	EList<Organisation> getRecipients();

} // ConsentRecord
