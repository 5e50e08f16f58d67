/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model;

import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Identifiable;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone taking part: a professional of the casebook, or a guest known only by name.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.Participant#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.Participant#isGuest <em>Guest</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.Participant#getAttendance <em>Attendance</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.Participant#getProfessional <em>Professional</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.Participant#getOrganisation <em>Organisation</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.learning.model.LearningPackage#getParticipant()
 * @model
 * @generated
 */
public interface Participant extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.casustafel.learning.model.LearningPackage#getParticipant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Participant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Guest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guest</em>' attribute.
	 * @see #setGuest(boolean)
	 * @see nl.casustafel.learning.model.LearningPackage#getParticipant_Guest()
	 * @model
	 * @generated
	 */
	boolean isGuest();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Participant#isGuest <em>Guest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest</em>' attribute.
	 * @see #isGuest()
	 * @generated
	 */
	void setGuest(boolean value);

	/**
	 * Returns the value of the '<em><b>Attendance</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.AttendanceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendance</em>' attribute.
	 * @see nl.casustafel.model.AttendanceStatus
	 * @see #setAttendance(AttendanceStatus)
	 * @see nl.casustafel.learning.model.LearningPackage#getParticipant_Attendance()
	 * @model
	 * @generated
	 */
	AttendanceStatus getAttendance();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Participant#getAttendance <em>Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attendance</em>' attribute.
	 * @see nl.casustafel.model.AttendanceStatus
	 * @see #getAttendance()
	 * @generated
	 */
	void setAttendance(AttendanceStatus value);

	/**
	 * Returns the value of the '<em><b>Professional</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Professional</em>' reference.
	 * @see #setProfessional(Professional)
	 * @see nl.casustafel.learning.model.LearningPackage#getParticipant_Professional()
	 * @model
	 * @generated
	 */
	Professional getProfessional();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Participant#getProfessional <em>Professional</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Professional</em>' reference.
	 * @see #getProfessional()
	 * @generated
	 */
	void setProfessional(Professional value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see nl.casustafel.learning.model.LearningPackage#getParticipant_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link nl.casustafel.learning.model.Participant#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The professional's name, else the name given here; never null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String displayName();

} // Participant
