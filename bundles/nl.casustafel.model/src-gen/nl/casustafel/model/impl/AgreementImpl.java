/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Date;

import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.AgreementType;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.NonCompletionReason;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agreement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getType <em>Type</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getNonCompletionReason <em>Non Completion Reason</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getCreatedOn <em>Created On</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getConfirmedValidOn <em>Confirmed Valid On</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#isDependsOnHomeOrganisation <em>Depends On Home Organisation</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getSourceMeeting <em>Source Meeting</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgreementImpl#getReplacedBy <em>Replaced By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgreementImpl extends IdentifiableImpl implements Agreement {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final AgreementType TYPE_EDEFAULT = AgreementType.INTERVENTION;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected AgreementType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AgreementStatus STATUS_EDEFAULT = AgreementStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AgreementStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNonCompletionReason() <em>Non Completion Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonCompletionReason()
	 * @generated
	 * @ordered
	 */
	protected static final NonCompletionReason NON_COMPLETION_REASON_EDEFAULT = NonCompletionReason.NONE;

	/**
	 * The cached value of the '{@link #getNonCompletionReason() <em>Non Completion Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonCompletionReason()
	 * @generated
	 * @ordered
	 */
	protected NonCompletionReason nonCompletionReason = NON_COMPLETION_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected Date dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedOn() <em>Created On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedOn() <em>Created On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedOn()
	 * @generated
	 * @ordered
	 */
	protected Date createdOn = CREATED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date COMPLETED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected Date completedOn = COMPLETED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmedValidOn() <em>Confirmed Valid On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedValidOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date CONFIRMED_VALID_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfirmedValidOn() <em>Confirmed Valid On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedValidOn()
	 * @generated
	 * @ordered
	 */
	protected Date confirmedValidOn = CONFIRMED_VALID_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isDependsOnHomeOrganisation() <em>Depends On Home Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDependsOnHomeOrganisation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEPENDS_ON_HOME_ORGANISATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDependsOnHomeOrganisation() <em>Depends On Home Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDependsOnHomeOrganisation()
	 * @generated
	 * @ordered
	 */
	protected boolean dependsOnHomeOrganisation = DEPENDS_ON_HOME_ORGANISATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Professional owner;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

	/**
	 * The cached value of the '{@link #getSourceMeeting() <em>Source Meeting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceMeeting()
	 * @generated
	 * @ordered
	 */
	protected Meeting sourceMeeting;

	/**
	 * The cached value of the '{@link #getReplacedBy() <em>Replaced By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacedBy()
	 * @generated
	 * @ordered
	 */
	protected Agreement replacedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgreementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.AGREEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgreementType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(AgreementType newType) {
		AgreementType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgreementStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AgreementStatus newStatus) {
		AgreementStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NonCompletionReason getNonCompletionReason() {
		return nonCompletionReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonCompletionReason(NonCompletionReason newNonCompletionReason) {
		NonCompletionReason oldNonCompletionReason = nonCompletionReason;
		nonCompletionReason = newNonCompletionReason == null ? NON_COMPLETION_REASON_EDEFAULT : newNonCompletionReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__NON_COMPLETION_REASON, oldNonCompletionReason, nonCompletionReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(Date newDueDate) {
		Date oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedOn() {
		return createdOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedOn(Date newCreatedOn) {
		Date oldCreatedOn = createdOn;
		createdOn = newCreatedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__CREATED_ON, oldCreatedOn, createdOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCompletedOn() {
		return completedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedOn(Date newCompletedOn) {
		Date oldCompletedOn = completedOn;
		completedOn = newCompletedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__COMPLETED_ON, oldCompletedOn, completedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getConfirmedValidOn() {
		return confirmedValidOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmedValidOn(Date newConfirmedValidOn) {
		Date oldConfirmedValidOn = confirmedValidOn;
		confirmedValidOn = newConfirmedValidOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__CONFIRMED_VALID_ON, oldConfirmedValidOn, confirmedValidOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDependsOnHomeOrganisation() {
		return dependsOnHomeOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDependsOnHomeOrganisation(boolean newDependsOnHomeOrganisation) {
		boolean oldDependsOnHomeOrganisation = dependsOnHomeOrganisation;
		dependsOnHomeOrganisation = newDependsOnHomeOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__DEPENDS_ON_HOME_ORGANISATION, oldDependsOnHomeOrganisation, dependsOnHomeOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Professional getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Professional)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.AGREEMENT__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Professional basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Professional newOwner) {
		Professional oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation() {
		if (organisation != null && organisation.eIsProxy()) {
			InternalEObject oldOrganisation = (InternalEObject)organisation;
			organisation = (Organisation)eResolveProxy(oldOrganisation);
			if (organisation != oldOrganisation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.AGREEMENT__ORGANISATION, oldOrganisation, organisation));
			}
		}
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation) {
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting getSourceMeeting() {
		if (sourceMeeting != null && sourceMeeting.eIsProxy()) {
			InternalEObject oldSourceMeeting = (InternalEObject)sourceMeeting;
			sourceMeeting = (Meeting)eResolveProxy(oldSourceMeeting);
			if (sourceMeeting != oldSourceMeeting) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.AGREEMENT__SOURCE_MEETING, oldSourceMeeting, sourceMeeting));
			}
		}
		return sourceMeeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Meeting basicGetSourceMeeting() {
		return sourceMeeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceMeeting(Meeting newSourceMeeting) {
		Meeting oldSourceMeeting = sourceMeeting;
		sourceMeeting = newSourceMeeting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__SOURCE_MEETING, oldSourceMeeting, sourceMeeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agreement getReplacedBy() {
		if (replacedBy != null && replacedBy.eIsProxy()) {
			InternalEObject oldReplacedBy = (InternalEObject)replacedBy;
			replacedBy = (Agreement)eResolveProxy(oldReplacedBy);
			if (replacedBy != oldReplacedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.AGREEMENT__REPLACED_BY, oldReplacedBy, replacedBy));
			}
		}
		return replacedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Agreement basicGetReplacedBy() {
		return replacedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacedBy(Agreement newReplacedBy) {
		Agreement oldReplacedBy = replacedBy;
		replacedBy = newReplacedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGREEMENT__REPLACED_BY, oldReplacedBy, replacedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.AGREEMENT__DESCRIPTION:
				return getDescription();
			case CasebookPackage.AGREEMENT__TYPE:
				return getType();
			case CasebookPackage.AGREEMENT__STATUS:
				return getStatus();
			case CasebookPackage.AGREEMENT__NON_COMPLETION_REASON:
				return getNonCompletionReason();
			case CasebookPackage.AGREEMENT__DUE_DATE:
				return getDueDate();
			case CasebookPackage.AGREEMENT__CREATED_ON:
				return getCreatedOn();
			case CasebookPackage.AGREEMENT__COMPLETED_ON:
				return getCompletedOn();
			case CasebookPackage.AGREEMENT__CONFIRMED_VALID_ON:
				return getConfirmedValidOn();
			case CasebookPackage.AGREEMENT__DEPENDS_ON_HOME_ORGANISATION:
				return isDependsOnHomeOrganisation();
			case CasebookPackage.AGREEMENT__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case CasebookPackage.AGREEMENT__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case CasebookPackage.AGREEMENT__SOURCE_MEETING:
				if (resolve) return getSourceMeeting();
				return basicGetSourceMeeting();
			case CasebookPackage.AGREEMENT__REPLACED_BY:
				if (resolve) return getReplacedBy();
				return basicGetReplacedBy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasebookPackage.AGREEMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CasebookPackage.AGREEMENT__TYPE:
				setType((AgreementType)newValue);
				return;
			case CasebookPackage.AGREEMENT__STATUS:
				setStatus((AgreementStatus)newValue);
				return;
			case CasebookPackage.AGREEMENT__NON_COMPLETION_REASON:
				setNonCompletionReason((NonCompletionReason)newValue);
				return;
			case CasebookPackage.AGREEMENT__DUE_DATE:
				setDueDate((Date)newValue);
				return;
			case CasebookPackage.AGREEMENT__CREATED_ON:
				setCreatedOn((Date)newValue);
				return;
			case CasebookPackage.AGREEMENT__COMPLETED_ON:
				setCompletedOn((Date)newValue);
				return;
			case CasebookPackage.AGREEMENT__CONFIRMED_VALID_ON:
				setConfirmedValidOn((Date)newValue);
				return;
			case CasebookPackage.AGREEMENT__DEPENDS_ON_HOME_ORGANISATION:
				setDependsOnHomeOrganisation((Boolean)newValue);
				return;
			case CasebookPackage.AGREEMENT__OWNER:
				setOwner((Professional)newValue);
				return;
			case CasebookPackage.AGREEMENT__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case CasebookPackage.AGREEMENT__SOURCE_MEETING:
				setSourceMeeting((Meeting)newValue);
				return;
			case CasebookPackage.AGREEMENT__REPLACED_BY:
				setReplacedBy((Agreement)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CasebookPackage.AGREEMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CasebookPackage.AGREEMENT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case CasebookPackage.AGREEMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CasebookPackage.AGREEMENT__NON_COMPLETION_REASON:
				setNonCompletionReason(NON_COMPLETION_REASON_EDEFAULT);
				return;
			case CasebookPackage.AGREEMENT__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case CasebookPackage.AGREEMENT__CREATED_ON:
				setCreatedOn(CREATED_ON_EDEFAULT);
				return;
			case CasebookPackage.AGREEMENT__COMPLETED_ON:
				setCompletedOn(COMPLETED_ON_EDEFAULT);
				return;
			case CasebookPackage.AGREEMENT__CONFIRMED_VALID_ON:
				setConfirmedValidOn(CONFIRMED_VALID_ON_EDEFAULT);
				return;
			case CasebookPackage.AGREEMENT__DEPENDS_ON_HOME_ORGANISATION:
				setDependsOnHomeOrganisation(DEPENDS_ON_HOME_ORGANISATION_EDEFAULT);
				return;
			case CasebookPackage.AGREEMENT__OWNER:
				setOwner((Professional)null);
				return;
			case CasebookPackage.AGREEMENT__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case CasebookPackage.AGREEMENT__SOURCE_MEETING:
				setSourceMeeting((Meeting)null);
				return;
			case CasebookPackage.AGREEMENT__REPLACED_BY:
				setReplacedBy((Agreement)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CasebookPackage.AGREEMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CasebookPackage.AGREEMENT__TYPE:
				return type != TYPE_EDEFAULT;
			case CasebookPackage.AGREEMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case CasebookPackage.AGREEMENT__NON_COMPLETION_REASON:
				return nonCompletionReason != NON_COMPLETION_REASON_EDEFAULT;
			case CasebookPackage.AGREEMENT__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case CasebookPackage.AGREEMENT__CREATED_ON:
				return CREATED_ON_EDEFAULT == null ? createdOn != null : !CREATED_ON_EDEFAULT.equals(createdOn);
			case CasebookPackage.AGREEMENT__COMPLETED_ON:
				return COMPLETED_ON_EDEFAULT == null ? completedOn != null : !COMPLETED_ON_EDEFAULT.equals(completedOn);
			case CasebookPackage.AGREEMENT__CONFIRMED_VALID_ON:
				return CONFIRMED_VALID_ON_EDEFAULT == null ? confirmedValidOn != null : !CONFIRMED_VALID_ON_EDEFAULT.equals(confirmedValidOn);
			case CasebookPackage.AGREEMENT__DEPENDS_ON_HOME_ORGANISATION:
				return dependsOnHomeOrganisation != DEPENDS_ON_HOME_ORGANISATION_EDEFAULT;
			case CasebookPackage.AGREEMENT__OWNER:
				return owner != null;
			case CasebookPackage.AGREEMENT__ORGANISATION:
				return organisation != null;
			case CasebookPackage.AGREEMENT__SOURCE_MEETING:
				return sourceMeeting != null;
			case CasebookPackage.AGREEMENT__REPLACED_BY:
				return replacedBy != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", type: "); //$NON-NLS-1$
		result.append(type);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", nonCompletionReason: "); //$NON-NLS-1$
		result.append(nonCompletionReason);
		result.append(", dueDate: "); //$NON-NLS-1$
		result.append(dueDate);
		result.append(", createdOn: "); //$NON-NLS-1$
		result.append(createdOn);
		result.append(", completedOn: "); //$NON-NLS-1$
		result.append(completedOn);
		result.append(", confirmedValidOn: "); //$NON-NLS-1$
		result.append(confirmedValidOn);
		result.append(", dependsOnHomeOrganisation: "); //$NON-NLS-1$
		result.append(dependsOnHomeOrganisation);
		result.append(')');
		return result.toString();
	}

} //AgreementImpl
