/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Collection;
import java.util.Date;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.LifeDomain;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Involvement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.InvolvementImpl#getRole <em>Role</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.InvolvementImpl#isKnowsPerson <em>Knows Person</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.InvolvementImpl#getSince <em>Since</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.InvolvementImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.InvolvementImpl#getProfessional <em>Professional</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.InvolvementImpl#getDomains <em>Domains</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InvolvementImpl extends IdentifiableImpl implements Involvement {
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
	 * The default value of the '{@link #isKnowsPerson() <em>Knows Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKnowsPerson()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KNOWS_PERSON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKnowsPerson() <em>Knows Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKnowsPerson()
	 * @generated
	 * @ordered
	 */
	protected boolean knowsPerson = KNOWS_PERSON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected static final Date SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected Date since = SINCE_EDEFAULT;

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
	 * The cached value of the '{@link #getProfessional() <em>Professional</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfessional()
	 * @generated
	 * @ordered
	 */
	protected Professional professional;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<LifeDomain> domains;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InvolvementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.INVOLVEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.INVOLVEMENT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKnowsPerson() {
		return knowsPerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKnowsPerson(boolean newKnowsPerson) {
		boolean oldKnowsPerson = knowsPerson;
		knowsPerson = newKnowsPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.INVOLVEMENT__KNOWS_PERSON, oldKnowsPerson, knowsPerson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSince() {
		return since;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSince(Date newSince) {
		Date oldSince = since;
		since = newSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.INVOLVEMENT__SINCE, oldSince, since));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.INVOLVEMENT__ORGANISATION, oldOrganisation, organisation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.INVOLVEMENT__ORGANISATION, oldOrganisation, organisation));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.INVOLVEMENT__PROFESSIONAL, oldProfessional, professional));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.INVOLVEMENT__PROFESSIONAL, oldProfessional, professional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LifeDomain> getDomains() {
		if (domains == null) {
			domains = new EObjectResolvingEList<LifeDomain>(LifeDomain.class, this, CasebookPackage.INVOLVEMENT__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.INVOLVEMENT__ROLE:
				return getRole();
			case CasebookPackage.INVOLVEMENT__KNOWS_PERSON:
				return isKnowsPerson();
			case CasebookPackage.INVOLVEMENT__SINCE:
				return getSince();
			case CasebookPackage.INVOLVEMENT__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case CasebookPackage.INVOLVEMENT__PROFESSIONAL:
				if (resolve) return getProfessional();
				return basicGetProfessional();
			case CasebookPackage.INVOLVEMENT__DOMAINS:
				return getDomains();
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
			case CasebookPackage.INVOLVEMENT__ROLE:
				setRole((String)newValue);
				return;
			case CasebookPackage.INVOLVEMENT__KNOWS_PERSON:
				setKnowsPerson((Boolean)newValue);
				return;
			case CasebookPackage.INVOLVEMENT__SINCE:
				setSince((Date)newValue);
				return;
			case CasebookPackage.INVOLVEMENT__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case CasebookPackage.INVOLVEMENT__PROFESSIONAL:
				setProfessional((Professional)newValue);
				return;
			case CasebookPackage.INVOLVEMENT__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends LifeDomain>)newValue);
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
			case CasebookPackage.INVOLVEMENT__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case CasebookPackage.INVOLVEMENT__KNOWS_PERSON:
				setKnowsPerson(KNOWS_PERSON_EDEFAULT);
				return;
			case CasebookPackage.INVOLVEMENT__SINCE:
				setSince(SINCE_EDEFAULT);
				return;
			case CasebookPackage.INVOLVEMENT__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case CasebookPackage.INVOLVEMENT__PROFESSIONAL:
				setProfessional((Professional)null);
				return;
			case CasebookPackage.INVOLVEMENT__DOMAINS:
				getDomains().clear();
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
			case CasebookPackage.INVOLVEMENT__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case CasebookPackage.INVOLVEMENT__KNOWS_PERSON:
				return knowsPerson != KNOWS_PERSON_EDEFAULT;
			case CasebookPackage.INVOLVEMENT__SINCE:
				return SINCE_EDEFAULT == null ? since != null : !SINCE_EDEFAULT.equals(since);
			case CasebookPackage.INVOLVEMENT__ORGANISATION:
				return organisation != null;
			case CasebookPackage.INVOLVEMENT__PROFESSIONAL:
				return professional != null;
			case CasebookPackage.INVOLVEMENT__DOMAINS:
				return domains != null && !domains.isEmpty();
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
		result.append(", knowsPerson: "); //$NON-NLS-1$
		result.append(knowsPerson);
		result.append(", since: "); //$NON-NLS-1$
		result.append(since);
		result.append(')');
		return result.toString();
	}

} //InvolvementImpl
