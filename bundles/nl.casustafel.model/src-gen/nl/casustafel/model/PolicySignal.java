/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Signal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A beleidssignaal: a case exposes a gap in provisions, law, funding or capacity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.PolicySignal#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.model.PolicySignal#getGapType <em>Gap Type</em>}</li>
 *   <li>{@link nl.casustafel.model.PolicySignal#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.casustafel.model.PolicySignal#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link nl.casustafel.model.PolicySignal#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.PolicySignal#getResponse <em>Response</em>}</li>
 *   <li>{@link nl.casustafel.model.PolicySignal#getCase <em>Case</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getPolicySignal()
 * @model
 * @generated
 */
public interface PolicySignal extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.casustafel.model.CasebookPackage#getPolicySignal_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.PolicySignal#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Gap Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gap Type</em>' attribute.
	 * @see #setGapType(String)
	 * @see nl.casustafel.model.CasebookPackage#getPolicySignal_GapType()
	 * @model
	 * @generated
	 */
	String getGapType();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.PolicySignal#getGapType <em>Gap Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gap Type</em>' attribute.
	 * @see #getGapType()
	 * @generated
	 */
	void setGapType(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.casustafel.model.CasebookPackage#getPolicySignal_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.PolicySignal#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Addressee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressee</em>' attribute.
	 * @see #setAddressee(String)
	 * @see nl.casustafel.model.CasebookPackage#getPolicySignal_Addressee()
	 * @model
	 * @generated
	 */
	String getAddressee();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.PolicySignal#getAddressee <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee</em>' attribute.
	 * @see #getAddressee()
	 * @generated
	 */
	void setAddressee(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.casustafel.model.CasebookPackage#getPolicySignal_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.PolicySignal#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response</em>' attribute.
	 * @see #setResponse(String)
	 * @see nl.casustafel.model.CasebookPackage#getPolicySignal_Response()
	 * @model
	 * @generated
	 */
	String getResponse();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.PolicySignal#getResponse <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response</em>' attribute.
	 * @see #getResponse()
	 * @generated
	 */
	void setResponse(String value);

	/**
	 * Returns the value of the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case</em>' reference.
	 * @see #setCase(Case)
	 * @see nl.casustafel.model.CasebookPackage#getPolicySignal_Case()
	 * @model
	 * @generated
	 */
	Case getCase();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.PolicySignal#getCase <em>Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case</em>' reference.
	 * @see #getCase()
	 * @generated
	 */
	void setCase(Case value);

} // PolicySignal
