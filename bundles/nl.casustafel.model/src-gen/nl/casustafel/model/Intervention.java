/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of the organisation's productenboek.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Intervention#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.Intervention#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.casustafel.model.Intervention#getBasis <em>Basis</em>}</li>
 *   <li>{@link nl.casustafel.model.Intervention#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link nl.casustafel.model.Intervention#getWaitingWeeks <em>Waiting Weeks</em>}</li>
 *   <li>{@link nl.casustafel.model.Intervention#getDomain <em>Domain</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getIntervention()
 * @model
 * @generated
 */
public interface Intervention extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.casustafel.model.CasebookPackage#getIntervention_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Intervention#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.casustafel.model.CasebookPackage#getIntervention_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Intervention#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see #setBasis(String)
	 * @see nl.casustafel.model.CasebookPackage#getIntervention_Basis()
	 * @model
	 * @generated
	 */
	String getBasis();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Intervention#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(String value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(int)
	 * @see nl.casustafel.model.CasebookPackage#getIntervention_Capacity()
	 * @model
	 * @generated
	 */
	int getCapacity();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Intervention#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Waiting Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Waiting Weeks</em>' attribute.
	 * @see #setWaitingWeeks(int)
	 * @see nl.casustafel.model.CasebookPackage#getIntervention_WaitingWeeks()
	 * @model
	 * @generated
	 */
	int getWaitingWeeks();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Intervention#getWaitingWeeks <em>Waiting Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Waiting Weeks</em>' attribute.
	 * @see #getWaitingWeeks()
	 * @generated
	 */
	void setWaitingWeeks(int value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' reference.
	 * @see #setDomain(LifeDomain)
	 * @see nl.casustafel.model.CasebookPackage#getIntervention_Domain()
	 * @model
	 * @generated
	 */
	LifeDomain getDomain();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Intervention#getDomain <em>Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' reference.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(LifeDomain value);

} // Intervention
