/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Preparation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Preparation#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.casustafel.model.Preparation#getNote <em>Note</em>}</li>
 *   <li>{@link nl.casustafel.model.Preparation#getOrganisation <em>Organisation</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getPreparation()
 * @model
 * @generated
 */
public interface Preparation extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.PreparationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.casustafel.model.PreparationStatus
	 * @see #setStatus(PreparationStatus)
	 * @see nl.casustafel.model.CasebookPackage#getPreparation_Status()
	 * @model
	 * @generated
	 */
	PreparationStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Preparation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.casustafel.model.PreparationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PreparationStatus value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see nl.casustafel.model.CasebookPackage#getPreparation_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Preparation#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getPreparation_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Preparation#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

} // Preparation
