/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Date;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.RoleAssignment;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.RoleAssignmentImpl#getRole <em>Role</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.RoleAssignmentImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.RoleAssignmentImpl#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.RoleAssignmentImpl#getHat <em>Hat</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleAssignmentImpl extends IdentifiableImpl implements RoleAssignment {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Date VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected Date validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected static final Date VALID_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected Date validTo = VALID_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHat() <em>Hat</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHat()
	 * @generated
	 * @ordered
	 */
	protected Organisation hat;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleAssignmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.ROLE_ASSIGNMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ROLE_ASSIGNMENT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(Date newValidFrom) {
		Date oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ROLE_ASSIGNMENT__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getValidTo() {
		return validTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidTo(Date newValidTo) {
		Date oldValidTo = validTo;
		validTo = newValidTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ROLE_ASSIGNMENT__VALID_TO, oldValidTo, validTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getHat() {
		if (hat != null && hat.eIsProxy()) {
			InternalEObject oldHat = (InternalEObject)hat;
			hat = (Organisation)eResolveProxy(oldHat);
			if (hat != oldHat) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.ROLE_ASSIGNMENT__HAT, oldHat, hat));
			}
		}
		return hat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetHat() {
		return hat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHat(Organisation newHat) {
		Organisation oldHat = hat;
		hat = newHat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ROLE_ASSIGNMENT__HAT, oldHat, hat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.ROLE_ASSIGNMENT__ROLE:
				return getRole();
			case CasebookPackage.ROLE_ASSIGNMENT__VALID_FROM:
				return getValidFrom();
			case CasebookPackage.ROLE_ASSIGNMENT__VALID_TO:
				return getValidTo();
			case CasebookPackage.ROLE_ASSIGNMENT__HAT:
				if (resolve) return getHat();
				return basicGetHat();
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
			case CasebookPackage.ROLE_ASSIGNMENT__ROLE:
				setRole((String)newValue);
				return;
			case CasebookPackage.ROLE_ASSIGNMENT__VALID_FROM:
				setValidFrom((Date)newValue);
				return;
			case CasebookPackage.ROLE_ASSIGNMENT__VALID_TO:
				setValidTo((Date)newValue);
				return;
			case CasebookPackage.ROLE_ASSIGNMENT__HAT:
				setHat((Organisation)newValue);
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
			case CasebookPackage.ROLE_ASSIGNMENT__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case CasebookPackage.ROLE_ASSIGNMENT__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case CasebookPackage.ROLE_ASSIGNMENT__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
				return;
			case CasebookPackage.ROLE_ASSIGNMENT__HAT:
				setHat((Organisation)null);
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
			case CasebookPackage.ROLE_ASSIGNMENT__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case CasebookPackage.ROLE_ASSIGNMENT__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case CasebookPackage.ROLE_ASSIGNMENT__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
			case CasebookPackage.ROLE_ASSIGNMENT__HAT:
				return hat != null;
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
		result.append(" (role: "); //$NON-NLS-1$
		result.append(role);
		result.append(", validFrom: "); //$NON-NLS-1$
		result.append(validFrom);
		result.append(", validTo: "); //$NON-NLS-1$
		result.append(validTo);
		result.append(')');
		return result.toString();
	}

} //RoleAssignmentImpl
