/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Date;

import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.PolicySignal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Signal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.PolicySignalImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.PolicySignalImpl#getGapType <em>Gap Type</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.PolicySignalImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.PolicySignalImpl#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.PolicySignalImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.PolicySignalImpl#getResponse <em>Response</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.PolicySignalImpl#getCase <em>Case</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicySignalImpl extends IdentifiableImpl implements PolicySignal {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGapType() <em>Gap Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGapType()
	 * @generated
	 * @ordered
	 */
	protected static final String GAP_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGapType() <em>Gap Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGapType()
	 * @generated
	 * @ordered
	 */
	protected String gapType = GAP_TYPE_EDEFAULT;

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
	 * The default value of the '{@link #getAddressee() <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESSEE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddressee() <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected String addressee = ADDRESSEE_EDEFAULT;

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
	 * The default value of the '{@link #getResponse() <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponse()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponse() <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponse()
	 * @generated
	 * @ordered
	 */
	protected String response = RESPONSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCase() <em>Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCase()
	 * @generated
	 * @ordered
	 */
	protected Case case_;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicySignalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.POLICY_SIGNAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.POLICY_SIGNAL__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGapType() {
		return gapType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGapType(String newGapType) {
		String oldGapType = gapType;
		gapType = newGapType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.POLICY_SIGNAL__GAP_TYPE, oldGapType, gapType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.POLICY_SIGNAL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddressee() {
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressee(String newAddressee) {
		String oldAddressee = addressee;
		addressee = newAddressee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.POLICY_SIGNAL__ADDRESSEE, oldAddressee, addressee));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.POLICY_SIGNAL__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponse() {
		return response;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponse(String newResponse) {
		String oldResponse = response;
		response = newResponse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.POLICY_SIGNAL__RESPONSE, oldResponse, response));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case getCase() {
		if (case_ != null && case_.eIsProxy()) {
			InternalEObject oldCase = (InternalEObject)case_;
			case_ = (Case)eResolveProxy(oldCase);
			if (case_ != oldCase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.POLICY_SIGNAL__CASE, oldCase, case_));
			}
		}
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Case basicGetCase() {
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCase(Case newCase) {
		Case oldCase = case_;
		case_ = newCase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.POLICY_SIGNAL__CASE, oldCase, case_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.POLICY_SIGNAL__TITLE:
				return getTitle();
			case CasebookPackage.POLICY_SIGNAL__GAP_TYPE:
				return getGapType();
			case CasebookPackage.POLICY_SIGNAL__DESCRIPTION:
				return getDescription();
			case CasebookPackage.POLICY_SIGNAL__ADDRESSEE:
				return getAddressee();
			case CasebookPackage.POLICY_SIGNAL__DATE:
				return getDate();
			case CasebookPackage.POLICY_SIGNAL__RESPONSE:
				return getResponse();
			case CasebookPackage.POLICY_SIGNAL__CASE:
				if (resolve) return getCase();
				return basicGetCase();
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
			case CasebookPackage.POLICY_SIGNAL__TITLE:
				setTitle((String)newValue);
				return;
			case CasebookPackage.POLICY_SIGNAL__GAP_TYPE:
				setGapType((String)newValue);
				return;
			case CasebookPackage.POLICY_SIGNAL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CasebookPackage.POLICY_SIGNAL__ADDRESSEE:
				setAddressee((String)newValue);
				return;
			case CasebookPackage.POLICY_SIGNAL__DATE:
				setDate((Date)newValue);
				return;
			case CasebookPackage.POLICY_SIGNAL__RESPONSE:
				setResponse((String)newValue);
				return;
			case CasebookPackage.POLICY_SIGNAL__CASE:
				setCase((Case)newValue);
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
			case CasebookPackage.POLICY_SIGNAL__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasebookPackage.POLICY_SIGNAL__GAP_TYPE:
				setGapType(GAP_TYPE_EDEFAULT);
				return;
			case CasebookPackage.POLICY_SIGNAL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CasebookPackage.POLICY_SIGNAL__ADDRESSEE:
				setAddressee(ADDRESSEE_EDEFAULT);
				return;
			case CasebookPackage.POLICY_SIGNAL__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CasebookPackage.POLICY_SIGNAL__RESPONSE:
				setResponse(RESPONSE_EDEFAULT);
				return;
			case CasebookPackage.POLICY_SIGNAL__CASE:
				setCase((Case)null);
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
			case CasebookPackage.POLICY_SIGNAL__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasebookPackage.POLICY_SIGNAL__GAP_TYPE:
				return GAP_TYPE_EDEFAULT == null ? gapType != null : !GAP_TYPE_EDEFAULT.equals(gapType);
			case CasebookPackage.POLICY_SIGNAL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CasebookPackage.POLICY_SIGNAL__ADDRESSEE:
				return ADDRESSEE_EDEFAULT == null ? addressee != null : !ADDRESSEE_EDEFAULT.equals(addressee);
			case CasebookPackage.POLICY_SIGNAL__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CasebookPackage.POLICY_SIGNAL__RESPONSE:
				return RESPONSE_EDEFAULT == null ? response != null : !RESPONSE_EDEFAULT.equals(response);
			case CasebookPackage.POLICY_SIGNAL__CASE:
				return case_ != null;
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
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", gapType: "); //$NON-NLS-1$
		result.append(gapType);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", addressee: "); //$NON-NLS-1$
		result.append(addressee);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", response: "); //$NON-NLS-1$
		result.append(response);
		result.append(')');
		return result.toString();
	}

} //PolicySignalImpl
