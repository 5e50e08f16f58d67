/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Collection;
import java.util.Date;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.ConsentRecord;
import nl.casustafel.model.DisclosureBasis;
import nl.casustafel.model.Organisation;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consent Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.ConsentRecordImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.ConsentRecordImpl#getBasis <em>Basis</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.ConsentRecordImpl#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.ConsentRecordImpl#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.ConsentRecordImpl#getWithdrawnOn <em>Withdrawn On</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.ConsentRecordImpl#getRecipients <em>Recipients</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsentRecordImpl extends IdentifiableImpl implements ConsentRecord {
	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected static final DisclosureBasis BASIS_EDEFAULT = DisclosureBasis.CONSENT;

	/**
	 * The cached value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected DisclosureBasis basis = BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date SIGNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected Date signedOn = SIGNED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date EXPIRES_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected Date expiresOn = EXPIRES_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getWithdrawnOn() <em>Withdrawn On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawnOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date WITHDRAWN_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWithdrawnOn() <em>Withdrawn On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawnOn()
	 * @generated
	 * @ordered
	 */
	protected Date withdrawnOn = WITHDRAWN_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecipients() <em>Recipients</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipients()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> recipients;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsentRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.CONSENT_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CONSENT_RECORD__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DisclosureBasis getBasis() {
		return basis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasis(DisclosureBasis newBasis) {
		DisclosureBasis oldBasis = basis;
		basis = newBasis == null ? BASIS_EDEFAULT : newBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CONSENT_RECORD__BASIS, oldBasis, basis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSignedOn() {
		return signedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOn(Date newSignedOn) {
		Date oldSignedOn = signedOn;
		signedOn = newSignedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CONSENT_RECORD__SIGNED_ON, oldSignedOn, signedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getExpiresOn() {
		return expiresOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiresOn(Date newExpiresOn) {
		Date oldExpiresOn = expiresOn;
		expiresOn = newExpiresOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CONSENT_RECORD__EXPIRES_ON, oldExpiresOn, expiresOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getWithdrawnOn() {
		return withdrawnOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithdrawnOn(Date newWithdrawnOn) {
		Date oldWithdrawnOn = withdrawnOn;
		withdrawnOn = newWithdrawnOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CONSENT_RECORD__WITHDRAWN_ON, oldWithdrawnOn, withdrawnOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getRecipients() {
		if (recipients == null) {
			recipients = new EObjectResolvingEList<Organisation>(Organisation.class, this, CasebookPackage.CONSENT_RECORD__RECIPIENTS);
		}
		return recipients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.CONSENT_RECORD__SCOPE:
				return getScope();
			case CasebookPackage.CONSENT_RECORD__BASIS:
				return getBasis();
			case CasebookPackage.CONSENT_RECORD__SIGNED_ON:
				return getSignedOn();
			case CasebookPackage.CONSENT_RECORD__EXPIRES_ON:
				return getExpiresOn();
			case CasebookPackage.CONSENT_RECORD__WITHDRAWN_ON:
				return getWithdrawnOn();
			case CasebookPackage.CONSENT_RECORD__RECIPIENTS:
				return getRecipients();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasebookPackage.CONSENT_RECORD__SCOPE:
				setScope((String)newValue);
				return;
			case CasebookPackage.CONSENT_RECORD__BASIS:
				setBasis((DisclosureBasis)newValue);
				return;
			case CasebookPackage.CONSENT_RECORD__SIGNED_ON:
				setSignedOn((Date)newValue);
				return;
			case CasebookPackage.CONSENT_RECORD__EXPIRES_ON:
				setExpiresOn((Date)newValue);
				return;
			case CasebookPackage.CONSENT_RECORD__WITHDRAWN_ON:
				setWithdrawnOn((Date)newValue);
				return;
			case CasebookPackage.CONSENT_RECORD__RECIPIENTS:
				getRecipients().clear();
				getRecipients().addAll((Collection<? extends Organisation>)newValue);
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
			case CasebookPackage.CONSENT_RECORD__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case CasebookPackage.CONSENT_RECORD__BASIS:
				setBasis(BASIS_EDEFAULT);
				return;
			case CasebookPackage.CONSENT_RECORD__SIGNED_ON:
				setSignedOn(SIGNED_ON_EDEFAULT);
				return;
			case CasebookPackage.CONSENT_RECORD__EXPIRES_ON:
				setExpiresOn(EXPIRES_ON_EDEFAULT);
				return;
			case CasebookPackage.CONSENT_RECORD__WITHDRAWN_ON:
				setWithdrawnOn(WITHDRAWN_ON_EDEFAULT);
				return;
			case CasebookPackage.CONSENT_RECORD__RECIPIENTS:
				getRecipients().clear();
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
			case CasebookPackage.CONSENT_RECORD__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case CasebookPackage.CONSENT_RECORD__BASIS:
				return basis != BASIS_EDEFAULT;
			case CasebookPackage.CONSENT_RECORD__SIGNED_ON:
				return SIGNED_ON_EDEFAULT == null ? signedOn != null : !SIGNED_ON_EDEFAULT.equals(signedOn);
			case CasebookPackage.CONSENT_RECORD__EXPIRES_ON:
				return EXPIRES_ON_EDEFAULT == null ? expiresOn != null : !EXPIRES_ON_EDEFAULT.equals(expiresOn);
			case CasebookPackage.CONSENT_RECORD__WITHDRAWN_ON:
				return WITHDRAWN_ON_EDEFAULT == null ? withdrawnOn != null : !WITHDRAWN_ON_EDEFAULT.equals(withdrawnOn);
			case CasebookPackage.CONSENT_RECORD__RECIPIENTS:
				return recipients != null && !recipients.isEmpty();
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
		result.append(" (scope: "); //$NON-NLS-1$
		result.append(scope);
		result.append(", basis: "); //$NON-NLS-1$
		result.append(basis);
		result.append(", signedOn: "); //$NON-NLS-1$
		result.append(signedOn);
		result.append(", expiresOn: "); //$NON-NLS-1$
		result.append(expiresOn);
		result.append(", withdrawnOn: "); //$NON-NLS-1$
		result.append(withdrawnOn);
		result.append(')');
		return result.toString();
	}

} //ConsentRecordImpl
