/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import java.lang.reflect.InvocationTargetException;

import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.Participant;

import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

import nl.casustafel.model.impl.IdentifiableImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.impl.ParticipantImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.ParticipantImpl#isGuest <em>Guest</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.ParticipantImpl#getAttendance <em>Attendance</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.ParticipantImpl#getProfessional <em>Professional</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.ParticipantImpl#getOrganisation <em>Organisation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParticipantImpl extends IdentifiableImpl implements Participant {
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
	 * The default value of the '{@link #isGuest() <em>Guest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGuest()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GUEST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGuest() <em>Guest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGuest()
	 * @generated
	 * @ordered
	 */
	protected boolean guest = GUEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttendance() <em>Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendance()
	 * @generated
	 * @ordered
	 */
	protected static final AttendanceStatus ATTENDANCE_EDEFAULT = AttendanceStatus.PRESENT;

	/**
	 * The cached value of the '{@link #getAttendance() <em>Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendance()
	 * @generated
	 * @ordered
	 */
	protected AttendanceStatus attendance = ATTENDANCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProfessional() <em>Professional</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfessional()
	 * @generated
	 * @ordered
	 */
	protected Professional professional;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParticipantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.PARTICIPANT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.PARTICIPANT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGuest() {
		return guest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuest(boolean newGuest) {
		boolean oldGuest = guest;
		guest = newGuest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.PARTICIPANT__GUEST, oldGuest, guest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttendanceStatus getAttendance() {
		return attendance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttendance(AttendanceStatus newAttendance) {
		AttendanceStatus oldAttendance = attendance;
		attendance = newAttendance == null ? ATTENDANCE_EDEFAULT : newAttendance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.PARTICIPANT__ATTENDANCE, oldAttendance, attendance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Professional getProfessional() {
		if (professional != null && professional.eIsProxy()) {
			InternalEObject oldProfessional = (InternalEObject)professional;
			professional = (Professional)eResolveProxy(oldProfessional);
			if (professional != oldProfessional) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.PARTICIPANT__PROFESSIONAL, oldProfessional, professional));
			}
		}
		return professional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Professional basicGetProfessional() {
		return professional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfessional(Professional newProfessional) {
		Professional oldProfessional = professional;
		professional = newProfessional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.PARTICIPANT__PROFESSIONAL, oldProfessional, professional));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.PARTICIPANT__ORGANISATION, oldOrganisation, organisation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.PARTICIPANT__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String displayName() {
		nl.casustafel.model.Professional professional = getProfessional();
		if (professional != null && !professional.eIsProxy() && professional.getName() != null) {
		  return professional.getName();
		}
		return getName() == null ? "" : getName(); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LearningPackage.PARTICIPANT__NAME:
				return getName();
			case LearningPackage.PARTICIPANT__GUEST:
				return isGuest();
			case LearningPackage.PARTICIPANT__ATTENDANCE:
				return getAttendance();
			case LearningPackage.PARTICIPANT__PROFESSIONAL:
				if (resolve) return getProfessional();
				return basicGetProfessional();
			case LearningPackage.PARTICIPANT__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
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
			case LearningPackage.PARTICIPANT__NAME:
				setName((String)newValue);
				return;
			case LearningPackage.PARTICIPANT__GUEST:
				setGuest((Boolean)newValue);
				return;
			case LearningPackage.PARTICIPANT__ATTENDANCE:
				setAttendance((AttendanceStatus)newValue);
				return;
			case LearningPackage.PARTICIPANT__PROFESSIONAL:
				setProfessional((Professional)newValue);
				return;
			case LearningPackage.PARTICIPANT__ORGANISATION:
				setOrganisation((Organisation)newValue);
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
			case LearningPackage.PARTICIPANT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LearningPackage.PARTICIPANT__GUEST:
				setGuest(GUEST_EDEFAULT);
				return;
			case LearningPackage.PARTICIPANT__ATTENDANCE:
				setAttendance(ATTENDANCE_EDEFAULT);
				return;
			case LearningPackage.PARTICIPANT__PROFESSIONAL:
				setProfessional((Professional)null);
				return;
			case LearningPackage.PARTICIPANT__ORGANISATION:
				setOrganisation((Organisation)null);
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
			case LearningPackage.PARTICIPANT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LearningPackage.PARTICIPANT__GUEST:
				return guest != GUEST_EDEFAULT;
			case LearningPackage.PARTICIPANT__ATTENDANCE:
				return attendance != ATTENDANCE_EDEFAULT;
			case LearningPackage.PARTICIPANT__PROFESSIONAL:
				return professional != null;
			case LearningPackage.PARTICIPANT__ORGANISATION:
				return organisation != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LearningPackage.PARTICIPANT___DISPLAY_NAME:
				return displayName();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", guest: "); //$NON-NLS-1$
		result.append(guest);
		result.append(", attendance: "); //$NON-NLS-1$
		result.append(attendance);
		result.append(')');
		return result.toString();
	}

} //ParticipantImpl
