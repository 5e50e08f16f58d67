/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Meeting#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getLocation <em>Location</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getState <em>State</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getType <em>Type</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getSeries <em>Series</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getChair <em>Chair</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getSecretary <em>Secretary</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getAttendance <em>Attendance</em>}</li>
 *   <li>{@link nl.casustafel.model.Meeting#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getMeeting()
 * @model
 * @generated
 */
public interface Meeting extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Meeting#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Meeting#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_DurationMinutes()
	 * @model
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Meeting#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Meeting#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.MeetingState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see nl.casustafel.model.MeetingState
	 * @see #setState(MeetingState)
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_State()
	 * @model
	 * @generated
	 */
	MeetingState getState();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Meeting#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see nl.casustafel.model.MeetingState
	 * @see #getState()
	 * @generated
	 */
	void setState(MeetingState value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Meeting#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' reference.
	 * @see #setType(MeetingType)
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_Type()
	 * @model
	 * @generated
	 */
	MeetingType getType();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Meeting#getType <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(MeetingType value);

	/**
	 * Returns the value of the '<em><b>Series</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link nl.casustafel.model.MeetingSeries#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series</em>' reference.
	 * @see #setSeries(MeetingSeries)
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_Series()
	 * @see nl.casustafel.model.MeetingSeries#getMeetings
	 * @model opposite="meetings"
	 * @generated
	 */
	MeetingSeries getSeries();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Meeting#getSeries <em>Series</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series</em>' reference.
	 * @see #getSeries()
	 * @generated
	 */
	void setSeries(MeetingSeries value);

	/**
	 * Returns the value of the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chair</em>' reference.
	 * @see #setChair(Professional)
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_Chair()
	 * @model
	 * @generated
	 */
	Professional getChair();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Meeting#getChair <em>Chair</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chair</em>' reference.
	 * @see #getChair()
	 * @generated
	 */
	void setChair(Professional value);

	/**
	 * Returns the value of the '<em><b>Secretary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secretary</em>' reference.
	 * @see #setSecretary(Professional)
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_Secretary()
	 * @model
	 * @generated
	 */
	Professional getSecretary();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Meeting#getSecretary <em>Secretary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secretary</em>' reference.
	 * @see #getSecretary()
	 * @generated
	 */
	void setSecretary(Professional value);

	/**
	 * Returns the value of the '<em><b>Attendance</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Attendance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendance</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_Attendance()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attendance> getAttendance();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.AgendaItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getMeeting_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<AgendaItem> getItems();

} // Meeting
