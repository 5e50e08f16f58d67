/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Collection;

import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Covenant;
import nl.casustafel.model.LifeDomain;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.PolicySignal;
import nl.casustafel.model.Professional;
import nl.casustafel.model.ProtectedIdentity;
import nl.casustafel.model.Relation;
import nl.casustafel.model.Subject;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Casebook</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getMunicipalities <em>Municipalities</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getLifeDomains <em>Life Domains</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getProfessionals <em>Professionals</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getIdentities <em>Identities</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getMeetingTypes <em>Meeting Types</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getMeetingSeries <em>Meeting Series</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getRelations <em>Relations</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getCovenants <em>Covenants</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getPolicySignals <em>Policy Signals</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CasebookImpl#getContributions <em>Contributions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CasebookImpl extends IdentifiableImpl implements Casebook {
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
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMunicipalities() <em>Municipalities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalities()
	 * @generated
	 * @ordered
	 */
	protected EList<Municipality> municipalities;

	/**
	 * The cached value of the '{@link #getLifeDomains() <em>Life Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifeDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<LifeDomain> lifeDomains;

	/**
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * The cached value of the '{@link #getProfessionals() <em>Professionals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfessionals()
	 * @generated
	 * @ordered
	 */
	protected EList<Professional> professionals;

	/**
	 * The cached value of the '{@link #getIdentities() <em>Identities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentities()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtectedIdentity> identities;

	/**
	 * The cached value of the '{@link #getSubjects() <em>Subjects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjects()
	 * @generated
	 * @ordered
	 */
	protected EList<Subject> subjects;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * The cached value of the '{@link #getMeetingTypes() <em>Meeting Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<MeetingType> meetingTypes;

	/**
	 * The cached value of the '{@link #getMeetingSeries() <em>Meeting Series</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingSeries()
	 * @generated
	 * @ordered
	 */
	protected EList<MeetingSeries> meetingSeries;

	/**
	 * The cached value of the '{@link #getMeetings() <em>Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<Meeting> meetings;

	/**
	 * The cached value of the '{@link #getRelations() <em>Relations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelations()
	 * @generated
	 * @ordered
	 */
	protected EList<Relation> relations;

	/**
	 * The cached value of the '{@link #getCovenants() <em>Covenants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovenants()
	 * @generated
	 * @ordered
	 */
	protected EList<Covenant> covenants;

	/**
	 * The cached value of the '{@link #getPolicySignals() <em>Policy Signals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicySignals()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicySignal> policySignals;

	/**
	 * The cached value of the '{@link #getContributions() <em>Contributions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributions()
	 * @generated
	 * @ordered
	 */
	protected EList<EObject> contributions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CasebookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.CASEBOOK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASEBOOK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASEBOOK__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Municipality> getMunicipalities() {
		if (municipalities == null) {
			municipalities = new EObjectContainmentEList<Municipality>(Municipality.class, this, CasebookPackage.CASEBOOK__MUNICIPALITIES);
		}
		return municipalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LifeDomain> getLifeDomains() {
		if (lifeDomains == null) {
			lifeDomains = new EObjectContainmentEList<LifeDomain>(LifeDomain.class, this, CasebookPackage.CASEBOOK__LIFE_DOMAINS);
		}
		return lifeDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations() {
		if (organisations == null) {
			organisations = new EObjectContainmentEList.Resolving<Organisation>(Organisation.class, this, CasebookPackage.CASEBOOK__ORGANISATIONS);
		}
		return organisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Professional> getProfessionals() {
		if (professionals == null) {
			professionals = new EObjectContainmentEList.Resolving<Professional>(Professional.class, this, CasebookPackage.CASEBOOK__PROFESSIONALS);
		}
		return professionals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtectedIdentity> getIdentities() {
		if (identities == null) {
			identities = new EObjectContainmentEList.Resolving<ProtectedIdentity>(ProtectedIdentity.class, this, CasebookPackage.CASEBOOK__IDENTITIES);
		}
		return identities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subject> getSubjects() {
		if (subjects == null) {
			subjects = new EObjectContainmentEList.Resolving<Subject>(Subject.class, this, CasebookPackage.CASEBOOK__SUBJECTS);
		}
		return subjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList.Resolving<Case>(Case.class, this, CasebookPackage.CASEBOOK__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MeetingType> getMeetingTypes() {
		if (meetingTypes == null) {
			meetingTypes = new EObjectContainmentEList<MeetingType>(MeetingType.class, this, CasebookPackage.CASEBOOK__MEETING_TYPES);
		}
		return meetingTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MeetingSeries> getMeetingSeries() {
		if (meetingSeries == null) {
			meetingSeries = new EObjectContainmentEList<MeetingSeries>(MeetingSeries.class, this, CasebookPackage.CASEBOOK__MEETING_SERIES);
		}
		return meetingSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Meeting> getMeetings() {
		if (meetings == null) {
			meetings = new EObjectContainmentEList.Resolving<Meeting>(Meeting.class, this, CasebookPackage.CASEBOOK__MEETINGS);
		}
		return meetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relation> getRelations() {
		if (relations == null) {
			relations = new EObjectContainmentEList.Resolving<Relation>(Relation.class, this, CasebookPackage.CASEBOOK__RELATIONS);
		}
		return relations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Covenant> getCovenants() {
		if (covenants == null) {
			covenants = new EObjectContainmentEList<Covenant>(Covenant.class, this, CasebookPackage.CASEBOOK__COVENANTS);
		}
		return covenants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicySignal> getPolicySignals() {
		if (policySignals == null) {
			policySignals = new EObjectContainmentEList<PolicySignal>(PolicySignal.class, this, CasebookPackage.CASEBOOK__POLICY_SIGNALS);
		}
		return policySignals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EObject> getContributions() {
		if (contributions == null) {
			contributions = new EObjectContainmentEList.Resolving<EObject>(EObject.class, this, CasebookPackage.CASEBOOK__CONTRIBUTIONS);
		}
		return contributions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasebookPackage.CASEBOOK__MUNICIPALITIES:
				return ((InternalEList<?>)getMunicipalities()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__LIFE_DOMAINS:
				return ((InternalEList<?>)getLifeDomains()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__PROFESSIONALS:
				return ((InternalEList<?>)getProfessionals()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__IDENTITIES:
				return ((InternalEList<?>)getIdentities()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__SUBJECTS:
				return ((InternalEList<?>)getSubjects()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__MEETING_TYPES:
				return ((InternalEList<?>)getMeetingTypes()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__MEETING_SERIES:
				return ((InternalEList<?>)getMeetingSeries()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__MEETINGS:
				return ((InternalEList<?>)getMeetings()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__RELATIONS:
				return ((InternalEList<?>)getRelations()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__COVENANTS:
				return ((InternalEList<?>)getCovenants()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__POLICY_SIGNALS:
				return ((InternalEList<?>)getPolicySignals()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASEBOOK__CONTRIBUTIONS:
				return ((InternalEList<?>)getContributions()).basicRemove(otherEnd, msgs);
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
			case CasebookPackage.CASEBOOK__NAME:
				return getName();
			case CasebookPackage.CASEBOOK__REGION:
				return getRegion();
			case CasebookPackage.CASEBOOK__MUNICIPALITIES:
				return getMunicipalities();
			case CasebookPackage.CASEBOOK__LIFE_DOMAINS:
				return getLifeDomains();
			case CasebookPackage.CASEBOOK__ORGANISATIONS:
				return getOrganisations();
			case CasebookPackage.CASEBOOK__PROFESSIONALS:
				return getProfessionals();
			case CasebookPackage.CASEBOOK__IDENTITIES:
				return getIdentities();
			case CasebookPackage.CASEBOOK__SUBJECTS:
				return getSubjects();
			case CasebookPackage.CASEBOOK__CASES:
				return getCases();
			case CasebookPackage.CASEBOOK__MEETING_TYPES:
				return getMeetingTypes();
			case CasebookPackage.CASEBOOK__MEETING_SERIES:
				return getMeetingSeries();
			case CasebookPackage.CASEBOOK__MEETINGS:
				return getMeetings();
			case CasebookPackage.CASEBOOK__RELATIONS:
				return getRelations();
			case CasebookPackage.CASEBOOK__COVENANTS:
				return getCovenants();
			case CasebookPackage.CASEBOOK__POLICY_SIGNALS:
				return getPolicySignals();
			case CasebookPackage.CASEBOOK__CONTRIBUTIONS:
				return getContributions();
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
			case CasebookPackage.CASEBOOK__NAME:
				setName((String)newValue);
				return;
			case CasebookPackage.CASEBOOK__REGION:
				setRegion((String)newValue);
				return;
			case CasebookPackage.CASEBOOK__MUNICIPALITIES:
				getMunicipalities().clear();
				getMunicipalities().addAll((Collection<? extends Municipality>)newValue);
				return;
			case CasebookPackage.CASEBOOK__LIFE_DOMAINS:
				getLifeDomains().clear();
				getLifeDomains().addAll((Collection<? extends LifeDomain>)newValue);
				return;
			case CasebookPackage.CASEBOOK__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
				return;
			case CasebookPackage.CASEBOOK__PROFESSIONALS:
				getProfessionals().clear();
				getProfessionals().addAll((Collection<? extends Professional>)newValue);
				return;
			case CasebookPackage.CASEBOOK__IDENTITIES:
				getIdentities().clear();
				getIdentities().addAll((Collection<? extends ProtectedIdentity>)newValue);
				return;
			case CasebookPackage.CASEBOOK__SUBJECTS:
				getSubjects().clear();
				getSubjects().addAll((Collection<? extends Subject>)newValue);
				return;
			case CasebookPackage.CASEBOOK__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case CasebookPackage.CASEBOOK__MEETING_TYPES:
				getMeetingTypes().clear();
				getMeetingTypes().addAll((Collection<? extends MeetingType>)newValue);
				return;
			case CasebookPackage.CASEBOOK__MEETING_SERIES:
				getMeetingSeries().clear();
				getMeetingSeries().addAll((Collection<? extends MeetingSeries>)newValue);
				return;
			case CasebookPackage.CASEBOOK__MEETINGS:
				getMeetings().clear();
				getMeetings().addAll((Collection<? extends Meeting>)newValue);
				return;
			case CasebookPackage.CASEBOOK__RELATIONS:
				getRelations().clear();
				getRelations().addAll((Collection<? extends Relation>)newValue);
				return;
			case CasebookPackage.CASEBOOK__COVENANTS:
				getCovenants().clear();
				getCovenants().addAll((Collection<? extends Covenant>)newValue);
				return;
			case CasebookPackage.CASEBOOK__POLICY_SIGNALS:
				getPolicySignals().clear();
				getPolicySignals().addAll((Collection<? extends PolicySignal>)newValue);
				return;
			case CasebookPackage.CASEBOOK__CONTRIBUTIONS:
				getContributions().clear();
				getContributions().addAll((Collection<? extends EObject>)newValue);
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
			case CasebookPackage.CASEBOOK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasebookPackage.CASEBOOK__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case CasebookPackage.CASEBOOK__MUNICIPALITIES:
				getMunicipalities().clear();
				return;
			case CasebookPackage.CASEBOOK__LIFE_DOMAINS:
				getLifeDomains().clear();
				return;
			case CasebookPackage.CASEBOOK__ORGANISATIONS:
				getOrganisations().clear();
				return;
			case CasebookPackage.CASEBOOK__PROFESSIONALS:
				getProfessionals().clear();
				return;
			case CasebookPackage.CASEBOOK__IDENTITIES:
				getIdentities().clear();
				return;
			case CasebookPackage.CASEBOOK__SUBJECTS:
				getSubjects().clear();
				return;
			case CasebookPackage.CASEBOOK__CASES:
				getCases().clear();
				return;
			case CasebookPackage.CASEBOOK__MEETING_TYPES:
				getMeetingTypes().clear();
				return;
			case CasebookPackage.CASEBOOK__MEETING_SERIES:
				getMeetingSeries().clear();
				return;
			case CasebookPackage.CASEBOOK__MEETINGS:
				getMeetings().clear();
				return;
			case CasebookPackage.CASEBOOK__RELATIONS:
				getRelations().clear();
				return;
			case CasebookPackage.CASEBOOK__COVENANTS:
				getCovenants().clear();
				return;
			case CasebookPackage.CASEBOOK__POLICY_SIGNALS:
				getPolicySignals().clear();
				return;
			case CasebookPackage.CASEBOOK__CONTRIBUTIONS:
				getContributions().clear();
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
			case CasebookPackage.CASEBOOK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasebookPackage.CASEBOOK__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case CasebookPackage.CASEBOOK__MUNICIPALITIES:
				return municipalities != null && !municipalities.isEmpty();
			case CasebookPackage.CASEBOOK__LIFE_DOMAINS:
				return lifeDomains != null && !lifeDomains.isEmpty();
			case CasebookPackage.CASEBOOK__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
			case CasebookPackage.CASEBOOK__PROFESSIONALS:
				return professionals != null && !professionals.isEmpty();
			case CasebookPackage.CASEBOOK__IDENTITIES:
				return identities != null && !identities.isEmpty();
			case CasebookPackage.CASEBOOK__SUBJECTS:
				return subjects != null && !subjects.isEmpty();
			case CasebookPackage.CASEBOOK__CASES:
				return cases != null && !cases.isEmpty();
			case CasebookPackage.CASEBOOK__MEETING_TYPES:
				return meetingTypes != null && !meetingTypes.isEmpty();
			case CasebookPackage.CASEBOOK__MEETING_SERIES:
				return meetingSeries != null && !meetingSeries.isEmpty();
			case CasebookPackage.CASEBOOK__MEETINGS:
				return meetings != null && !meetings.isEmpty();
			case CasebookPackage.CASEBOOK__RELATIONS:
				return relations != null && !relations.isEmpty();
			case CasebookPackage.CASEBOOK__COVENANTS:
				return covenants != null && !covenants.isEmpty();
			case CasebookPackage.CASEBOOK__POLICY_SIGNALS:
				return policySignals != null && !policySignals.isEmpty();
			case CasebookPackage.CASEBOOK__CONTRIBUTIONS:
				return contributions != null && !contributions.isEmpty();
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
		result.append(", region: "); //$NON-NLS-1$
		result.append(region);
		result.append(')');
		return result.toString();
	}

} //CasebookImpl
