/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Collection;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.ProtectedIdentity;
import nl.casustafel.model.Subject;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subject</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.SubjectImpl#getPseudonym <em>Pseudonym</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.SubjectImpl#getInitials <em>Initials</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.SubjectImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.SubjectImpl#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.SubjectImpl#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.SubjectImpl#getIdentity <em>Identity</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class SubjectImpl extends IdentifiableImpl implements Subject {
	/**
	 * The default value of the '{@link #getPseudonym() <em>Pseudonym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPseudonym()
	 * @generated
	 * @ordered
	 */
	protected static final String PSEUDONYM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPseudonym() <em>Pseudonym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPseudonym()
	 * @generated
	 * @ordered
	 */
	protected String pseudonym = PSEUDONYM_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitials() <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitials()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitials() <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitials()
	 * @generated
	 * @ordered
	 */
	protected String initials = INITIALS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> flags;

	/**
	 * The cached value of the '{@link #getTargetGroups() <em>Target Groups</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<String> targetGroups;

	/**
	 * The cached value of the '{@link #getMunicipality() <em>Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipality()
	 * @generated
	 * @ordered
	 */
	protected Municipality municipality;

	/**
	 * The cached value of the '{@link #getIdentity() <em>Identity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentity()
	 * @generated
	 * @ordered
	 */
	protected ProtectedIdentity identity;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.SUBJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPseudonym() {
		return pseudonym;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPseudonym(String newPseudonym) {
		String oldPseudonym = pseudonym;
		pseudonym = newPseudonym;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.SUBJECT__PSEUDONYM, oldPseudonym, pseudonym));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitials() {
		return initials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitials(String newInitials) {
		String oldInitials = initials;
		initials = newInitials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.SUBJECT__INITIALS, oldInitials, initials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFlags() {
		if (flags == null) {
			flags = new EDataTypeUniqueEList<String>(String.class, this, CasebookPackage.SUBJECT__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTargetGroups() {
		if (targetGroups == null) {
			targetGroups = new EDataTypeUniqueEList<String>(String.class, this, CasebookPackage.SUBJECT__TARGET_GROUPS);
		}
		return targetGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Municipality getMunicipality() {
		if (municipality != null && municipality.eIsProxy()) {
			InternalEObject oldMunicipality = (InternalEObject)municipality;
			municipality = (Municipality)eResolveProxy(oldMunicipality);
			if (municipality != oldMunicipality) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.SUBJECT__MUNICIPALITY, oldMunicipality, municipality));
			}
		}
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Municipality basicGetMunicipality() {
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMunicipality(Municipality newMunicipality) {
		Municipality oldMunicipality = municipality;
		municipality = newMunicipality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.SUBJECT__MUNICIPALITY, oldMunicipality, municipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtectedIdentity getIdentity() {
		if (identity != null && identity.eIsProxy()) {
			InternalEObject oldIdentity = (InternalEObject)identity;
			identity = (ProtectedIdentity)eResolveProxy(oldIdentity);
			if (identity != oldIdentity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.SUBJECT__IDENTITY, oldIdentity, identity));
			}
		}
		return identity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProtectedIdentity basicGetIdentity() {
		return identity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentity(ProtectedIdentity newIdentity) {
		ProtectedIdentity oldIdentity = identity;
		identity = newIdentity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.SUBJECT__IDENTITY, oldIdentity, identity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.SUBJECT__PSEUDONYM:
				return getPseudonym();
			case CasebookPackage.SUBJECT__INITIALS:
				return getInitials();
			case CasebookPackage.SUBJECT__FLAGS:
				return getFlags();
			case CasebookPackage.SUBJECT__TARGET_GROUPS:
				return getTargetGroups();
			case CasebookPackage.SUBJECT__MUNICIPALITY:
				if (resolve) return getMunicipality();
				return basicGetMunicipality();
			case CasebookPackage.SUBJECT__IDENTITY:
				if (resolve) return getIdentity();
				return basicGetIdentity();
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
			case CasebookPackage.SUBJECT__PSEUDONYM:
				setPseudonym((String)newValue);
				return;
			case CasebookPackage.SUBJECT__INITIALS:
				setInitials((String)newValue);
				return;
			case CasebookPackage.SUBJECT__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends String>)newValue);
				return;
			case CasebookPackage.SUBJECT__TARGET_GROUPS:
				getTargetGroups().clear();
				getTargetGroups().addAll((Collection<? extends String>)newValue);
				return;
			case CasebookPackage.SUBJECT__MUNICIPALITY:
				setMunicipality((Municipality)newValue);
				return;
			case CasebookPackage.SUBJECT__IDENTITY:
				setIdentity((ProtectedIdentity)newValue);
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
			case CasebookPackage.SUBJECT__PSEUDONYM:
				setPseudonym(PSEUDONYM_EDEFAULT);
				return;
			case CasebookPackage.SUBJECT__INITIALS:
				setInitials(INITIALS_EDEFAULT);
				return;
			case CasebookPackage.SUBJECT__FLAGS:
				getFlags().clear();
				return;
			case CasebookPackage.SUBJECT__TARGET_GROUPS:
				getTargetGroups().clear();
				return;
			case CasebookPackage.SUBJECT__MUNICIPALITY:
				setMunicipality((Municipality)null);
				return;
			case CasebookPackage.SUBJECT__IDENTITY:
				setIdentity((ProtectedIdentity)null);
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
			case CasebookPackage.SUBJECT__PSEUDONYM:
				return PSEUDONYM_EDEFAULT == null ? pseudonym != null : !PSEUDONYM_EDEFAULT.equals(pseudonym);
			case CasebookPackage.SUBJECT__INITIALS:
				return INITIALS_EDEFAULT == null ? initials != null : !INITIALS_EDEFAULT.equals(initials);
			case CasebookPackage.SUBJECT__FLAGS:
				return flags != null && !flags.isEmpty();
			case CasebookPackage.SUBJECT__TARGET_GROUPS:
				return targetGroups != null && !targetGroups.isEmpty();
			case CasebookPackage.SUBJECT__MUNICIPALITY:
				return municipality != null;
			case CasebookPackage.SUBJECT__IDENTITY:
				return identity != null;
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
		result.append(" (pseudonym: "); //$NON-NLS-1$
		result.append(pseudonym);
		result.append(", initials: "); //$NON-NLS-1$
		result.append(initials);
		result.append(", flags: "); //$NON-NLS-1$
		result.append(flags);
		result.append(", targetGroups: "); //$NON-NLS-1$
		result.append(targetGroups);
		result.append(')');
		return result.toString();
	}

} //SubjectImpl
