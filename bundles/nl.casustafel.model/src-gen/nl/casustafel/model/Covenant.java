/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Covenant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Covenant#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.Covenant#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link nl.casustafel.model.Covenant#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link nl.casustafel.model.Covenant#getSharingRules <em>Sharing Rules</em>}</li>
 *   <li>{@link nl.casustafel.model.Covenant#getRetentionYears <em>Retention Years</em>}</li>
 *   <li>{@link nl.casustafel.model.Covenant#getParties <em>Parties</em>}</li>
 *   <li>{@link nl.casustafel.model.Covenant#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getCovenant()
 * @model
 * @generated
 */
public interface Covenant extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.casustafel.model.CasebookPackage#getCovenant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Covenant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(Date)
	 * @see nl.casustafel.model.CasebookPackage#getCovenant_ValidFrom()
	 * @model
	 * @generated
	 */
	Date getValidFrom();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Covenant#getValidFrom <em>Valid From</em>}' attribute.
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
	 * @see nl.casustafel.model.CasebookPackage#getCovenant_ValidTo()
	 * @model
	 * @generated
	 */
	Date getValidTo();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Covenant#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(Date value);

	/**
	 * Returns the value of the '<em><b>Sharing Rules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sharing Rules</em>' attribute.
	 * @see #setSharingRules(String)
	 * @see nl.casustafel.model.CasebookPackage#getCovenant_SharingRules()
	 * @model
	 * @generated
	 */
	String getSharingRules();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Covenant#getSharingRules <em>Sharing Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sharing Rules</em>' attribute.
	 * @see #getSharingRules()
	 * @generated
	 */
	void setSharingRules(String value);

	/**
	 * Returns the value of the '<em><b>Retention Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention Years</em>' attribute.
	 * @see #setRetentionYears(int)
	 * @see nl.casustafel.model.CasebookPackage#getCovenant_RetentionYears()
	 * @model
	 * @generated
	 */
	int getRetentionYears();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Covenant#getRetentionYears <em>Retention Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Years</em>' attribute.
	 * @see #getRetentionYears()
	 * @generated
	 */
	void setRetentionYears(int value);

	/**
	 * Returns the value of the '<em><b>Parties</b></em>' reference list.
	 * The list contents are of type {@link nl.casustafel.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parties</em>' reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCovenant_Parties()
	 * @model
	 * @generated
	 */
	EList<Organisation> getParties();

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.CovenantTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCovenant_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<CovenantTask> getTasks();

} // Covenant
