/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Covenant Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.CovenantTask#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.casustafel.model.CovenantTask#getParty <em>Party</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getCovenantTask()
 * @model
 * @generated
 */
public interface CovenantTask extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.casustafel.model.CasebookPackage#getCovenantTask_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.CovenantTask#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Party</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Party</em>' reference.
	 * @see #setParty(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getCovenantTask_Party()
	 * @model
	 * @generated
	 */
	Organisation getParty();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.CovenantTask#getParty <em>Party</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Party</em>' reference.
	 * @see #getParty()
	 * @generated
	 */
	void setParty(Organisation value);

} // CovenantTask
