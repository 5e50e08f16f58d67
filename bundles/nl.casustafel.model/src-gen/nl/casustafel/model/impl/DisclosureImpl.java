/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Date;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.ConsentRecord;
import nl.casustafel.model.Disclosure;
import nl.casustafel.model.DisclosureBasis;
import nl.casustafel.model.Organisation;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Disclosure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.DisclosureImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.DisclosureImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.DisclosureImpl#getBasis <em>Basis</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.DisclosureImpl#isClientInformed <em>Client Informed</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.DisclosureImpl#isClientPresent <em>Client Present</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.DisclosureImpl#getFrom <em>From</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.DisclosureImpl#getTo <em>To</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.DisclosureImpl#getConsent <em>Consent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DisclosureImpl extends IdentifiableImpl implements Disclosure {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

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
	 * The default value of the '{@link #isClientInformed() <em>Client Informed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClientInformed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLIENT_INFORMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isClientInformed() <em>Client Informed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClientInformed()
	 * @generated
	 * @ordered
	 */
	protected boolean clientInformed = CLIENT_INFORMED_EDEFAULT;

	/**
	 * The default value of the '{@link #isClientPresent() <em>Client Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClientPresent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLIENT_PRESENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isClientPresent() <em>Client Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClientPresent()
	 * @generated
	 * @ordered
	 */
	protected boolean clientPresent = CLIENT_PRESENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected Organisation from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected Organisation to;

	/**
	 * The cached value of the '{@link #getConsent() <em>Consent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsent()
	 * @generated
	 * @ordered
	 */
	protected ConsentRecord consent;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DisclosureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.DISCLOSURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.DISCLOSURE__CATEGORY, oldCategory, category));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.DISCLOSURE__DATE, oldDate, date));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.DISCLOSURE__BASIS, oldBasis, basis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isClientInformed() {
		return clientInformed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientInformed(boolean newClientInformed) {
		boolean oldClientInformed = clientInformed;
		clientInformed = newClientInformed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.DISCLOSURE__CLIENT_INFORMED, oldClientInformed, clientInformed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isClientPresent() {
		return clientPresent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientPresent(boolean newClientPresent) {
		boolean oldClientPresent = clientPresent;
		clientPresent = newClientPresent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.DISCLOSURE__CLIENT_PRESENT, oldClientPresent, clientPresent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getFrom() {
		if (from != null && from.eIsProxy()) {
			InternalEObject oldFrom = (InternalEObject)from;
			from = (Organisation)eResolveProxy(oldFrom);
			if (from != oldFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.DISCLOSURE__FROM, oldFrom, from));
			}
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(Organisation newFrom) {
		Organisation oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.DISCLOSURE__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getTo() {
		if (to != null && to.eIsProxy()) {
			InternalEObject oldTo = (InternalEObject)to;
			to = (Organisation)eResolveProxy(oldTo);
			if (to != oldTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.DISCLOSURE__TO, oldTo, to));
			}
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(Organisation newTo) {
		Organisation oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.DISCLOSURE__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsentRecord getConsent() {
		if (consent != null && consent.eIsProxy()) {
			InternalEObject oldConsent = (InternalEObject)consent;
			consent = (ConsentRecord)eResolveProxy(oldConsent);
			if (consent != oldConsent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.DISCLOSURE__CONSENT, oldConsent, consent));
			}
		}
		return consent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsentRecord basicGetConsent() {
		return consent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsent(ConsentRecord newConsent) {
		ConsentRecord oldConsent = consent;
		consent = newConsent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.DISCLOSURE__CONSENT, oldConsent, consent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.DISCLOSURE__CATEGORY:
				return getCategory();
			case CasebookPackage.DISCLOSURE__DATE:
				return getDate();
			case CasebookPackage.DISCLOSURE__BASIS:
				return getBasis();
			case CasebookPackage.DISCLOSURE__CLIENT_INFORMED:
				return isClientInformed();
			case CasebookPackage.DISCLOSURE__CLIENT_PRESENT:
				return isClientPresent();
			case CasebookPackage.DISCLOSURE__FROM:
				if (resolve) return getFrom();
				return basicGetFrom();
			case CasebookPackage.DISCLOSURE__TO:
				if (resolve) return getTo();
				return basicGetTo();
			case CasebookPackage.DISCLOSURE__CONSENT:
				if (resolve) return getConsent();
				return basicGetConsent();
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
			case CasebookPackage.DISCLOSURE__CATEGORY:
				setCategory((String)newValue);
				return;
			case CasebookPackage.DISCLOSURE__DATE:
				setDate((Date)newValue);
				return;
			case CasebookPackage.DISCLOSURE__BASIS:
				setBasis((DisclosureBasis)newValue);
				return;
			case CasebookPackage.DISCLOSURE__CLIENT_INFORMED:
				setClientInformed((Boolean)newValue);
				return;
			case CasebookPackage.DISCLOSURE__CLIENT_PRESENT:
				setClientPresent((Boolean)newValue);
				return;
			case CasebookPackage.DISCLOSURE__FROM:
				setFrom((Organisation)newValue);
				return;
			case CasebookPackage.DISCLOSURE__TO:
				setTo((Organisation)newValue);
				return;
			case CasebookPackage.DISCLOSURE__CONSENT:
				setConsent((ConsentRecord)newValue);
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
			case CasebookPackage.DISCLOSURE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case CasebookPackage.DISCLOSURE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CasebookPackage.DISCLOSURE__BASIS:
				setBasis(BASIS_EDEFAULT);
				return;
			case CasebookPackage.DISCLOSURE__CLIENT_INFORMED:
				setClientInformed(CLIENT_INFORMED_EDEFAULT);
				return;
			case CasebookPackage.DISCLOSURE__CLIENT_PRESENT:
				setClientPresent(CLIENT_PRESENT_EDEFAULT);
				return;
			case CasebookPackage.DISCLOSURE__FROM:
				setFrom((Organisation)null);
				return;
			case CasebookPackage.DISCLOSURE__TO:
				setTo((Organisation)null);
				return;
			case CasebookPackage.DISCLOSURE__CONSENT:
				setConsent((ConsentRecord)null);
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
			case CasebookPackage.DISCLOSURE__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case CasebookPackage.DISCLOSURE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CasebookPackage.DISCLOSURE__BASIS:
				return basis != BASIS_EDEFAULT;
			case CasebookPackage.DISCLOSURE__CLIENT_INFORMED:
				return clientInformed != CLIENT_INFORMED_EDEFAULT;
			case CasebookPackage.DISCLOSURE__CLIENT_PRESENT:
				return clientPresent != CLIENT_PRESENT_EDEFAULT;
			case CasebookPackage.DISCLOSURE__FROM:
				return from != null;
			case CasebookPackage.DISCLOSURE__TO:
				return to != null;
			case CasebookPackage.DISCLOSURE__CONSENT:
				return consent != null;
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
		result.append(" (category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", basis: "); //$NON-NLS-1$
		result.append(basis);
		result.append(", clientInformed: "); //$NON-NLS-1$
		result.append(clientInformed);
		result.append(", clientPresent: "); //$NON-NLS-1$
		result.append(clientPresent);
		result.append(')');
		return result.toString();
	}

} //DisclosureImpl
