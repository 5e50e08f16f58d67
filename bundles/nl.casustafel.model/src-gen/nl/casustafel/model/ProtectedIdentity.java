/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protected Identity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Directly identifying data of a subject, kept apart from the case files and never shown on a projector.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.ProtectedIdentity#getFullName <em>Full Name</em>}</li>
 *   <li>{@link nl.casustafel.model.ProtectedIdentity#getBsn <em>Bsn</em>}</li>
 *   <li>{@link nl.casustafel.model.ProtectedIdentity#getAddress <em>Address</em>}</li>
 *   <li>{@link nl.casustafel.model.ProtectedIdentity#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link nl.casustafel.model.ProtectedIdentity#getPhone <em>Phone</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getProtectedIdentity()
 * @model
 * @generated
 */
public interface ProtectedIdentity extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Full Name</em>' attribute.
	 * @see #setFullName(String)
	 * @see nl.casustafel.model.CasebookPackage#getProtectedIdentity_FullName()
	 * @model
	 * @generated
	 */
	String getFullName();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.ProtectedIdentity#getFullName <em>Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Full Name</em>' attribute.
	 * @see #getFullName()
	 * @generated
	 */
	void setFullName(String value);

	/**
	 * Returns the value of the '<em><b>Bsn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bsn</em>' attribute.
	 * @see #setBsn(String)
	 * @see nl.casustafel.model.CasebookPackage#getProtectedIdentity_Bsn()
	 * @model
	 * @generated
	 */
	String getBsn();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.ProtectedIdentity#getBsn <em>Bsn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bsn</em>' attribute.
	 * @see #getBsn()
	 * @generated
	 */
	void setBsn(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see nl.casustafel.model.CasebookPackage#getProtectedIdentity_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.ProtectedIdentity#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(Date)
	 * @see nl.casustafel.model.CasebookPackage#getProtectedIdentity_BirthDate()
	 * @model
	 * @generated
	 */
	Date getBirthDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.ProtectedIdentity#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(Date value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see nl.casustafel.model.CasebookPackage#getProtectedIdentity_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.ProtectedIdentity#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

} // ProtectedIdentity
