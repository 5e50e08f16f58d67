/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role a professional holds, and the organisation whose hat they wear in it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.RoleAssignment#getRole <em>Role</em>}</li>
 *   <li>{@link nl.casustafel.model.RoleAssignment#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link nl.casustafel.model.RoleAssignment#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link nl.casustafel.model.RoleAssignment#getHat <em>Hat</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getRoleAssignment()
 * @model
 * @generated
 */
public interface RoleAssignment extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see nl.casustafel.model.CasebookPackage#getRoleAssignment_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.RoleAssignment#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(Date)
	 * @see nl.casustafel.model.CasebookPackage#getRoleAssignment_ValidFrom()
	 * @model
	 * @generated
	 */
	Date getValidFrom();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.RoleAssignment#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(Date value);

	/**
	 * Returns the value of the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid To</em>' attribute.
	 * @see #setValidTo(Date)
	 * @see nl.casustafel.model.CasebookPackage#getRoleAssignment_ValidTo()
	 * @model
	 * @generated
	 */
	Date getValidTo();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.RoleAssignment#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(Date value);

	/**
	 * Returns the value of the '<em><b>Hat</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hat</em>' reference.
	 * @see #setHat(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getRoleAssignment_Hat()
	 * @model
	 * @generated
	 */
	Organisation getHat();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.RoleAssignment#getHat <em>Hat</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hat</em>' reference.
	 * @see #getHat()
	 * @generated
	 */
	void setHat(Organisation value);

} // RoleAssignment
