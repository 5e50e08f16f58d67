/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import nl.casustafel.model.AgeBand;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Gender;
import nl.casustafel.model.Household;
import nl.casustafel.model.Person;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.PersonImpl#getGender <em>Gender</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.PersonImpl#getBirthYear <em>Birth Year</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.PersonImpl#getAgeBand <em>Age Band</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.PersonImpl#getHousehold <em>Household</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends SubjectImpl implements Person {
	/**
	 * The default value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected static final Gender GENDER_EDEFAULT = Gender.UNKNOWN;

	/**
	 * The cached value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected Gender gender = GENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthYear() <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthYear()
	 * @generated
	 * @ordered
	 */
	protected static final int BIRTH_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBirthYear() <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthYear()
	 * @generated
	 * @ordered
	 */
	protected int birthYear = BIRTH_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgeBand() <em>Age Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeBand()
	 * @generated
	 * @ordered
	 */
	protected static final AgeBand AGE_BAND_EDEFAULT = AgeBand.UNKNOWN;

	/**
	 * The cached value of the '{@link #getAgeBand() <em>Age Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeBand()
	 * @generated
	 * @ordered
	 */
	protected AgeBand ageBand = AGE_BAND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHousehold() <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHousehold()
	 * @generated
	 * @ordered
	 */
	protected Household household;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.PERSON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gender getGender() {
		return gender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGender(Gender newGender) {
		Gender oldGender = gender;
		gender = newGender == null ? GENDER_EDEFAULT : newGender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.PERSON__GENDER, oldGender, gender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBirthYear() {
		return birthYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthYear(int newBirthYear) {
		int oldBirthYear = birthYear;
		birthYear = newBirthYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.PERSON__BIRTH_YEAR, oldBirthYear, birthYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgeBand getAgeBand() {
		return ageBand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeBand(AgeBand newAgeBand) {
		AgeBand oldAgeBand = ageBand;
		ageBand = newAgeBand == null ? AGE_BAND_EDEFAULT : newAgeBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.PERSON__AGE_BAND, oldAgeBand, ageBand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Household getHousehold() {
		if (household != null && household.eIsProxy()) {
			InternalEObject oldHousehold = (InternalEObject)household;
			household = (Household)eResolveProxy(oldHousehold);
			if (household != oldHousehold) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.PERSON__HOUSEHOLD, oldHousehold, household));
			}
		}
		return household;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Household basicGetHousehold() {
		return household;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHousehold(Household newHousehold, NotificationChain msgs) {
		Household oldHousehold = household;
		household = newHousehold;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasebookPackage.PERSON__HOUSEHOLD, oldHousehold, newHousehold);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHousehold(Household newHousehold) {
		if (newHousehold != household) {
			NotificationChain msgs = null;
			if (household != null)
				msgs = ((InternalEObject)household).eInverseRemove(this, CasebookPackage.HOUSEHOLD__MEMBERS, Household.class, msgs);
			if (newHousehold != null)
				msgs = ((InternalEObject)newHousehold).eInverseAdd(this, CasebookPackage.HOUSEHOLD__MEMBERS, Household.class, msgs);
			msgs = basicSetHousehold(newHousehold, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.PERSON__HOUSEHOLD, newHousehold, newHousehold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasebookPackage.PERSON__HOUSEHOLD:
				if (household != null)
					msgs = ((InternalEObject)household).eInverseRemove(this, CasebookPackage.HOUSEHOLD__MEMBERS, Household.class, msgs);
				return basicSetHousehold((Household)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasebookPackage.PERSON__HOUSEHOLD:
				return basicSetHousehold(null, msgs);
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
			case CasebookPackage.PERSON__GENDER:
				return getGender();
			case CasebookPackage.PERSON__BIRTH_YEAR:
				return getBirthYear();
			case CasebookPackage.PERSON__AGE_BAND:
				return getAgeBand();
			case CasebookPackage.PERSON__HOUSEHOLD:
				if (resolve) return getHousehold();
				return basicGetHousehold();
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
			case CasebookPackage.PERSON__GENDER:
				setGender((Gender)newValue);
				return;
			case CasebookPackage.PERSON__BIRTH_YEAR:
				setBirthYear((Integer)newValue);
				return;
			case CasebookPackage.PERSON__AGE_BAND:
				setAgeBand((AgeBand)newValue);
				return;
			case CasebookPackage.PERSON__HOUSEHOLD:
				setHousehold((Household)newValue);
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
			case CasebookPackage.PERSON__GENDER:
				setGender(GENDER_EDEFAULT);
				return;
			case CasebookPackage.PERSON__BIRTH_YEAR:
				setBirthYear(BIRTH_YEAR_EDEFAULT);
				return;
			case CasebookPackage.PERSON__AGE_BAND:
				setAgeBand(AGE_BAND_EDEFAULT);
				return;
			case CasebookPackage.PERSON__HOUSEHOLD:
				setHousehold((Household)null);
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
			case CasebookPackage.PERSON__GENDER:
				return gender != GENDER_EDEFAULT;
			case CasebookPackage.PERSON__BIRTH_YEAR:
				return birthYear != BIRTH_YEAR_EDEFAULT;
			case CasebookPackage.PERSON__AGE_BAND:
				return ageBand != AGE_BAND_EDEFAULT;
			case CasebookPackage.PERSON__HOUSEHOLD:
				return household != null;
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
		result.append(" (gender: "); //$NON-NLS-1$
		result.append(gender);
		result.append(", birthYear: "); //$NON-NLS-1$
		result.append(birthYear);
		result.append(", ageBand: "); //$NON-NLS-1$
		result.append(ageBand);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
