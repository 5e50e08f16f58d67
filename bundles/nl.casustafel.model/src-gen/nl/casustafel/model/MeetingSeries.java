/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.MeetingSeries#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.MeetingSeries#getType <em>Type</em>}</li>
 *   <li>{@link nl.casustafel.model.MeetingSeries#getMeetings <em>Meetings</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getMeetingSeries()
 * @model
 * @generated
 */
public interface MeetingSeries extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.casustafel.model.CasebookPackage#getMeetingSeries_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.MeetingSeries#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' reference.
	 * @see #setType(MeetingType)
	 * @see nl.casustafel.model.CasebookPackage#getMeetingSeries_Type()
	 * @model
	 * @generated
	 */
	MeetingType getType();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.MeetingSeries#getType <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(MeetingType value);

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' reference list.
	 * The list contents are of type {@link nl.casustafel.model.Meeting}.
	 * It is bidirectional and its opposite is '{@link nl.casustafel.model.Meeting#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings</em>' reference list.
	 * @see nl.casustafel.model.CasebookPackage#getMeetingSeries_Meetings()
	 * @see nl.casustafel.model.Meeting#getSeries
	 * @model opposite="series"
	 * @generated
	 */
	EList<Meeting> getMeetings();

} // MeetingSeries
