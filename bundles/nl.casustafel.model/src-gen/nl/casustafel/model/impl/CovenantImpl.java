/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Collection;
import java.util.Date;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Covenant;
import nl.casustafel.model.CovenantTask;
import nl.casustafel.model.Organisation;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Covenant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.CovenantImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CovenantImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CovenantImpl#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CovenantImpl#getSharingRules <em>Sharing Rules</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CovenantImpl#getRetentionYears <em>Retention Years</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CovenantImpl#getParties <em>Parties</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CovenantImpl#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CovenantImpl extends IdentifiableImpl implements Covenant {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getSharingRules() <em>Sharing Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharingRules()
	 * @generated
	 * @ordered
	 */
	protected static final String SHARING_RULES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSharingRules() <em>Sharing Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharingRules()
	 * @generated
	 * @ordered
	 */
	protected String sharingRules = SHARING_RULES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetentionYears() <em>Retention Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionYears()
	 * @generated
	 * @ordered
	 */
	protected static final int RETENTION_YEARS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRetentionYears() <em>Retention Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionYears()
	 * @generated
	 * @ordered
	 */
	protected int retentionYears = RETENTION_YEARS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParties() <em>Parties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> parties;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<CovenantTask> tasks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CovenantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.COVENANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.COVENANT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.COVENANT__VALID_FROM, oldValidFrom, validFrom));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.COVENANT__VALID_TO, oldValidTo, validTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSharingRules() {
		return sharingRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharingRules(String newSharingRules) {
		String oldSharingRules = sharingRules;
		sharingRules = newSharingRules;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.COVENANT__SHARING_RULES, oldSharingRules, sharingRules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetentionYears() {
		return retentionYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionYears(int newRetentionYears) {
		int oldRetentionYears = retentionYears;
		retentionYears = newRetentionYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.COVENANT__RETENTION_YEARS, oldRetentionYears, retentionYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getParties() {
		if (parties == null) {
			parties = new EObjectResolvingEList<Organisation>(Organisation.class, this, CasebookPackage.COVENANT__PARTIES);
		}
		return parties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CovenantTask> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentEList<CovenantTask>(CovenantTask.class, this, CasebookPackage.COVENANT__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasebookPackage.COVENANT__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.COVENANT__NAME:
				return getName();
			case CasebookPackage.COVENANT__VALID_FROM:
				return getValidFrom();
			case CasebookPackage.COVENANT__VALID_TO:
				return getValidTo();
			case CasebookPackage.COVENANT__SHARING_RULES:
				return getSharingRules();
			case CasebookPackage.COVENANT__RETENTION_YEARS:
				return getRetentionYears();
			case CasebookPackage.COVENANT__PARTIES:
				return getParties();
			case CasebookPackage.COVENANT__TASKS:
				return getTasks();
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
			case CasebookPackage.COVENANT__NAME:
				setName((String)newValue);
				return;
			case CasebookPackage.COVENANT__VALID_FROM:
				setValidFrom((Date)newValue);
				return;
			case CasebookPackage.COVENANT__VALID_TO:
				setValidTo((Date)newValue);
				return;
			case CasebookPackage.COVENANT__SHARING_RULES:
				setSharingRules((String)newValue);
				return;
			case CasebookPackage.COVENANT__RETENTION_YEARS:
				setRetentionYears((Integer)newValue);
				return;
			case CasebookPackage.COVENANT__PARTIES:
				getParties().clear();
				getParties().addAll((Collection<? extends Organisation>)newValue);
				return;
			case CasebookPackage.COVENANT__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends CovenantTask>)newValue);
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
			case CasebookPackage.COVENANT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasebookPackage.COVENANT__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case CasebookPackage.COVENANT__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
				return;
			case CasebookPackage.COVENANT__SHARING_RULES:
				setSharingRules(SHARING_RULES_EDEFAULT);
				return;
			case CasebookPackage.COVENANT__RETENTION_YEARS:
				setRetentionYears(RETENTION_YEARS_EDEFAULT);
				return;
			case CasebookPackage.COVENANT__PARTIES:
				getParties().clear();
				return;
			case CasebookPackage.COVENANT__TASKS:
				getTasks().clear();
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
			case CasebookPackage.COVENANT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasebookPackage.COVENANT__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case CasebookPackage.COVENANT__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
			case CasebookPackage.COVENANT__SHARING_RULES:
				return SHARING_RULES_EDEFAULT == null ? sharingRules != null : !SHARING_RULES_EDEFAULT.equals(sharingRules);
			case CasebookPackage.COVENANT__RETENTION_YEARS:
				return retentionYears != RETENTION_YEARS_EDEFAULT;
			case CasebookPackage.COVENANT__PARTIES:
				return parties != null && !parties.isEmpty();
			case CasebookPackage.COVENANT__TASKS:
				return tasks != null && !tasks.isEmpty();
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", validFrom: "); //$NON-NLS-1$
		result.append(validFrom);
		result.append(", validTo: "); //$NON-NLS-1$
		result.append(validTo);
		result.append(", sharingRules: "); //$NON-NLS-1$
		result.append(sharingRules);
		result.append(", retentionYears: "); //$NON-NLS-1$
		result.append(retentionYears);
		result.append(')');
		return result.toString();
	}

} //CovenantImpl
