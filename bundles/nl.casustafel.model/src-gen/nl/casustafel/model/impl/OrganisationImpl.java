/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Collection;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Intervention;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Professional;

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
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getShortName <em>Short Name</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getLogic <em>Logic</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getType <em>Type</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getSecrecyRegime <em>Secrecy Regime</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getIntakeRules <em>Intake Rules</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getWaitingWeeks <em>Waiting Weeks</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.OrganisationImpl#getEscalationContacts <em>Escalation Contacts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends IdentifiableImpl implements Organisation {
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
	 * The default value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected String shortName = SHORT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogic() <em>Logic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogic()
	 * @generated
	 * @ordered
	 */
	protected static final OrganisationLogic LOGIC_EDEFAULT = OrganisationLogic.CARE;

	/**
	 * The cached value of the '{@link #getLogic() <em>Logic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogic()
	 * @generated
	 * @ordered
	 */
	protected OrganisationLogic logic = LOGIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecrecyRegime() <em>Secrecy Regime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecrecyRegime()
	 * @generated
	 * @ordered
	 */
	protected static final String SECRECY_REGIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecrecyRegime() <em>Secrecy Regime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecrecyRegime()
	 * @generated
	 * @ordered
	 */
	protected String secrecyRegime = SECRECY_REGIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntakeRules() <em>Intake Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntakeRules()
	 * @generated
	 * @ordered
	 */
	protected static final String INTAKE_RULES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntakeRules() <em>Intake Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntakeRules()
	 * @generated
	 * @ordered
	 */
	protected String intakeRules = INTAKE_RULES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int CAPACITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected int capacity = CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWaitingWeeks() <em>Waiting Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaitingWeeks()
	 * @generated
	 * @ordered
	 */
	protected static final int WAITING_WEEKS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWaitingWeeks() <em>Waiting Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaitingWeeks()
	 * @generated
	 * @ordered
	 */
	protected int waitingWeeks = WAITING_WEEKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

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
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Organisation parent;

	/**
	 * The cached value of the '{@link #getInterventions() <em>Interventions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventions()
	 * @generated
	 * @ordered
	 */
	protected EList<Intervention> interventions;

	/**
	 * The cached value of the '{@link #getEscalationContacts() <em>Escalation Contacts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Professional> escalationContacts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.ORGANISATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortName() {
		return shortName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortName(String newShortName) {
		String oldShortName = shortName;
		shortName = newShortName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__SHORT_NAME, oldShortName, shortName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationLogic getLogic() {
		return logic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogic(OrganisationLogic newLogic) {
		OrganisationLogic oldLogic = logic;
		logic = newLogic == null ? LOGIC_EDEFAULT : newLogic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__LOGIC, oldLogic, logic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecrecyRegime() {
		return secrecyRegime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecrecyRegime(String newSecrecyRegime) {
		String oldSecrecyRegime = secrecyRegime;
		secrecyRegime = newSecrecyRegime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__SECRECY_REGIME, oldSecrecyRegime, secrecyRegime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntakeRules() {
		return intakeRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntakeRules(String newIntakeRules) {
		String oldIntakeRules = intakeRules;
		intakeRules = newIntakeRules;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__INTAKE_RULES, oldIntakeRules, intakeRules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCapacity() {
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacity(int newCapacity) {
		int oldCapacity = capacity;
		capacity = newCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__CAPACITY, oldCapacity, capacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWaitingWeeks() {
		return waitingWeeks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaitingWeeks(int newWaitingWeeks) {
		int oldWaitingWeeks = waitingWeeks;
		waitingWeeks = newWaitingWeeks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__WAITING_WEEKS, oldWaitingWeeks, waitingWeeks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__NOTES, oldNotes, notes));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.ORGANISATION__MUNICIPALITY, oldMunicipality, municipality));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__MUNICIPALITY, oldMunicipality, municipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Organisation)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.ORGANISATION__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Organisation newParent) {
		Organisation oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ORGANISATION__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Intervention> getInterventions() {
		if (interventions == null) {
			interventions = new EObjectContainmentEList<Intervention>(Intervention.class, this, CasebookPackage.ORGANISATION__INTERVENTIONS);
		}
		return interventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Professional> getEscalationContacts() {
		if (escalationContacts == null) {
			escalationContacts = new EObjectResolvingEList<Professional>(Professional.class, this, CasebookPackage.ORGANISATION__ESCALATION_CONTACTS);
		}
		return escalationContacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasebookPackage.ORGANISATION__INTERVENTIONS:
				return ((InternalEList<?>)getInterventions()).basicRemove(otherEnd, msgs);
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
			case CasebookPackage.ORGANISATION__NAME:
				return getName();
			case CasebookPackage.ORGANISATION__SHORT_NAME:
				return getShortName();
			case CasebookPackage.ORGANISATION__LOGIC:
				return getLogic();
			case CasebookPackage.ORGANISATION__TYPE:
				return getType();
			case CasebookPackage.ORGANISATION__SECRECY_REGIME:
				return getSecrecyRegime();
			case CasebookPackage.ORGANISATION__INTAKE_RULES:
				return getIntakeRules();
			case CasebookPackage.ORGANISATION__CAPACITY:
				return getCapacity();
			case CasebookPackage.ORGANISATION__WAITING_WEEKS:
				return getWaitingWeeks();
			case CasebookPackage.ORGANISATION__NOTES:
				return getNotes();
			case CasebookPackage.ORGANISATION__MUNICIPALITY:
				if (resolve) return getMunicipality();
				return basicGetMunicipality();
			case CasebookPackage.ORGANISATION__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case CasebookPackage.ORGANISATION__INTERVENTIONS:
				return getInterventions();
			case CasebookPackage.ORGANISATION__ESCALATION_CONTACTS:
				return getEscalationContacts();
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
			case CasebookPackage.ORGANISATION__NAME:
				setName((String)newValue);
				return;
			case CasebookPackage.ORGANISATION__SHORT_NAME:
				setShortName((String)newValue);
				return;
			case CasebookPackage.ORGANISATION__LOGIC:
				setLogic((OrganisationLogic)newValue);
				return;
			case CasebookPackage.ORGANISATION__TYPE:
				setType((String)newValue);
				return;
			case CasebookPackage.ORGANISATION__SECRECY_REGIME:
				setSecrecyRegime((String)newValue);
				return;
			case CasebookPackage.ORGANISATION__INTAKE_RULES:
				setIntakeRules((String)newValue);
				return;
			case CasebookPackage.ORGANISATION__CAPACITY:
				setCapacity((Integer)newValue);
				return;
			case CasebookPackage.ORGANISATION__WAITING_WEEKS:
				setWaitingWeeks((Integer)newValue);
				return;
			case CasebookPackage.ORGANISATION__NOTES:
				setNotes((String)newValue);
				return;
			case CasebookPackage.ORGANISATION__MUNICIPALITY:
				setMunicipality((Municipality)newValue);
				return;
			case CasebookPackage.ORGANISATION__PARENT:
				setParent((Organisation)newValue);
				return;
			case CasebookPackage.ORGANISATION__INTERVENTIONS:
				getInterventions().clear();
				getInterventions().addAll((Collection<? extends Intervention>)newValue);
				return;
			case CasebookPackage.ORGANISATION__ESCALATION_CONTACTS:
				getEscalationContacts().clear();
				getEscalationContacts().addAll((Collection<? extends Professional>)newValue);
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
			case CasebookPackage.ORGANISATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasebookPackage.ORGANISATION__SHORT_NAME:
				setShortName(SHORT_NAME_EDEFAULT);
				return;
			case CasebookPackage.ORGANISATION__LOGIC:
				setLogic(LOGIC_EDEFAULT);
				return;
			case CasebookPackage.ORGANISATION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case CasebookPackage.ORGANISATION__SECRECY_REGIME:
				setSecrecyRegime(SECRECY_REGIME_EDEFAULT);
				return;
			case CasebookPackage.ORGANISATION__INTAKE_RULES:
				setIntakeRules(INTAKE_RULES_EDEFAULT);
				return;
			case CasebookPackage.ORGANISATION__CAPACITY:
				setCapacity(CAPACITY_EDEFAULT);
				return;
			case CasebookPackage.ORGANISATION__WAITING_WEEKS:
				setWaitingWeeks(WAITING_WEEKS_EDEFAULT);
				return;
			case CasebookPackage.ORGANISATION__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case CasebookPackage.ORGANISATION__MUNICIPALITY:
				setMunicipality((Municipality)null);
				return;
			case CasebookPackage.ORGANISATION__PARENT:
				setParent((Organisation)null);
				return;
			case CasebookPackage.ORGANISATION__INTERVENTIONS:
				getInterventions().clear();
				return;
			case CasebookPackage.ORGANISATION__ESCALATION_CONTACTS:
				getEscalationContacts().clear();
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
			case CasebookPackage.ORGANISATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasebookPackage.ORGANISATION__SHORT_NAME:
				return SHORT_NAME_EDEFAULT == null ? shortName != null : !SHORT_NAME_EDEFAULT.equals(shortName);
			case CasebookPackage.ORGANISATION__LOGIC:
				return logic != LOGIC_EDEFAULT;
			case CasebookPackage.ORGANISATION__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case CasebookPackage.ORGANISATION__SECRECY_REGIME:
				return SECRECY_REGIME_EDEFAULT == null ? secrecyRegime != null : !SECRECY_REGIME_EDEFAULT.equals(secrecyRegime);
			case CasebookPackage.ORGANISATION__INTAKE_RULES:
				return INTAKE_RULES_EDEFAULT == null ? intakeRules != null : !INTAKE_RULES_EDEFAULT.equals(intakeRules);
			case CasebookPackage.ORGANISATION__CAPACITY:
				return capacity != CAPACITY_EDEFAULT;
			case CasebookPackage.ORGANISATION__WAITING_WEEKS:
				return waitingWeeks != WAITING_WEEKS_EDEFAULT;
			case CasebookPackage.ORGANISATION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case CasebookPackage.ORGANISATION__MUNICIPALITY:
				return municipality != null;
			case CasebookPackage.ORGANISATION__PARENT:
				return parent != null;
			case CasebookPackage.ORGANISATION__INTERVENTIONS:
				return interventions != null && !interventions.isEmpty();
			case CasebookPackage.ORGANISATION__ESCALATION_CONTACTS:
				return escalationContacts != null && !escalationContacts.isEmpty();
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
		result.append(", shortName: "); //$NON-NLS-1$
		result.append(shortName);
		result.append(", logic: "); //$NON-NLS-1$
		result.append(logic);
		result.append(", type: "); //$NON-NLS-1$
		result.append(type);
		result.append(", secrecyRegime: "); //$NON-NLS-1$
		result.append(secrecyRegime);
		result.append(", intakeRules: "); //$NON-NLS-1$
		result.append(intakeRules);
		result.append(", capacity: "); //$NON-NLS-1$
		result.append(capacity);
		result.append(", waitingWeeks: "); //$NON-NLS-1$
		result.append(waitingWeeks);
		result.append(", notes: "); //$NON-NLS-1$
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
