/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Configurable kind of meeting (casusoverleg, focusoverleg, regieteam...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.MeetingType#getKey <em>Key</em>}</li>
 *   <li>{@link nl.casustafel.model.MeetingType#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.MeetingType#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.casustafel.model.MeetingType#getDefaultDurationMinutes <em>Default Duration Minutes</em>}</li>
 *   <li>{@link nl.casustafel.model.MeetingType#getDefaultTimeboxMinutes <em>Default Timebox Minutes</em>}</li>
 *   <li>{@link nl.casustafel.model.MeetingType#getMaxCasesPerHour <em>Max Cases Per Hour</em>}</li>
 *   <li>{@link nl.casustafel.model.MeetingType#getRequiredParties <em>Required Parties</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getMeetingType()
 * @model
 * @generated
 */
public interface MeetingType extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see nl.casustafel.model.CasebookPackage#getMeetingType_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.MeetingType#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.casustafel.model.CasebookPackage#getMeetingType_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.MeetingType#getName <em>Name</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * When to use this kind of meeting, in one or two sentences; optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.casustafel.model.CasebookPackage#getMeetingType_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.MeetingType#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Default Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Duration Minutes</em>' attribute.
	 * @see #setDefaultDurationMinutes(int)
	 * @see nl.casustafel.model.CasebookPackage#getMeetingType_DefaultDurationMinutes()
	 * @model
	 * @generated
	 */
	int getDefaultDurationMinutes();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.MeetingType#getDefaultDurationMinutes <em>Default Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Duration Minutes</em>' attribute.
	 * @see #getDefaultDurationMinutes()
	 * @generated
	 */
	void setDefaultDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Default Timebox Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Timebox Minutes</em>' attribute.
	 * @see #setDefaultTimeboxMinutes(int)
	 * @see nl.casustafel.model.CasebookPackage#getMeetingType_DefaultTimeboxMinutes()
	 * @model
	 * @generated
	 */
	int getDefaultTimeboxMinutes();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.MeetingType#getDefaultTimeboxMinutes <em>Default Timebox Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Timebox Minutes</em>' attribute.
	 * @see #getDefaultTimeboxMinutes()
	 * @generated
	 */
	void setDefaultTimeboxMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Max Cases Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Cases Per Hour</em>' attribute.
	 * @see #setMaxCasesPerHour(int)
	 * @see nl.casustafel.model.CasebookPackage#getMeetingType_MaxCasesPerHour()
	 * @model
	 * @generated
	 */
	int getMaxCasesPerHour();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.MeetingType#getMaxCasesPerHour <em>Max Cases Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Cases Per Hour</em>' attribute.
	 * @see #getMaxCasesPerHour()
	 * @generated
	 */
	void setMaxCasesPerHour(int value);

	/**
	 * Returns the value of the '<em><b>Required Parties</b></em>' reference list.
	 * The list contents are of type {@link nl.casustafel.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Parties</em>' reference list.
	 * @see nl.casustafel.model.CasebookPackage#getMeetingType_RequiredParties()
	 * @model
	 * @generated
	 */
	EList<Organisation> getRequiredParties();

} // MeetingType
