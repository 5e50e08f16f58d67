/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Date;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;
import nl.casustafel.model.Referral;
import nl.casustafel.model.Urgency;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Referral</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.ReferralImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.ReferralImpl#getEntryRoute <em>Entry Route</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.ReferralImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.ReferralImpl#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.ReferralImpl#getReferrer <em>Referrer</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.ReferralImpl#getReferrerProfessional <em>Referrer Professional</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferralImpl extends IdentifiableImpl implements Referral {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntryRoute() <em>Entry Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryRoute()
	 * @generated
	 * @ordered
	 */
	protected static final String ENTRY_ROUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEntryRoute() <em>Entry Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryRoute()
	 * @generated
	 * @ordered
	 */
	protected String entryRoute = ENTRY_ROUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected static final Urgency URGENCY_EDEFAULT = Urgency.NORMAL;

	/**
	 * The cached value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected Urgency urgency = URGENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReferrer() <em>Referrer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferrer()
	 * @generated
	 * @ordered
	 */
	protected Organisation referrer;

	/**
	 * The cached value of the '{@link #getReferrerProfessional() <em>Referrer Professional</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferrerProfessional()
	 * @generated
	 * @ordered
	 */
	protected Professional referrerProfessional;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferralImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.REFERRAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.REFERRAL__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEntryRoute() {
		return entryRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntryRoute(String newEntryRoute) {
		String oldEntryRoute = entryRoute;
		entryRoute = newEntryRoute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.REFERRAL__ENTRY_ROUTE, oldEntryRoute, entryRoute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.REFERRAL__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Urgency getUrgency() {
		return urgency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrgency(Urgency newUrgency) {
		Urgency oldUrgency = urgency;
		urgency = newUrgency == null ? URGENCY_EDEFAULT : newUrgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.REFERRAL__URGENCY, oldUrgency, urgency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getReferrer() {
		if (referrer != null && referrer.eIsProxy()) {
			InternalEObject oldReferrer = (InternalEObject)referrer;
			referrer = (Organisation)eResolveProxy(oldReferrer);
			if (referrer != oldReferrer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.REFERRAL__REFERRER, oldReferrer, referrer));
			}
		}
		return referrer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetReferrer() {
		return referrer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferrer(Organisation newReferrer) {
		Organisation oldReferrer = referrer;
		referrer = newReferrer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.REFERRAL__REFERRER, oldReferrer, referrer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Professional getReferrerProfessional() {
		if (referrerProfessional != null && referrerProfessional.eIsProxy()) {
			InternalEObject oldReferrerProfessional = (InternalEObject)referrerProfessional;
			referrerProfessional = (Professional)eResolveProxy(oldReferrerProfessional);
			if (referrerProfessional != oldReferrerProfessional) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.REFERRAL__REFERRER_PROFESSIONAL, oldReferrerProfessional, referrerProfessional));
			}
		}
		return referrerProfessional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Professional basicGetReferrerProfessional() {
		return referrerProfessional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferrerProfessional(Professional newReferrerProfessional) {
		Professional oldReferrerProfessional = referrerProfessional;
		referrerProfessional = newReferrerProfessional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.REFERRAL__REFERRER_PROFESSIONAL, oldReferrerProfessional, referrerProfessional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.REFERRAL__DATE:
				return getDate();
			case CasebookPackage.REFERRAL__ENTRY_ROUTE:
				return getEntryRoute();
			case CasebookPackage.REFERRAL__REASON:
				return getReason();
			case CasebookPackage.REFERRAL__URGENCY:
				return getUrgency();
			case CasebookPackage.REFERRAL__REFERRER:
				if (resolve) return getReferrer();
				return basicGetReferrer();
			case CasebookPackage.REFERRAL__REFERRER_PROFESSIONAL:
				if (resolve) return getReferrerProfessional();
				return basicGetReferrerProfessional();
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
			case CasebookPackage.REFERRAL__DATE:
				setDate((Date)newValue);
				return;
			case CasebookPackage.REFERRAL__ENTRY_ROUTE:
				setEntryRoute((String)newValue);
				return;
			case CasebookPackage.REFERRAL__REASON:
				setReason((String)newValue);
				return;
			case CasebookPackage.REFERRAL__URGENCY:
				setUrgency((Urgency)newValue);
				return;
			case CasebookPackage.REFERRAL__REFERRER:
				setReferrer((Organisation)newValue);
				return;
			case CasebookPackage.REFERRAL__REFERRER_PROFESSIONAL:
				setReferrerProfessional((Professional)newValue);
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
			case CasebookPackage.REFERRAL__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CasebookPackage.REFERRAL__ENTRY_ROUTE:
				setEntryRoute(ENTRY_ROUTE_EDEFAULT);
				return;
			case CasebookPackage.REFERRAL__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case CasebookPackage.REFERRAL__URGENCY:
				setUrgency(URGENCY_EDEFAULT);
				return;
			case CasebookPackage.REFERRAL__REFERRER:
				setReferrer((Organisation)null);
				return;
			case CasebookPackage.REFERRAL__REFERRER_PROFESSIONAL:
				setReferrerProfessional((Professional)null);
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
			case CasebookPackage.REFERRAL__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CasebookPackage.REFERRAL__ENTRY_ROUTE:
				return ENTRY_ROUTE_EDEFAULT == null ? entryRoute != null : !ENTRY_ROUTE_EDEFAULT.equals(entryRoute);
			case CasebookPackage.REFERRAL__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case CasebookPackage.REFERRAL__URGENCY:
				return urgency != URGENCY_EDEFAULT;
			case CasebookPackage.REFERRAL__REFERRER:
				return referrer != null;
			case CasebookPackage.REFERRAL__REFERRER_PROFESSIONAL:
				return referrerProfessional != null;
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
		result.append(" (date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", entryRoute: "); //$NON-NLS-1$
		result.append(entryRoute);
		result.append(", reason: "); //$NON-NLS-1$
		result.append(reason);
		result.append(", urgency: "); //$NON-NLS-1$
		result.append(urgency);
		result.append(')');
		return result.toString();
	}

} //ReferralImpl
