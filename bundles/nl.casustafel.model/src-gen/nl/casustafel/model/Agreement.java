/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agreement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An afspraak: who does what by when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Agreement#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getType <em>Type</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getNonCompletionReason <em>Non Completion Reason</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getCreatedOn <em>Created On</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getConfirmedValidOn <em>Confirmed Valid On</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#isDependsOnHomeOrganisation <em>Depends On Home Organisation</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getSourceMeeting <em>Source Meeting</em>}</li>
 *   <li>{@link nl.casustafel.model.Agreement#getReplacedBy <em>Replaced By</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getAgreement()
 * @model
 * @generated
 */
public interface Agreement extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.AgreementType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see nl.casustafel.model.AgreementType
	 * @see #setType(AgreementType)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_Type()
	 * @model
	 * @generated
	 */
	AgreementType getType();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see nl.casustafel.model.AgreementType
	 * @see #getType()
	 * @generated
	 */
	void setType(AgreementType value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.AgreementStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.casustafel.model.AgreementStatus
	 * @see #setStatus(AgreementStatus)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_Status()
	 * @model
	 * @generated
	 */
	AgreementStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.casustafel.model.AgreementStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AgreementStatus value);

	/**
	 * Returns the value of the '<em><b>Non Completion Reason</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.NonCompletionReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Non Completion Reason</em>' attribute.
	 * @see nl.casustafel.model.NonCompletionReason
	 * @see #setNonCompletionReason(NonCompletionReason)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_NonCompletionReason()
	 * @model
	 * @generated
	 */
	NonCompletionReason getNonCompletionReason();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getNonCompletionReason <em>Non Completion Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Completion Reason</em>' attribute.
	 * @see nl.casustafel.model.NonCompletionReason
	 * @see #getNonCompletionReason()
	 * @generated
	 */
	void setNonCompletionReason(NonCompletionReason value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(Date)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_DueDate()
	 * @model
	 * @generated
	 */
	Date getDueDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(Date value);

	/**
	 * Returns the value of the '<em><b>Created On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created On</em>' attribute.
	 * @see #setCreatedOn(Date)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_CreatedOn()
	 * @model
	 * @generated
	 */
	Date getCreatedOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getCreatedOn <em>Created On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created On</em>' attribute.
	 * @see #getCreatedOn()
	 * @generated
	 */
	void setCreatedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completed On</em>' attribute.
	 * @see #setCompletedOn(Date)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_CompletedOn()
	 * @model
	 * @generated
	 */
	Date getCompletedOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getCompletedOn <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed On</em>' attribute.
	 * @see #getCompletedOn()
	 * @generated
	 */
	void setCompletedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Confirmed Valid On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confirmed Valid On</em>' attribute.
	 * @see #setConfirmedValidOn(Date)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_ConfirmedValidOn()
	 * @model
	 * @generated
	 */
	Date getConfirmedValidOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getConfirmedValidOn <em>Confirmed Valid On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed Valid On</em>' attribute.
	 * @see #getConfirmedValidOn()
	 * @generated
	 */
	void setConfirmedValidOn(Date value);

	/**
	 * Returns the value of the '<em><b>Depends On Home Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depends On Home Organisation</em>' attribute.
	 * @see #setDependsOnHomeOrganisation(boolean)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_DependsOnHomeOrganisation()
	 * @model
	 * @generated
	 */
	boolean isDependsOnHomeOrganisation();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#isDependsOnHomeOrganisation <em>Depends On Home Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depends On Home Organisation</em>' attribute.
	 * @see #isDependsOnHomeOrganisation()
	 * @generated
	 */
	void setDependsOnHomeOrganisation(boolean value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Professional)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_Owner()
	 * @model
	 * @generated
	 */
	Professional getOwner();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Professional value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Source Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Meeting</em>' reference.
	 * @see #setSourceMeeting(Meeting)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_SourceMeeting()
	 * @model
	 * @generated
	 */
	Meeting getSourceMeeting();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getSourceMeeting <em>Source Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Meeting</em>' reference.
	 * @see #getSourceMeeting()
	 * @generated
	 */
	void setSourceMeeting(Meeting value);

	/**
	 * Returns the value of the '<em><b>Replaced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replaced By</em>' reference.
	 * @see #setReplacedBy(Agreement)
	 * @see nl.casustafel.model.CasebookPackage#getAgreement_ReplacedBy()
	 * @model
	 * @generated
	 */
	Agreement getReplacedBy();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Agreement#getReplacedBy <em>Replaced By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replaced By</em>' reference.
	 * @see #getReplacedBy()
	 * @generated
	 */
	void setReplacedBy(Agreement value);

} // Agreement
