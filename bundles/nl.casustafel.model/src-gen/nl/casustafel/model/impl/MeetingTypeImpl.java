/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Collection;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Organisation;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.MeetingTypeImpl#getKey <em>Key</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingTypeImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingTypeImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingTypeImpl#getDefaultDurationMinutes <em>Default Duration Minutes</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingTypeImpl#getDefaultTimeboxMinutes <em>Default Timebox Minutes</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingTypeImpl#getMaxCasesPerHour <em>Max Cases Per Hour</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.MeetingTypeImpl#getRequiredParties <em>Required Parties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingTypeImpl extends IdentifiableImpl implements MeetingType {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

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
	 * The default value of the '{@link #getDefaultDurationMinutes() <em>Default Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DEFAULT_DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDefaultDurationMinutes() <em>Default Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int defaultDurationMinutes = DEFAULT_DURATION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultTimeboxMinutes() <em>Default Timebox Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultTimeboxMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DEFAULT_TIMEBOX_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDefaultTimeboxMinutes() <em>Default Timebox Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultTimeboxMinutes()
	 * @generated
	 * @ordered
	 */
	protected int defaultTimeboxMinutes = DEFAULT_TIMEBOX_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxCasesPerHour() <em>Max Cases Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCasesPerHour()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_CASES_PER_HOUR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxCasesPerHour() <em>Max Cases Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCasesPerHour()
	 * @generated
	 * @ordered
	 */
	protected int maxCasesPerHour = MAX_CASES_PER_HOUR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredParties() <em>Required Parties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> requiredParties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.MEETING_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING_TYPE__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING_TYPE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING_TYPE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDefaultDurationMinutes() {
		return defaultDurationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultDurationMinutes(int newDefaultDurationMinutes) {
		int oldDefaultDurationMinutes = defaultDurationMinutes;
		defaultDurationMinutes = newDefaultDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING_TYPE__DEFAULT_DURATION_MINUTES, oldDefaultDurationMinutes, defaultDurationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDefaultTimeboxMinutes() {
		return defaultTimeboxMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultTimeboxMinutes(int newDefaultTimeboxMinutes) {
		int oldDefaultTimeboxMinutes = defaultTimeboxMinutes;
		defaultTimeboxMinutes = newDefaultTimeboxMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING_TYPE__DEFAULT_TIMEBOX_MINUTES, oldDefaultTimeboxMinutes, defaultTimeboxMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxCasesPerHour() {
		return maxCasesPerHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxCasesPerHour(int newMaxCasesPerHour) {
		int oldMaxCasesPerHour = maxCasesPerHour;
		maxCasesPerHour = newMaxCasesPerHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.MEETING_TYPE__MAX_CASES_PER_HOUR, oldMaxCasesPerHour, maxCasesPerHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getRequiredParties() {
		if (requiredParties == null) {
			requiredParties = new EObjectResolvingEList<Organisation>(Organisation.class, this, CasebookPackage.MEETING_TYPE__REQUIRED_PARTIES);
		}
		return requiredParties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.MEETING_TYPE__KEY:
				return getKey();
			case CasebookPackage.MEETING_TYPE__NAME:
				return getName();
			case CasebookPackage.MEETING_TYPE__DESCRIPTION:
				return getDescription();
			case CasebookPackage.MEETING_TYPE__DEFAULT_DURATION_MINUTES:
				return getDefaultDurationMinutes();
			case CasebookPackage.MEETING_TYPE__DEFAULT_TIMEBOX_MINUTES:
				return getDefaultTimeboxMinutes();
			case CasebookPackage.MEETING_TYPE__MAX_CASES_PER_HOUR:
				return getMaxCasesPerHour();
			case CasebookPackage.MEETING_TYPE__REQUIRED_PARTIES:
				return getRequiredParties();
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
			case CasebookPackage.MEETING_TYPE__KEY:
				setKey((String)newValue);
				return;
			case CasebookPackage.MEETING_TYPE__NAME:
				setName((String)newValue);
				return;
			case CasebookPackage.MEETING_TYPE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CasebookPackage.MEETING_TYPE__DEFAULT_DURATION_MINUTES:
				setDefaultDurationMinutes((Integer)newValue);
				return;
			case CasebookPackage.MEETING_TYPE__DEFAULT_TIMEBOX_MINUTES:
				setDefaultTimeboxMinutes((Integer)newValue);
				return;
			case CasebookPackage.MEETING_TYPE__MAX_CASES_PER_HOUR:
				setMaxCasesPerHour((Integer)newValue);
				return;
			case CasebookPackage.MEETING_TYPE__REQUIRED_PARTIES:
				getRequiredParties().clear();
				getRequiredParties().addAll((Collection<? extends Organisation>)newValue);
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
			case CasebookPackage.MEETING_TYPE__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case CasebookPackage.MEETING_TYPE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasebookPackage.MEETING_TYPE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CasebookPackage.MEETING_TYPE__DEFAULT_DURATION_MINUTES:
				setDefaultDurationMinutes(DEFAULT_DURATION_MINUTES_EDEFAULT);
				return;
			case CasebookPackage.MEETING_TYPE__DEFAULT_TIMEBOX_MINUTES:
				setDefaultTimeboxMinutes(DEFAULT_TIMEBOX_MINUTES_EDEFAULT);
				return;
			case CasebookPackage.MEETING_TYPE__MAX_CASES_PER_HOUR:
				setMaxCasesPerHour(MAX_CASES_PER_HOUR_EDEFAULT);
				return;
			case CasebookPackage.MEETING_TYPE__REQUIRED_PARTIES:
				getRequiredParties().clear();
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
			case CasebookPackage.MEETING_TYPE__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case CasebookPackage.MEETING_TYPE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasebookPackage.MEETING_TYPE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CasebookPackage.MEETING_TYPE__DEFAULT_DURATION_MINUTES:
				return defaultDurationMinutes != DEFAULT_DURATION_MINUTES_EDEFAULT;
			case CasebookPackage.MEETING_TYPE__DEFAULT_TIMEBOX_MINUTES:
				return defaultTimeboxMinutes != DEFAULT_TIMEBOX_MINUTES_EDEFAULT;
			case CasebookPackage.MEETING_TYPE__MAX_CASES_PER_HOUR:
				return maxCasesPerHour != MAX_CASES_PER_HOUR_EDEFAULT;
			case CasebookPackage.MEETING_TYPE__REQUIRED_PARTIES:
				return requiredParties != null && !requiredParties.isEmpty();
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
		result.append(" (key: "); //$NON-NLS-1$
		result.append(key);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", defaultDurationMinutes: "); //$NON-NLS-1$
		result.append(defaultDurationMinutes);
		result.append(", defaultTimeboxMinutes: "); //$NON-NLS-1$
		result.append(defaultTimeboxMinutes);
		result.append(", maxCasesPerHour: "); //$NON-NLS-1$
		result.append(maxCasesPerHour);
		result.append(')');
		return result.toString();
	}

} //MeetingTypeImpl
