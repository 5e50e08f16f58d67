/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timeline Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.TimelineEvent#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.TimelineEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.casustafel.model.TimelineEvent#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.model.TimelineEvent#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.casustafel.model.TimelineEvent#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link nl.casustafel.model.TimelineEvent#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getTimelineEvent()
 * @model
 * @generated
 */
public interface TimelineEvent extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.casustafel.model.CasebookPackage#getTimelineEvent_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.TimelineEvent#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see nl.casustafel.model.CasebookPackage#getTimelineEvent_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.TimelineEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.casustafel.model.CasebookPackage#getTimelineEvent_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.TimelineEvent#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.casustafel.model.CasebookPackage#getTimelineEvent_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.TimelineEvent#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.Provenance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' attribute.
	 * @see nl.casustafel.model.Provenance
	 * @see #setProvenance(Provenance)
	 * @see nl.casustafel.model.CasebookPackage#getTimelineEvent_Provenance()
	 * @model
	 * @generated
	 */
	Provenance getProvenance();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.TimelineEvent#getProvenance <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' attribute.
	 * @see nl.casustafel.model.Provenance
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(Provenance value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getTimelineEvent_Source()
	 * @model
	 * @generated
	 */
	Organisation getSource();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.TimelineEvent#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Organisation value);

} // TimelineEvent
