/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attendance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Attendance#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.casustafel.model.Attendance#getRole <em>Role</em>}</li>
 *   <li>{@link nl.casustafel.model.Attendance#getNote <em>Note</em>}</li>
 *   <li>{@link nl.casustafel.model.Attendance#getProfessional <em>Professional</em>}</li>
 *   <li>{@link nl.casustafel.model.Attendance#getOrganisation <em>Organisation</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getAttendance()
 * @model
 * @generated
 */
public interface Attendance extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.AttendanceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.casustafel.model.AttendanceStatus
	 * @see #setStatus(AttendanceStatus)
	 * @see nl.casustafel.model.CasebookPackage#getAttendance_Status()
	 * @model
	 * @generated
	 */
	AttendanceStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Attendance#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.casustafel.model.AttendanceStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AttendanceStatus value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see nl.casustafel.model.CasebookPackage#getAttendance_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Attendance#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see nl.casustafel.model.CasebookPackage#getAttendance_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Attendance#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Professional</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Professional</em>' reference.
	 * @see #setProfessional(Professional)
	 * @see nl.casustafel.model.CasebookPackage#getAttendance_Professional()
	 * @model
	 * @generated
	 */
	Professional getProfessional();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Attendance#getProfessional <em>Professional</em>}' reference.
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
	 * @see nl.casustafel.model.CasebookPackage#getAttendance_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Attendance#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

} // Attendance
