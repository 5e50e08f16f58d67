/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import nl.casustafel.model.AgeBand;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.AgreementType;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.CaseStatus;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.ConsentRecord;
import nl.casustafel.model.Covenant;
import nl.casustafel.model.CovenantTask;
import nl.casustafel.model.DecisionType;
import nl.casustafel.model.Disclosure;
import nl.casustafel.model.DisclosureBasis;
import nl.casustafel.model.Escalation;
import nl.casustafel.model.Gender;
import nl.casustafel.model.Household;
import nl.casustafel.model.Identifiable;
import nl.casustafel.model.InformalTie;
import nl.casustafel.model.Intervention;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.LifeDomain;
import nl.casustafel.model.LifeDomainStatus;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingSeries;
import nl.casustafel.model.MeetingState;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.NonCompletionReason;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Person;
import nl.casustafel.model.PolicySignal;
import nl.casustafel.model.Preparation;
import nl.casustafel.model.PreparationStatus;
import nl.casustafel.model.Professional;
import nl.casustafel.model.ProtectedIdentity;
import nl.casustafel.model.Provenance;
import nl.casustafel.model.Referral;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.model.RoleAssignment;
import nl.casustafel.model.Severity;
import nl.casustafel.model.Subject;
import nl.casustafel.model.TensionDimension;
import nl.casustafel.model.TimelineEvent;
import nl.casustafel.model.Urgency;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CasebookPackageImpl extends EPackageImpl implements CasebookPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass casebookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass municipalityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifeDomainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass professionalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protectedIdentityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass householdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referralEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifeDomainStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass involvementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass informalTieEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timelineEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agreementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass escalationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consentRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass disclosureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meetingTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meetingSeriesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meetingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attendanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agendaItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass preparationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass covenantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass covenantTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policySignalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organisationLogicEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum caseStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum genderEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ageBandEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum urgencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum provenanceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum agreementTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum agreementStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nonCompletionReasonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decisionTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum meetingStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attendanceStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum preparationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum agendaItemKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tensionDimensionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum disclosureBasisEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see nl.casustafel.model.CasebookPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CasebookPackageImpl() {
		super(eNS_URI, CasebookFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CasebookPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CasebookPackage init() {
		if (isInited) return (CasebookPackage)EPackage.Registry.INSTANCE.getEPackage(CasebookPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCasebookPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CasebookPackageImpl theCasebookPackage = registeredCasebookPackage instanceof CasebookPackageImpl ? (CasebookPackageImpl)registeredCasebookPackage : new CasebookPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCasebookPackage.createPackageContents();

		// Initialize created meta-data
		theCasebookPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCasebookPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CasebookPackage.eNS_URI, theCasebookPackage);
		return theCasebookPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifiable() {
		return identifiableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiable_Id() {
		return (EAttribute)identifiableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCasebook() {
		return casebookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCasebook_Name() {
		return (EAttribute)casebookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCasebook_Region() {
		return (EAttribute)casebookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Municipalities() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_LifeDomains() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Organisations() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Professionals() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Identities() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Subjects() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Cases() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_MeetingTypes() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_MeetingSeries() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Meetings() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Relations() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Covenants() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_PolicySignals() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCasebook_Contributions() {
		return (EReference)casebookEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMunicipality() {
		return municipalityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_Name() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_Population() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMunicipality_CentreMunicipality() {
		return (EReference)municipalityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifeDomain() {
		return lifeDomainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeDomain_Key() {
		return (EAttribute)lifeDomainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeDomain_Name() {
		return (EAttribute)lifeDomainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Name() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_ShortName() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Logic() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Type() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_SecrecyRegime() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_IntakeRules() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Capacity() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_WaitingWeeks() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Notes() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Municipality() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Parent() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Interventions() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_EscalationContacts() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntervention() {
		return interventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Name() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Description() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Basis() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Capacity() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_WaitingWeeks() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntervention_Domain() {
		return (EReference)interventionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProfessional() {
		return professionalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfessional_Name() {
		return (EAttribute)professionalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfessional_Function() {
		return (EAttribute)professionalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfessional_Email() {
		return (EAttribute)professionalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfessional_Phone() {
		return (EAttribute)professionalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfessional_ValidFrom() {
		return (EAttribute)professionalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfessional_ValidTo() {
		return (EAttribute)professionalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProfessional_Organisation() {
		return (EReference)professionalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProfessional_Substitute() {
		return (EReference)professionalEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProfessional_Roles() {
		return (EReference)professionalEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoleAssignment() {
		return roleAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Role() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_ValidFrom() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_ValidTo() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleAssignment_Hat() {
		return (EReference)roleAssignmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtectedIdentity() {
		return protectedIdentityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectedIdentity_FullName() {
		return (EAttribute)protectedIdentityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectedIdentity_Bsn() {
		return (EAttribute)protectedIdentityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectedIdentity_Address() {
		return (EAttribute)protectedIdentityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectedIdentity_BirthDate() {
		return (EAttribute)protectedIdentityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtectedIdentity_Phone() {
		return (EAttribute)protectedIdentityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubject() {
		return subjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_Pseudonym() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_Initials() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_Flags() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_TargetGroups() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Municipality() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Identity() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Gender() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_BirthYear() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_AgeBand() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Household() {
		return (EReference)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHousehold() {
		return householdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Members() {
		return (EReference)householdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCase() {
		return caseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_CaseNumber() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Status() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Phase() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Complexity() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Urgency() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Tags() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Reason() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Question() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Noodscenario() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_JudicialFrame() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Risks() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_OpenedOn() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_KnownSince() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_ClosedOn() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_ClosureReason() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Subject() {
		return (EReference)caseEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Casusregisseur() {
		return (EReference)caseEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_LinkedCases() {
		return (EReference)caseEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Referral() {
		return (EReference)caseEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_LifeDomains() {
		return (EReference)caseEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Involvements() {
		return (EReference)caseEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_InformalTies() {
		return (EReference)caseEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Timeline() {
		return (EReference)caseEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Agreements() {
		return (EReference)caseEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Escalations() {
		return (EReference)caseEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Consents() {
		return (EReference)caseEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Disclosures() {
		return (EReference)caseEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferral() {
		return referralEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Date() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_EntryRoute() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Reason() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Urgency() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferral_Referrer() {
		return (EReference)referralEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferral_ReferrerProfessional() {
		return (EReference)referralEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifeDomainStatus() {
		return lifeDomainStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeDomainStatus_Severity() {
		return (EAttribute)lifeDomainStatusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeDomainStatus_Note() {
		return (EAttribute)lifeDomainStatusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifeDomainStatus_Domain() {
		return (EReference)lifeDomainStatusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifeDomainStatus_Responsible() {
		return (EReference)lifeDomainStatusEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInvolvement() {
		return involvementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvolvement_Role() {
		return (EAttribute)involvementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvolvement_KnowsPerson() {
		return (EAttribute)involvementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvolvement_Since() {
		return (EAttribute)involvementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvolvement_Organisation() {
		return (EReference)involvementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvolvement_Professional() {
		return (EReference)involvementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvolvement_Domains() {
		return (EReference)involvementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInformalTie() {
		return informalTieEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInformalTie_Label() {
		return (EAttribute)informalTieEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInformalTie_Relationship() {
		return (EAttribute)informalTieEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInformalTie_KnowsPerson() {
		return (EAttribute)informalTieEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInformalTie_Note() {
		return (EAttribute)informalTieEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimelineEvent() {
		return timelineEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Date() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Kind() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Title() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Description() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineEvent_Provenance() {
		return (EAttribute)timelineEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTimelineEvent_Source() {
		return (EReference)timelineEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgreement() {
		return agreementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreement_Description() {
		return (EAttribute)agreementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreement_Type() {
		return (EAttribute)agreementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreement_Status() {
		return (EAttribute)agreementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreement_NonCompletionReason() {
		return (EAttribute)agreementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreement_DueDate() {
		return (EAttribute)agreementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreement_CreatedOn() {
		return (EAttribute)agreementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreement_CompletedOn() {
		return (EAttribute)agreementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreement_ConfirmedValidOn() {
		return (EAttribute)agreementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreement_DependsOnHomeOrganisation() {
		return (EAttribute)agreementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgreement_Owner() {
		return (EReference)agreementEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgreement_Organisation() {
		return (EReference)agreementEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgreement_SourceMeeting() {
		return (EReference)agreementEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgreement_ReplacedBy() {
		return (EReference)agreementEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEscalation() {
		return escalationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_Level() {
		return (EAttribute)escalationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_Question() {
		return (EAttribute)escalationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_Addressee() {
		return (EAttribute)escalationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_Date() {
		return (EAttribute)escalationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_Answer() {
		return (EAttribute)escalationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEscalation_PolicySignal() {
		return (EReference)escalationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsentRecord() {
		return consentRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsentRecord_Scope() {
		return (EAttribute)consentRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsentRecord_Basis() {
		return (EAttribute)consentRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsentRecord_SignedOn() {
		return (EAttribute)consentRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsentRecord_ExpiresOn() {
		return (EAttribute)consentRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsentRecord_WithdrawnOn() {
		return (EAttribute)consentRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsentRecord_Recipients() {
		return (EReference)consentRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisclosure() {
		return disclosureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_Category() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_Date() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_Basis() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_ClientInformed() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisclosure_ClientPresent() {
		return (EAttribute)disclosureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDisclosure_From() {
		return (EReference)disclosureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDisclosure_To() {
		return (EReference)disclosureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDisclosure_Consent() {
		return (EReference)disclosureEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeetingType() {
		return meetingTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingType_Key() {
		return (EAttribute)meetingTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingType_Name() {
		return (EAttribute)meetingTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingType_Description() {
		return (EAttribute)meetingTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingType_DefaultDurationMinutes() {
		return (EAttribute)meetingTypeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingType_DefaultTimeboxMinutes() {
		return (EAttribute)meetingTypeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingType_MaxCasesPerHour() {
		return (EAttribute)meetingTypeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeetingType_RequiredParties() {
		return (EReference)meetingTypeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeetingSeries() {
		return meetingSeriesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_Name() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeetingSeries_Type() {
		return (EReference)meetingSeriesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeetingSeries_Meetings() {
		return (EReference)meetingSeriesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeeting() {
		return meetingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Title() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Date() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_DurationMinutes() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Location() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_State() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Notes() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Type() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Series() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Chair() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Secretary() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Attendance() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Items() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttendance() {
		return attendanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendance_Status() {
		return (EAttribute)attendanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendance_Role() {
		return (EAttribute)attendanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendance_Note() {
		return (EAttribute)attendanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttendance_Professional() {
		return (EReference)attendanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttendance_Organisation() {
		return (EReference)attendanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgendaItem() {
		return agendaItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Kind() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Title() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Reason() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Question() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Urgency() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_TimeboxMinutes() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_ActualDurationSeconds() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Decision() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_DecisionNote() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Noodscenario() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_NextDate() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgendaItem_Case() {
		return (EReference)agendaItemEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgendaItem_Preparations() {
		return (EReference)agendaItemEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgendaItem_Agreements() {
		return (EReference)agendaItemEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPreparation() {
		return preparationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreparation_Status() {
		return (EAttribute)preparationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreparation_Note() {
		return (EAttribute)preparationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPreparation_Organisation() {
		return (EReference)preparationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelation() {
		return relationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelation_Kind() {
		return (EAttribute)relationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelation_Subtype() {
		return (EAttribute)relationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelation_Label() {
		return (EAttribute)relationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelation_ValidFrom() {
		return (EAttribute)relationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelation_ValidTo() {
		return (EAttribute)relationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelation_Strength() {
		return (EAttribute)relationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelation_Tension() {
		return (EAttribute)relationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelation_KnowledgeSource() {
		return (EAttribute)relationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelation_Notes() {
		return (EAttribute)relationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelation_Source() {
		return (EReference)relationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelation_Target() {
		return (EReference)relationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelation_Case() {
		return (EReference)relationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCovenant() {
		return covenantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCovenant_Name() {
		return (EAttribute)covenantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCovenant_ValidFrom() {
		return (EAttribute)covenantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCovenant_ValidTo() {
		return (EAttribute)covenantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCovenant_SharingRules() {
		return (EAttribute)covenantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCovenant_RetentionYears() {
		return (EAttribute)covenantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCovenant_Parties() {
		return (EReference)covenantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCovenant_Tasks() {
		return (EReference)covenantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCovenantTask() {
		return covenantTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCovenantTask_Description() {
		return (EAttribute)covenantTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCovenantTask_Party() {
		return (EReference)covenantTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicySignal() {
		return policySignalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicySignal_Title() {
		return (EAttribute)policySignalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicySignal_GapType() {
		return (EAttribute)policySignalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicySignal_Description() {
		return (EAttribute)policySignalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicySignal_Addressee() {
		return (EAttribute)policySignalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicySignal_Date() {
		return (EAttribute)policySignalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicySignal_Response() {
		return (EAttribute)policySignalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicySignal_Case() {
		return (EReference)policySignalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganisationLogic() {
		return organisationLogicEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaseStatus() {
		return caseStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGender() {
		return genderEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAgeBand() {
		return ageBandEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUrgency() {
		return urgencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProvenance() {
		return provenanceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAgreementType() {
		return agreementTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAgreementStatus() {
		return agreementStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNonCompletionReason() {
		return nonCompletionReasonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecisionType() {
		return decisionTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeetingState() {
		return meetingStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttendanceStatus() {
		return attendanceStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPreparationStatus() {
		return preparationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAgendaItemKind() {
		return agendaItemKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationKind() {
		return relationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTensionDimension() {
		return tensionDimensionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDisclosureBasis() {
		return disclosureBasisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CasebookFactory getCasebookFactory() {
		return (CasebookFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiableEClass = createEClass(IDENTIFIABLE);
		createEAttribute(identifiableEClass, IDENTIFIABLE__ID);

		casebookEClass = createEClass(CASEBOOK);
		createEAttribute(casebookEClass, CASEBOOK__NAME);
		createEAttribute(casebookEClass, CASEBOOK__REGION);
		createEReference(casebookEClass, CASEBOOK__MUNICIPALITIES);
		createEReference(casebookEClass, CASEBOOK__LIFE_DOMAINS);
		createEReference(casebookEClass, CASEBOOK__ORGANISATIONS);
		createEReference(casebookEClass, CASEBOOK__PROFESSIONALS);
		createEReference(casebookEClass, CASEBOOK__IDENTITIES);
		createEReference(casebookEClass, CASEBOOK__SUBJECTS);
		createEReference(casebookEClass, CASEBOOK__CASES);
		createEReference(casebookEClass, CASEBOOK__MEETING_TYPES);
		createEReference(casebookEClass, CASEBOOK__MEETING_SERIES);
		createEReference(casebookEClass, CASEBOOK__MEETINGS);
		createEReference(casebookEClass, CASEBOOK__RELATIONS);
		createEReference(casebookEClass, CASEBOOK__COVENANTS);
		createEReference(casebookEClass, CASEBOOK__POLICY_SIGNALS);
		createEReference(casebookEClass, CASEBOOK__CONTRIBUTIONS);

		municipalityEClass = createEClass(MUNICIPALITY);
		createEAttribute(municipalityEClass, MUNICIPALITY__NAME);
		createEAttribute(municipalityEClass, MUNICIPALITY__POPULATION);
		createEReference(municipalityEClass, MUNICIPALITY__CENTRE_MUNICIPALITY);

		lifeDomainEClass = createEClass(LIFE_DOMAIN);
		createEAttribute(lifeDomainEClass, LIFE_DOMAIN__KEY);
		createEAttribute(lifeDomainEClass, LIFE_DOMAIN__NAME);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__NAME);
		createEAttribute(organisationEClass, ORGANISATION__SHORT_NAME);
		createEAttribute(organisationEClass, ORGANISATION__LOGIC);
		createEAttribute(organisationEClass, ORGANISATION__TYPE);
		createEAttribute(organisationEClass, ORGANISATION__SECRECY_REGIME);
		createEAttribute(organisationEClass, ORGANISATION__INTAKE_RULES);
		createEAttribute(organisationEClass, ORGANISATION__CAPACITY);
		createEAttribute(organisationEClass, ORGANISATION__WAITING_WEEKS);
		createEAttribute(organisationEClass, ORGANISATION__NOTES);
		createEReference(organisationEClass, ORGANISATION__MUNICIPALITY);
		createEReference(organisationEClass, ORGANISATION__PARENT);
		createEReference(organisationEClass, ORGANISATION__INTERVENTIONS);
		createEReference(organisationEClass, ORGANISATION__ESCALATION_CONTACTS);

		interventionEClass = createEClass(INTERVENTION);
		createEAttribute(interventionEClass, INTERVENTION__NAME);
		createEAttribute(interventionEClass, INTERVENTION__DESCRIPTION);
		createEAttribute(interventionEClass, INTERVENTION__BASIS);
		createEAttribute(interventionEClass, INTERVENTION__CAPACITY);
		createEAttribute(interventionEClass, INTERVENTION__WAITING_WEEKS);
		createEReference(interventionEClass, INTERVENTION__DOMAIN);

		professionalEClass = createEClass(PROFESSIONAL);
		createEAttribute(professionalEClass, PROFESSIONAL__NAME);
		createEAttribute(professionalEClass, PROFESSIONAL__FUNCTION);
		createEAttribute(professionalEClass, PROFESSIONAL__EMAIL);
		createEAttribute(professionalEClass, PROFESSIONAL__PHONE);
		createEAttribute(professionalEClass, PROFESSIONAL__VALID_FROM);
		createEAttribute(professionalEClass, PROFESSIONAL__VALID_TO);
		createEReference(professionalEClass, PROFESSIONAL__ORGANISATION);
		createEReference(professionalEClass, PROFESSIONAL__SUBSTITUTE);
		createEReference(professionalEClass, PROFESSIONAL__ROLES);

		roleAssignmentEClass = createEClass(ROLE_ASSIGNMENT);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__ROLE);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__VALID_FROM);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__VALID_TO);
		createEReference(roleAssignmentEClass, ROLE_ASSIGNMENT__HAT);

		protectedIdentityEClass = createEClass(PROTECTED_IDENTITY);
		createEAttribute(protectedIdentityEClass, PROTECTED_IDENTITY__FULL_NAME);
		createEAttribute(protectedIdentityEClass, PROTECTED_IDENTITY__BSN);
		createEAttribute(protectedIdentityEClass, PROTECTED_IDENTITY__ADDRESS);
		createEAttribute(protectedIdentityEClass, PROTECTED_IDENTITY__BIRTH_DATE);
		createEAttribute(protectedIdentityEClass, PROTECTED_IDENTITY__PHONE);

		subjectEClass = createEClass(SUBJECT);
		createEAttribute(subjectEClass, SUBJECT__PSEUDONYM);
		createEAttribute(subjectEClass, SUBJECT__INITIALS);
		createEAttribute(subjectEClass, SUBJECT__FLAGS);
		createEAttribute(subjectEClass, SUBJECT__TARGET_GROUPS);
		createEReference(subjectEClass, SUBJECT__MUNICIPALITY);
		createEReference(subjectEClass, SUBJECT__IDENTITY);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__GENDER);
		createEAttribute(personEClass, PERSON__BIRTH_YEAR);
		createEAttribute(personEClass, PERSON__AGE_BAND);
		createEReference(personEClass, PERSON__HOUSEHOLD);

		householdEClass = createEClass(HOUSEHOLD);
		createEReference(householdEClass, HOUSEHOLD__MEMBERS);

		caseEClass = createEClass(CASE);
		createEAttribute(caseEClass, CASE__CASE_NUMBER);
		createEAttribute(caseEClass, CASE__STATUS);
		createEAttribute(caseEClass, CASE__PHASE);
		createEAttribute(caseEClass, CASE__COMPLEXITY);
		createEAttribute(caseEClass, CASE__URGENCY);
		createEAttribute(caseEClass, CASE__TAGS);
		createEAttribute(caseEClass, CASE__REASON);
		createEAttribute(caseEClass, CASE__QUESTION);
		createEAttribute(caseEClass, CASE__NOODSCENARIO);
		createEAttribute(caseEClass, CASE__JUDICIAL_FRAME);
		createEAttribute(caseEClass, CASE__RISKS);
		createEAttribute(caseEClass, CASE__OPENED_ON);
		createEAttribute(caseEClass, CASE__KNOWN_SINCE);
		createEAttribute(caseEClass, CASE__CLOSED_ON);
		createEAttribute(caseEClass, CASE__CLOSURE_REASON);
		createEReference(caseEClass, CASE__SUBJECT);
		createEReference(caseEClass, CASE__CASUSREGISSEUR);
		createEReference(caseEClass, CASE__LINKED_CASES);
		createEReference(caseEClass, CASE__REFERRAL);
		createEReference(caseEClass, CASE__LIFE_DOMAINS);
		createEReference(caseEClass, CASE__INVOLVEMENTS);
		createEReference(caseEClass, CASE__INFORMAL_TIES);
		createEReference(caseEClass, CASE__TIMELINE);
		createEReference(caseEClass, CASE__AGREEMENTS);
		createEReference(caseEClass, CASE__ESCALATIONS);
		createEReference(caseEClass, CASE__CONSENTS);
		createEReference(caseEClass, CASE__DISCLOSURES);

		referralEClass = createEClass(REFERRAL);
		createEAttribute(referralEClass, REFERRAL__DATE);
		createEAttribute(referralEClass, REFERRAL__ENTRY_ROUTE);
		createEAttribute(referralEClass, REFERRAL__REASON);
		createEAttribute(referralEClass, REFERRAL__URGENCY);
		createEReference(referralEClass, REFERRAL__REFERRER);
		createEReference(referralEClass, REFERRAL__REFERRER_PROFESSIONAL);

		lifeDomainStatusEClass = createEClass(LIFE_DOMAIN_STATUS);
		createEAttribute(lifeDomainStatusEClass, LIFE_DOMAIN_STATUS__SEVERITY);
		createEAttribute(lifeDomainStatusEClass, LIFE_DOMAIN_STATUS__NOTE);
		createEReference(lifeDomainStatusEClass, LIFE_DOMAIN_STATUS__DOMAIN);
		createEReference(lifeDomainStatusEClass, LIFE_DOMAIN_STATUS__RESPONSIBLE);

		involvementEClass = createEClass(INVOLVEMENT);
		createEAttribute(involvementEClass, INVOLVEMENT__ROLE);
		createEAttribute(involvementEClass, INVOLVEMENT__KNOWS_PERSON);
		createEAttribute(involvementEClass, INVOLVEMENT__SINCE);
		createEReference(involvementEClass, INVOLVEMENT__ORGANISATION);
		createEReference(involvementEClass, INVOLVEMENT__PROFESSIONAL);
		createEReference(involvementEClass, INVOLVEMENT__DOMAINS);

		informalTieEClass = createEClass(INFORMAL_TIE);
		createEAttribute(informalTieEClass, INFORMAL_TIE__LABEL);
		createEAttribute(informalTieEClass, INFORMAL_TIE__RELATIONSHIP);
		createEAttribute(informalTieEClass, INFORMAL_TIE__KNOWS_PERSON);
		createEAttribute(informalTieEClass, INFORMAL_TIE__NOTE);

		timelineEventEClass = createEClass(TIMELINE_EVENT);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__DATE);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__KIND);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__TITLE);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__DESCRIPTION);
		createEAttribute(timelineEventEClass, TIMELINE_EVENT__PROVENANCE);
		createEReference(timelineEventEClass, TIMELINE_EVENT__SOURCE);

		agreementEClass = createEClass(AGREEMENT);
		createEAttribute(agreementEClass, AGREEMENT__DESCRIPTION);
		createEAttribute(agreementEClass, AGREEMENT__TYPE);
		createEAttribute(agreementEClass, AGREEMENT__STATUS);
		createEAttribute(agreementEClass, AGREEMENT__NON_COMPLETION_REASON);
		createEAttribute(agreementEClass, AGREEMENT__DUE_DATE);
		createEAttribute(agreementEClass, AGREEMENT__CREATED_ON);
		createEAttribute(agreementEClass, AGREEMENT__COMPLETED_ON);
		createEAttribute(agreementEClass, AGREEMENT__CONFIRMED_VALID_ON);
		createEAttribute(agreementEClass, AGREEMENT__DEPENDS_ON_HOME_ORGANISATION);
		createEReference(agreementEClass, AGREEMENT__OWNER);
		createEReference(agreementEClass, AGREEMENT__ORGANISATION);
		createEReference(agreementEClass, AGREEMENT__SOURCE_MEETING);
		createEReference(agreementEClass, AGREEMENT__REPLACED_BY);

		escalationEClass = createEClass(ESCALATION);
		createEAttribute(escalationEClass, ESCALATION__LEVEL);
		createEAttribute(escalationEClass, ESCALATION__QUESTION);
		createEAttribute(escalationEClass, ESCALATION__ADDRESSEE);
		createEAttribute(escalationEClass, ESCALATION__DATE);
		createEAttribute(escalationEClass, ESCALATION__ANSWER);
		createEReference(escalationEClass, ESCALATION__POLICY_SIGNAL);

		consentRecordEClass = createEClass(CONSENT_RECORD);
		createEAttribute(consentRecordEClass, CONSENT_RECORD__SCOPE);
		createEAttribute(consentRecordEClass, CONSENT_RECORD__BASIS);
		createEAttribute(consentRecordEClass, CONSENT_RECORD__SIGNED_ON);
		createEAttribute(consentRecordEClass, CONSENT_RECORD__EXPIRES_ON);
		createEAttribute(consentRecordEClass, CONSENT_RECORD__WITHDRAWN_ON);
		createEReference(consentRecordEClass, CONSENT_RECORD__RECIPIENTS);

		disclosureEClass = createEClass(DISCLOSURE);
		createEAttribute(disclosureEClass, DISCLOSURE__CATEGORY);
		createEAttribute(disclosureEClass, DISCLOSURE__DATE);
		createEAttribute(disclosureEClass, DISCLOSURE__BASIS);
		createEAttribute(disclosureEClass, DISCLOSURE__CLIENT_INFORMED);
		createEAttribute(disclosureEClass, DISCLOSURE__CLIENT_PRESENT);
		createEReference(disclosureEClass, DISCLOSURE__FROM);
		createEReference(disclosureEClass, DISCLOSURE__TO);
		createEReference(disclosureEClass, DISCLOSURE__CONSENT);

		meetingTypeEClass = createEClass(MEETING_TYPE);
		createEAttribute(meetingTypeEClass, MEETING_TYPE__KEY);
		createEAttribute(meetingTypeEClass, MEETING_TYPE__NAME);
		createEAttribute(meetingTypeEClass, MEETING_TYPE__DESCRIPTION);
		createEAttribute(meetingTypeEClass, MEETING_TYPE__DEFAULT_DURATION_MINUTES);
		createEAttribute(meetingTypeEClass, MEETING_TYPE__DEFAULT_TIMEBOX_MINUTES);
		createEAttribute(meetingTypeEClass, MEETING_TYPE__MAX_CASES_PER_HOUR);
		createEReference(meetingTypeEClass, MEETING_TYPE__REQUIRED_PARTIES);

		meetingSeriesEClass = createEClass(MEETING_SERIES);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__NAME);
		createEReference(meetingSeriesEClass, MEETING_SERIES__TYPE);
		createEReference(meetingSeriesEClass, MEETING_SERIES__MEETINGS);

		meetingEClass = createEClass(MEETING);
		createEAttribute(meetingEClass, MEETING__TITLE);
		createEAttribute(meetingEClass, MEETING__DATE);
		createEAttribute(meetingEClass, MEETING__DURATION_MINUTES);
		createEAttribute(meetingEClass, MEETING__LOCATION);
		createEAttribute(meetingEClass, MEETING__STATE);
		createEAttribute(meetingEClass, MEETING__NOTES);
		createEReference(meetingEClass, MEETING__TYPE);
		createEReference(meetingEClass, MEETING__SERIES);
		createEReference(meetingEClass, MEETING__CHAIR);
		createEReference(meetingEClass, MEETING__SECRETARY);
		createEReference(meetingEClass, MEETING__ATTENDANCE);
		createEReference(meetingEClass, MEETING__ITEMS);

		attendanceEClass = createEClass(ATTENDANCE);
		createEAttribute(attendanceEClass, ATTENDANCE__STATUS);
		createEAttribute(attendanceEClass, ATTENDANCE__ROLE);
		createEAttribute(attendanceEClass, ATTENDANCE__NOTE);
		createEReference(attendanceEClass, ATTENDANCE__PROFESSIONAL);
		createEReference(attendanceEClass, ATTENDANCE__ORGANISATION);

		agendaItemEClass = createEClass(AGENDA_ITEM);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__KIND);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__TITLE);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__REASON);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__QUESTION);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__URGENCY);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__TIMEBOX_MINUTES);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__ACTUAL_DURATION_SECONDS);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__DECISION);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__DECISION_NOTE);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__NOODSCENARIO);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__NEXT_DATE);
		createEReference(agendaItemEClass, AGENDA_ITEM__CASE);
		createEReference(agendaItemEClass, AGENDA_ITEM__PREPARATIONS);
		createEReference(agendaItemEClass, AGENDA_ITEM__AGREEMENTS);

		preparationEClass = createEClass(PREPARATION);
		createEAttribute(preparationEClass, PREPARATION__STATUS);
		createEAttribute(preparationEClass, PREPARATION__NOTE);
		createEReference(preparationEClass, PREPARATION__ORGANISATION);

		relationEClass = createEClass(RELATION);
		createEAttribute(relationEClass, RELATION__KIND);
		createEAttribute(relationEClass, RELATION__SUBTYPE);
		createEAttribute(relationEClass, RELATION__LABEL);
		createEAttribute(relationEClass, RELATION__VALID_FROM);
		createEAttribute(relationEClass, RELATION__VALID_TO);
		createEAttribute(relationEClass, RELATION__STRENGTH);
		createEAttribute(relationEClass, RELATION__TENSION);
		createEAttribute(relationEClass, RELATION__KNOWLEDGE_SOURCE);
		createEAttribute(relationEClass, RELATION__NOTES);
		createEReference(relationEClass, RELATION__SOURCE);
		createEReference(relationEClass, RELATION__TARGET);
		createEReference(relationEClass, RELATION__CASE);

		covenantEClass = createEClass(COVENANT);
		createEAttribute(covenantEClass, COVENANT__NAME);
		createEAttribute(covenantEClass, COVENANT__VALID_FROM);
		createEAttribute(covenantEClass, COVENANT__VALID_TO);
		createEAttribute(covenantEClass, COVENANT__SHARING_RULES);
		createEAttribute(covenantEClass, COVENANT__RETENTION_YEARS);
		createEReference(covenantEClass, COVENANT__PARTIES);
		createEReference(covenantEClass, COVENANT__TASKS);

		covenantTaskEClass = createEClass(COVENANT_TASK);
		createEAttribute(covenantTaskEClass, COVENANT_TASK__DESCRIPTION);
		createEReference(covenantTaskEClass, COVENANT_TASK__PARTY);

		policySignalEClass = createEClass(POLICY_SIGNAL);
		createEAttribute(policySignalEClass, POLICY_SIGNAL__TITLE);
		createEAttribute(policySignalEClass, POLICY_SIGNAL__GAP_TYPE);
		createEAttribute(policySignalEClass, POLICY_SIGNAL__DESCRIPTION);
		createEAttribute(policySignalEClass, POLICY_SIGNAL__ADDRESSEE);
		createEAttribute(policySignalEClass, POLICY_SIGNAL__DATE);
		createEAttribute(policySignalEClass, POLICY_SIGNAL__RESPONSE);
		createEReference(policySignalEClass, POLICY_SIGNAL__CASE);

		// Create enums
		organisationLogicEEnum = createEEnum(ORGANISATION_LOGIC);
		caseStatusEEnum = createEEnum(CASE_STATUS);
		severityEEnum = createEEnum(SEVERITY);
		genderEEnum = createEEnum(GENDER);
		ageBandEEnum = createEEnum(AGE_BAND);
		urgencyEEnum = createEEnum(URGENCY);
		provenanceEEnum = createEEnum(PROVENANCE);
		agreementTypeEEnum = createEEnum(AGREEMENT_TYPE);
		agreementStatusEEnum = createEEnum(AGREEMENT_STATUS);
		nonCompletionReasonEEnum = createEEnum(NON_COMPLETION_REASON);
		decisionTypeEEnum = createEEnum(DECISION_TYPE);
		meetingStateEEnum = createEEnum(MEETING_STATE);
		attendanceStatusEEnum = createEEnum(ATTENDANCE_STATUS);
		preparationStatusEEnum = createEEnum(PREPARATION_STATUS);
		agendaItemKindEEnum = createEEnum(AGENDA_ITEM_KIND);
		relationKindEEnum = createEEnum(RELATION_KIND);
		tensionDimensionEEnum = createEEnum(TENSION_DIMENSION);
		disclosureBasisEEnum = createEEnum(DISCLOSURE_BASIS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		casebookEClass.getESuperTypes().add(this.getIdentifiable());
		municipalityEClass.getESuperTypes().add(this.getIdentifiable());
		lifeDomainEClass.getESuperTypes().add(this.getIdentifiable());
		organisationEClass.getESuperTypes().add(this.getIdentifiable());
		interventionEClass.getESuperTypes().add(this.getIdentifiable());
		professionalEClass.getESuperTypes().add(this.getIdentifiable());
		roleAssignmentEClass.getESuperTypes().add(this.getIdentifiable());
		protectedIdentityEClass.getESuperTypes().add(this.getIdentifiable());
		subjectEClass.getESuperTypes().add(this.getIdentifiable());
		personEClass.getESuperTypes().add(this.getSubject());
		householdEClass.getESuperTypes().add(this.getSubject());
		caseEClass.getESuperTypes().add(this.getIdentifiable());
		referralEClass.getESuperTypes().add(this.getIdentifiable());
		lifeDomainStatusEClass.getESuperTypes().add(this.getIdentifiable());
		involvementEClass.getESuperTypes().add(this.getIdentifiable());
		informalTieEClass.getESuperTypes().add(this.getIdentifiable());
		timelineEventEClass.getESuperTypes().add(this.getIdentifiable());
		agreementEClass.getESuperTypes().add(this.getIdentifiable());
		escalationEClass.getESuperTypes().add(this.getIdentifiable());
		consentRecordEClass.getESuperTypes().add(this.getIdentifiable());
		disclosureEClass.getESuperTypes().add(this.getIdentifiable());
		meetingTypeEClass.getESuperTypes().add(this.getIdentifiable());
		meetingSeriesEClass.getESuperTypes().add(this.getIdentifiable());
		meetingEClass.getESuperTypes().add(this.getIdentifiable());
		attendanceEClass.getESuperTypes().add(this.getIdentifiable());
		agendaItemEClass.getESuperTypes().add(this.getIdentifiable());
		preparationEClass.getESuperTypes().add(this.getIdentifiable());
		relationEClass.getESuperTypes().add(this.getIdentifiable());
		covenantEClass.getESuperTypes().add(this.getIdentifiable());
		covenantTaskEClass.getESuperTypes().add(this.getIdentifiable());
		policySignalEClass.getESuperTypes().add(this.getIdentifiable());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiableEClass, Identifiable.class, "Identifiable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIdentifiable_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identifiable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(casebookEClass, Casebook.class, "Casebook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCasebook_Name(), ecorePackage.getEString(), "name", null, 0, 1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCasebook_Region(), ecorePackage.getEString(), "region", null, 0, 1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_Municipalities(), this.getMunicipality(), null, "municipalities", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_LifeDomains(), this.getLifeDomain(), null, "lifeDomains", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_Organisations(), this.getOrganisation(), null, "organisations", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_Professionals(), this.getProfessional(), null, "professionals", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_Identities(), this.getProtectedIdentity(), null, "identities", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_Subjects(), this.getSubject(), null, "subjects", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_Cases(), this.getCase(), null, "cases", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_MeetingTypes(), this.getMeetingType(), null, "meetingTypes", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_MeetingSeries(), this.getMeetingSeries(), null, "meetingSeries", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_Meetings(), this.getMeeting(), null, "meetings", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_Relations(), this.getRelation(), null, "relations", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_Covenants(), this.getCovenant(), null, "covenants", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_PolicySignals(), this.getPolicySignal(), null, "policySignals", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCasebook_Contributions(), ecorePackage.getEObject(), null, "contributions", null, 0, -1, Casebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(municipalityEClass, Municipality.class, "Municipality", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMunicipality_Name(), ecorePackage.getEString(), "name", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMunicipality_Population(), ecorePackage.getEInt(), "population", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMunicipality_CentreMunicipality(), this.getMunicipality(), null, "centreMunicipality", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(lifeDomainEClass, LifeDomain.class, "LifeDomain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLifeDomain_Key(), ecorePackage.getEString(), "key", null, 0, 1, LifeDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLifeDomain_Name(), ecorePackage.getEString(), "name", null, 0, 1, LifeDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getOrganisation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrganisation_ShortName(), ecorePackage.getEString(), "shortName", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrganisation_Logic(), this.getOrganisationLogic(), "logic", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrganisation_Type(), ecorePackage.getEString(), "type", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrganisation_SecrecyRegime(), ecorePackage.getEString(), "secrecyRegime", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrganisation_IntakeRules(), ecorePackage.getEString(), "intakeRules", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrganisation_Capacity(), ecorePackage.getEInt(), "capacity", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrganisation_WaitingWeeks(), ecorePackage.getEInt(), "waitingWeeks", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOrganisation_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOrganisation_Municipality(), this.getMunicipality(), null, "municipality", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOrganisation_Parent(), this.getOrganisation(), null, "parent", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOrganisation_Interventions(), this.getIntervention(), null, "interventions", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOrganisation_EscalationContacts(), this.getProfessional(), null, "escalationContacts", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(interventionEClass, Intervention.class, "Intervention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIntervention_Name(), ecorePackage.getEString(), "name", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIntervention_Description(), ecorePackage.getEString(), "description", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIntervention_Basis(), ecorePackage.getEString(), "basis", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIntervention_Capacity(), ecorePackage.getEInt(), "capacity", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIntervention_WaitingWeeks(), ecorePackage.getEInt(), "waitingWeeks", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getIntervention_Domain(), this.getLifeDomain(), null, "domain", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(professionalEClass, Professional.class, "Professional", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProfessional_Name(), ecorePackage.getEString(), "name", null, 0, 1, Professional.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProfessional_Function(), ecorePackage.getEString(), "function", null, 0, 1, Professional.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProfessional_Email(), ecorePackage.getEString(), "email", null, 0, 1, Professional.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProfessional_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Professional.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProfessional_ValidFrom(), ecorePackage.getEDate(), "validFrom", null, 0, 1, Professional.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProfessional_ValidTo(), ecorePackage.getEDate(), "validTo", null, 0, 1, Professional.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProfessional_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, Professional.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProfessional_Substitute(), this.getProfessional(), null, "substitute", null, 0, 1, Professional.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProfessional_Roles(), this.getRoleAssignment(), null, "roles", null, 0, -1, Professional.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(roleAssignmentEClass, RoleAssignment.class, "RoleAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_Role(), ecorePackage.getEString(), "role", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_ValidFrom(), ecorePackage.getEDate(), "validFrom", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_ValidTo(), ecorePackage.getEDate(), "validTo", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRoleAssignment_Hat(), this.getOrganisation(), null, "hat", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(protectedIdentityEClass, ProtectedIdentity.class, "ProtectedIdentity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProtectedIdentity_FullName(), ecorePackage.getEString(), "fullName", null, 0, 1, ProtectedIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProtectedIdentity_Bsn(), ecorePackage.getEString(), "bsn", null, 0, 1, ProtectedIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProtectedIdentity_Address(), ecorePackage.getEString(), "address", null, 0, 1, ProtectedIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProtectedIdentity_BirthDate(), ecorePackage.getEDate(), "birthDate", null, 0, 1, ProtectedIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProtectedIdentity_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, ProtectedIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(subjectEClass, Subject.class, "Subject", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSubject_Pseudonym(), ecorePackage.getEString(), "pseudonym", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSubject_Initials(), ecorePackage.getEString(), "initials", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSubject_Flags(), ecorePackage.getEString(), "flags", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSubject_TargetGroups(), ecorePackage.getEString(), "targetGroups", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSubject_Municipality(), this.getMunicipality(), null, "municipality", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSubject_Identity(), this.getProtectedIdentity(), null, "identity", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPerson_Gender(), this.getGender(), "gender", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPerson_BirthYear(), ecorePackage.getEInt(), "birthYear", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPerson_AgeBand(), this.getAgeBand(), "ageBand", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPerson_Household(), this.getHousehold(), this.getHousehold_Members(), "household", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(householdEClass, Household.class, "Household", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getHousehold_Members(), this.getPerson(), this.getPerson_Household(), "members", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(caseEClass, Case.class, "Case", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCase_CaseNumber(), ecorePackage.getEString(), "caseNumber", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_Status(), this.getCaseStatus(), "status", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_Phase(), ecorePackage.getEString(), "phase", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_Complexity(), ecorePackage.getEInt(), "complexity", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_Urgency(), this.getUrgency(), "urgency", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_Question(), ecorePackage.getEString(), "question", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_Noodscenario(), ecorePackage.getEString(), "noodscenario", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_JudicialFrame(), ecorePackage.getEString(), "judicialFrame", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_Risks(), ecorePackage.getEString(), "risks", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_OpenedOn(), ecorePackage.getEDate(), "openedOn", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_KnownSince(), ecorePackage.getEDate(), "knownSince", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_ClosedOn(), ecorePackage.getEDate(), "closedOn", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCase_ClosureReason(), ecorePackage.getEString(), "closureReason", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_Subject(), this.getSubject(), null, "subject", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_Casusregisseur(), this.getProfessional(), null, "casusregisseur", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_LinkedCases(), this.getCase(), null, "linkedCases", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_Referral(), this.getReferral(), null, "referral", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_LifeDomains(), this.getLifeDomainStatus(), null, "lifeDomains", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_Involvements(), this.getInvolvement(), null, "involvements", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_InformalTies(), this.getInformalTie(), null, "informalTies", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_Timeline(), this.getTimelineEvent(), null, "timeline", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_Agreements(), this.getAgreement(), null, "agreements", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_Escalations(), this.getEscalation(), null, "escalations", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_Consents(), this.getConsentRecord(), null, "consents", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCase_Disclosures(), this.getDisclosure(), null, "disclosures", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(referralEClass, Referral.class, "Referral", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getReferral_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getReferral_EntryRoute(), ecorePackage.getEString(), "entryRoute", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getReferral_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getReferral_Urgency(), this.getUrgency(), "urgency", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getReferral_Referrer(), this.getOrganisation(), null, "referrer", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getReferral_ReferrerProfessional(), this.getProfessional(), null, "referrerProfessional", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(lifeDomainStatusEClass, LifeDomainStatus.class, "LifeDomainStatus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLifeDomainStatus_Severity(), this.getSeverity(), "severity", null, 0, 1, LifeDomainStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLifeDomainStatus_Note(), ecorePackage.getEString(), "note", null, 0, 1, LifeDomainStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLifeDomainStatus_Domain(), this.getLifeDomain(), null, "domain", null, 0, 1, LifeDomainStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLifeDomainStatus_Responsible(), this.getOrganisation(), null, "responsible", null, 0, 1, LifeDomainStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(involvementEClass, Involvement.class, "Involvement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInvolvement_Role(), ecorePackage.getEString(), "role", null, 0, 1, Involvement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInvolvement_KnowsPerson(), ecorePackage.getEBoolean(), "knowsPerson", null, 0, 1, Involvement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInvolvement_Since(), ecorePackage.getEDate(), "since", null, 0, 1, Involvement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInvolvement_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, Involvement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInvolvement_Professional(), this.getProfessional(), null, "professional", null, 0, 1, Involvement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInvolvement_Domains(), this.getLifeDomain(), null, "domains", null, 0, -1, Involvement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(informalTieEClass, InformalTie.class, "InformalTie", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInformalTie_Label(), ecorePackage.getEString(), "label", null, 0, 1, InformalTie.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInformalTie_Relationship(), ecorePackage.getEString(), "relationship", null, 0, 1, InformalTie.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInformalTie_KnowsPerson(), ecorePackage.getEBoolean(), "knowsPerson", null, 0, 1, InformalTie.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInformalTie_Note(), ecorePackage.getEString(), "note", null, 0, 1, InformalTie.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(timelineEventEClass, TimelineEvent.class, "TimelineEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTimelineEvent_Date(), ecorePackage.getEDate(), "date", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTimelineEvent_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTimelineEvent_Title(), ecorePackage.getEString(), "title", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTimelineEvent_Description(), ecorePackage.getEString(), "description", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTimelineEvent_Provenance(), this.getProvenance(), "provenance", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTimelineEvent_Source(), this.getOrganisation(), null, "source", null, 0, 1, TimelineEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(agreementEClass, Agreement.class, "Agreement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAgreement_Description(), ecorePackage.getEString(), "description", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgreement_Type(), this.getAgreementType(), "type", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgreement_Status(), this.getAgreementStatus(), "status", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgreement_NonCompletionReason(), this.getNonCompletionReason(), "nonCompletionReason", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgreement_DueDate(), ecorePackage.getEDate(), "dueDate", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgreement_CreatedOn(), ecorePackage.getEDate(), "createdOn", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgreement_CompletedOn(), ecorePackage.getEDate(), "completedOn", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgreement_ConfirmedValidOn(), ecorePackage.getEDate(), "confirmedValidOn", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgreement_DependsOnHomeOrganisation(), ecorePackage.getEBoolean(), "dependsOnHomeOrganisation", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAgreement_Owner(), this.getProfessional(), null, "owner", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAgreement_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAgreement_SourceMeeting(), this.getMeeting(), null, "sourceMeeting", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAgreement_ReplacedBy(), this.getAgreement(), null, "replacedBy", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(escalationEClass, Escalation.class, "Escalation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEscalation_Level(), ecorePackage.getEInt(), "level", null, 0, 1, Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEscalation_Question(), ecorePackage.getEString(), "question", null, 0, 1, Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEscalation_Addressee(), ecorePackage.getEString(), "addressee", null, 0, 1, Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEscalation_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEscalation_Answer(), ecorePackage.getEString(), "answer", null, 0, 1, Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEscalation_PolicySignal(), this.getPolicySignal(), null, "policySignal", null, 0, 1, Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(consentRecordEClass, ConsentRecord.class, "ConsentRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getConsentRecord_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, ConsentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getConsentRecord_Basis(), this.getDisclosureBasis(), "basis", null, 0, 1, ConsentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getConsentRecord_SignedOn(), ecorePackage.getEDate(), "signedOn", null, 0, 1, ConsentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getConsentRecord_ExpiresOn(), ecorePackage.getEDate(), "expiresOn", null, 0, 1, ConsentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getConsentRecord_WithdrawnOn(), ecorePackage.getEDate(), "withdrawnOn", null, 0, 1, ConsentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getConsentRecord_Recipients(), this.getOrganisation(), null, "recipients", null, 0, -1, ConsentRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(disclosureEClass, Disclosure.class, "Disclosure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDisclosure_Category(), ecorePackage.getEString(), "category", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDisclosure_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDisclosure_Basis(), this.getDisclosureBasis(), "basis", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDisclosure_ClientInformed(), ecorePackage.getEBoolean(), "clientInformed", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDisclosure_ClientPresent(), ecorePackage.getEBoolean(), "clientPresent", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDisclosure_From(), this.getOrganisation(), null, "from", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDisclosure_To(), this.getOrganisation(), null, "to", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDisclosure_Consent(), this.getConsentRecord(), null, "consent", null, 0, 1, Disclosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(meetingTypeEClass, MeetingType.class, "MeetingType", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMeetingType_Key(), ecorePackage.getEString(), "key", null, 0, 1, MeetingType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeetingType_Name(), ecorePackage.getEString(), "name", null, 0, 1, MeetingType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeetingType_Description(), ecorePackage.getEString(), "description", null, 0, 1, MeetingType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeetingType_DefaultDurationMinutes(), ecorePackage.getEInt(), "defaultDurationMinutes", null, 0, 1, MeetingType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeetingType_DefaultTimeboxMinutes(), ecorePackage.getEInt(), "defaultTimeboxMinutes", null, 0, 1, MeetingType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeetingType_MaxCasesPerHour(), ecorePackage.getEInt(), "maxCasesPerHour", null, 0, 1, MeetingType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMeetingType_RequiredParties(), this.getOrganisation(), null, "requiredParties", null, 0, -1, MeetingType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(meetingSeriesEClass, MeetingSeries.class, "MeetingSeries", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMeetingSeries_Name(), ecorePackage.getEString(), "name", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMeetingSeries_Type(), this.getMeetingType(), null, "type", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMeetingSeries_Meetings(), this.getMeeting(), this.getMeeting_Series(), "meetings", null, 0, -1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(meetingEClass, Meeting.class, "Meeting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMeeting_Title(), ecorePackage.getEString(), "title", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeeting_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeeting_DurationMinutes(), ecorePackage.getEInt(), "durationMinutes", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeeting_Location(), ecorePackage.getEString(), "location", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeeting_State(), this.getMeetingState(), "state", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeeting_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMeeting_Type(), this.getMeetingType(), null, "type", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMeeting_Series(), this.getMeetingSeries(), this.getMeetingSeries_Meetings(), "series", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMeeting_Chair(), this.getProfessional(), null, "chair", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMeeting_Secretary(), this.getProfessional(), null, "secretary", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMeeting_Attendance(), this.getAttendance(), null, "attendance", null, 0, -1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMeeting_Items(), this.getAgendaItem(), null, "items", null, 0, -1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(attendanceEClass, Attendance.class, "Attendance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAttendance_Status(), this.getAttendanceStatus(), "status", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttendance_Role(), ecorePackage.getEString(), "role", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttendance_Note(), ecorePackage.getEString(), "note", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAttendance_Professional(), this.getProfessional(), null, "professional", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAttendance_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(agendaItemEClass, AgendaItem.class, "AgendaItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAgendaItem_Kind(), this.getAgendaItemKind(), "kind", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgendaItem_Title(), ecorePackage.getEString(), "title", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgendaItem_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgendaItem_Question(), ecorePackage.getEString(), "question", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgendaItem_Urgency(), this.getUrgency(), "urgency", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgendaItem_TimeboxMinutes(), ecorePackage.getEInt(), "timeboxMinutes", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgendaItem_ActualDurationSeconds(), ecorePackage.getEInt(), "actualDurationSeconds", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgendaItem_Decision(), this.getDecisionType(), "decision", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgendaItem_DecisionNote(), ecorePackage.getEString(), "decisionNote", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgendaItem_Noodscenario(), ecorePackage.getEString(), "noodscenario", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAgendaItem_NextDate(), ecorePackage.getEDate(), "nextDate", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAgendaItem_Case(), this.getCase(), null, "case", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAgendaItem_Preparations(), this.getPreparation(), null, "preparations", null, 0, -1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAgendaItem_Agreements(), this.getAgreement(), null, "agreements", null, 0, -1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(preparationEClass, Preparation.class, "Preparation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPreparation_Status(), this.getPreparationStatus(), "status", null, 0, 1, Preparation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPreparation_Note(), ecorePackage.getEString(), "note", null, 0, 1, Preparation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPreparation_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, Preparation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(relationEClass, Relation.class, "Relation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRelation_Kind(), this.getRelationKind(), "kind", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelation_Subtype(), ecorePackage.getEString(), "subtype", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelation_Label(), ecorePackage.getEString(), "label", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelation_ValidFrom(), ecorePackage.getEDate(), "validFrom", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelation_ValidTo(), ecorePackage.getEDate(), "validTo", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelation_Strength(), ecorePackage.getEInt(), "strength", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelation_Tension(), this.getTensionDimension(), "tension", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelation_KnowledgeSource(), ecorePackage.getEString(), "knowledgeSource", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelation_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRelation_Source(), this.getOrganisation(), null, "source", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRelation_Target(), this.getOrganisation(), null, "target", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRelation_Case(), this.getCase(), null, "case", null, 0, 1, Relation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(covenantEClass, Covenant.class, "Covenant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCovenant_Name(), ecorePackage.getEString(), "name", null, 0, 1, Covenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCovenant_ValidFrom(), ecorePackage.getEDate(), "validFrom", null, 0, 1, Covenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCovenant_ValidTo(), ecorePackage.getEDate(), "validTo", null, 0, 1, Covenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCovenant_SharingRules(), ecorePackage.getEString(), "sharingRules", null, 0, 1, Covenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCovenant_RetentionYears(), ecorePackage.getEInt(), "retentionYears", null, 0, 1, Covenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCovenant_Parties(), this.getOrganisation(), null, "parties", null, 0, -1, Covenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCovenant_Tasks(), this.getCovenantTask(), null, "tasks", null, 0, -1, Covenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(covenantTaskEClass, CovenantTask.class, "CovenantTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCovenantTask_Description(), ecorePackage.getEString(), "description", null, 0, 1, CovenantTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCovenantTask_Party(), this.getOrganisation(), null, "party", null, 0, 1, CovenantTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(policySignalEClass, PolicySignal.class, "PolicySignal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPolicySignal_Title(), ecorePackage.getEString(), "title", null, 0, 1, PolicySignal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicySignal_GapType(), ecorePackage.getEString(), "gapType", null, 0, 1, PolicySignal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicySignal_Description(), ecorePackage.getEString(), "description", null, 0, 1, PolicySignal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicySignal_Addressee(), ecorePackage.getEString(), "addressee", null, 0, 1, PolicySignal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicySignal_Date(), ecorePackage.getEDate(), "date", null, 0, 1, PolicySignal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicySignal_Response(), ecorePackage.getEString(), "response", null, 0, 1, PolicySignal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPolicySignal_Case(), this.getCase(), null, "case", null, 0, 1, PolicySignal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(organisationLogicEEnum, OrganisationLogic.class, "OrganisationLogic"); //$NON-NLS-1$
		addEEnumLiteral(organisationLogicEEnum, OrganisationLogic.CARE);
		addEEnumLiteral(organisationLogicEEnum, OrganisationLogic.JUSTICE);
		addEEnumLiteral(organisationLogicEEnum, OrganisationLogic.MUNICIPALITY);
		addEEnumLiteral(organisationLogicEEnum, OrganisationLogic.OTHER);

		initEEnum(caseStatusEEnum, CaseStatus.class, "CaseStatus"); //$NON-NLS-1$
		addEEnumLiteral(caseStatusEEnum, CaseStatus.ACTIVE);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.PRIORITY);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.LOW_FLAME);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.IN_CLINIC);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.IN_DETENTION);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.CLOSED);

		initEEnum(severityEEnum, Severity.class, "Severity"); //$NON-NLS-1$
		addEEnumLiteral(severityEEnum, Severity.UNKNOWN);
		addEEnumLiteral(severityEEnum, Severity.NONE);
		addEEnumLiteral(severityEEnum, Severity.MILD);
		addEEnumLiteral(severityEEnum, Severity.MODERATE);
		addEEnumLiteral(severityEEnum, Severity.SEVERE);
		addEEnumLiteral(severityEEnum, Severity.CRISIS);

		initEEnum(genderEEnum, Gender.class, "Gender"); //$NON-NLS-1$
		addEEnumLiteral(genderEEnum, Gender.UNKNOWN);
		addEEnumLiteral(genderEEnum, Gender.MALE);
		addEEnumLiteral(genderEEnum, Gender.FEMALE);
		addEEnumLiteral(genderEEnum, Gender.OTHER);

		initEEnum(ageBandEEnum, AgeBand.class, "AgeBand"); //$NON-NLS-1$
		addEEnumLiteral(ageBandEEnum, AgeBand.UNKNOWN);
		addEEnumLiteral(ageBandEEnum, AgeBand.MINOR);
		addEEnumLiteral(ageBandEEnum, AgeBand.YOUNG_ADULT);
		addEEnumLiteral(ageBandEEnum, AgeBand.ADULT);

		initEEnum(urgencyEEnum, Urgency.class, "Urgency"); //$NON-NLS-1$
		addEEnumLiteral(urgencyEEnum, Urgency.NORMAL);
		addEEnumLiteral(urgencyEEnum, Urgency.HIGH);
		addEEnumLiteral(urgencyEEnum, Urgency.CRISIS);

		initEEnum(provenanceEEnum, Provenance.class, "Provenance"); //$NON-NLS-1$
		addEEnumLiteral(provenanceEEnum, Provenance.DIRECT);
		addEEnumLiteral(provenanceEEnum, Provenance.VIA_CLIENT_UNVERIFIED);
		addEEnumLiteral(provenanceEEnum, Provenance.VERIFIED);

		initEEnum(agreementTypeEEnum, AgreementType.class, "AgreementType"); //$NON-NLS-1$
		addEEnumLiteral(agreementTypeEEnum, AgreementType.INTERVENTION);
		addEEnumLiteral(agreementTypeEEnum, AgreementType.GATHER_INFORMATION);
		addEEnumLiteral(agreementTypeEEnum, AgreementType.REFERRAL);
		addEEnumLiteral(agreementTypeEEnum, AgreementType.CLIENT_CONTACT);
		addEEnumLiteral(agreementTypeEEnum, AgreementType.ESCALATION);
		addEEnumLiteral(agreementTypeEEnum, AgreementType.OTHER);

		initEEnum(agreementStatusEEnum, AgreementStatus.class, "AgreementStatus"); //$NON-NLS-1$
		addEEnumLiteral(agreementStatusEEnum, AgreementStatus.OPEN);
		addEEnumLiteral(agreementStatusEEnum, AgreementStatus.DONE);
		addEEnumLiteral(agreementStatusEEnum, AgreementStatus.NOT_DONE);
		addEEnumLiteral(agreementStatusEEnum, AgreementStatus.NO_LONGER_VALID);
		addEEnumLiteral(agreementStatusEEnum, AgreementStatus.REPLACED);

		initEEnum(nonCompletionReasonEEnum, NonCompletionReason.class, "NonCompletionReason"); //$NON-NLS-1$
		addEEnumLiteral(nonCompletionReasonEEnum, NonCompletionReason.NONE);
		addEEnumLiteral(nonCompletionReasonEEnum, NonCompletionReason.CIRCUMSTANCES_CHANGED);
		addEEnumLiteral(nonCompletionReasonEEnum, NonCompletionReason.NOT_CARRIED_OUT);
		addEEnumLiteral(nonCompletionReasonEEnum, NonCompletionReason.NO_LONGER_VALID);

		initEEnum(decisionTypeEEnum, DecisionType.class, "DecisionType"); //$NON-NLS-1$
		addEEnumLiteral(decisionTypeEEnum, DecisionType.NONE);
		addEEnumLiteral(decisionTypeEEnum, DecisionType.INTERVENE);
		addEEnumLiteral(decisionTypeEEnum, DecisionType.MORE_INFORMATION);
		addEEnumLiteral(decisionTypeEEnum, DecisionType.REFER);
		addEEnumLiteral(decisionTypeEEnum, DecisionType.ESCALATE);
		addEEnumLiteral(decisionTypeEEnum, DecisionType.CLOSE);
		addEEnumLiteral(decisionTypeEEnum, DecisionType.REAGENDA);

		initEEnum(meetingStateEEnum, MeetingState.class, "MeetingState"); //$NON-NLS-1$
		addEEnumLiteral(meetingStateEEnum, MeetingState.PLANNED);
		addEEnumLiteral(meetingStateEEnum, MeetingState.RUNNING);
		addEEnumLiteral(meetingStateEEnum, MeetingState.CLOSED);

		initEEnum(attendanceStatusEEnum, AttendanceStatus.class, "AttendanceStatus"); //$NON-NLS-1$
		addEEnumLiteral(attendanceStatusEEnum, AttendanceStatus.PRESENT);
		addEEnumLiteral(attendanceStatusEEnum, AttendanceStatus.ABSENT);
		addEEnumLiteral(attendanceStatusEEnum, AttendanceStatus.EXCUSED);
		addEEnumLiteral(attendanceStatusEEnum, AttendanceStatus.ONLINE);

		initEEnum(preparationStatusEEnum, PreparationStatus.class, "PreparationStatus"); //$NON-NLS-1$
		addEEnumLiteral(preparationStatusEEnum, PreparationStatus.ASKED);
		addEEnumLiteral(preparationStatusEEnum, PreparationStatus.DELIVERED);
		addEEnumLiteral(preparationStatusEEnum, PreparationStatus.MISSING);

		initEEnum(agendaItemKindEEnum, AgendaItemKind.class, "AgendaItemKind"); //$NON-NLS-1$
		addEEnumLiteral(agendaItemKindEEnum, AgendaItemKind.CASE);
		addEEnumLiteral(agendaItemKindEEnum, AgendaItemKind.OPEN_AGREEMENTS);
		addEEnumLiteral(agendaItemKindEEnum, AgendaItemKind.ESCALATIONS);
		addEEnumLiteral(agendaItemKindEEnum, AgendaItemKind.READ_BACK);
		addEEnumLiteral(agendaItemKindEEnum, AgendaItemKind.OTHER);

		initEEnum(relationKindEEnum, RelationKind.class, "RelationKind"); //$NON-NLS-1$
		addEEnumLiteral(relationKindEEnum, RelationKind.REFERRAL);
		addEEnumLiteral(relationKindEEnum, RelationKind.INFORMATION_SHARING);
		addEEnumLiteral(relationKindEEnum, RelationKind.FUNDING);
		addEEnumLiteral(relationKindEEnum, RelationKind.MANDATE);
		addEEnumLiteral(relationKindEEnum, RelationKind.ESCALATION);
		addEEnumLiteral(relationKindEEnum, RelationKind.COVENANT);
		addEEnumLiteral(relationKindEEnum, RelationKind.COOPERATION);
		addEEnumLiteral(relationKindEEnum, RelationKind.TENSION);
		addEEnumLiteral(relationKindEEnum, RelationKind.HANDOVER);
		addEEnumLiteral(relationKindEEnum, RelationKind.MISSING);
		addEEnumLiteral(relationKindEEnum, RelationKind.OTHER);

		initEEnum(tensionDimensionEEnum, TensionDimension.class, "TensionDimension"); //$NON-NLS-1$
		addEEnumLiteral(tensionDimensionEEnum, TensionDimension.NONE);
		addEEnumLiteral(tensionDimensionEEnum, TensionDimension.CULTURE);
		addEEnumLiteral(tensionDimensionEEnum, TensionDimension.STRUCTURE);
		addEEnumLiteral(tensionDimensionEEnum, TensionDimension.DOMAIN_GAP);
		addEEnumLiteral(tensionDimensionEEnum, TensionDimension.FUNDING_RULE);
		addEEnumLiteral(tensionDimensionEEnum, TensionDimension.REPRESENTATION);
		addEEnumLiteral(tensionDimensionEEnum, TensionDimension.SPLITTING);

		initEEnum(disclosureBasisEEnum, DisclosureBasis.class, "DisclosureBasis"); //$NON-NLS-1$
		addEEnumLiteral(disclosureBasisEEnum, DisclosureBasis.CONSENT);
		addEEnumLiteral(disclosureBasisEEnum, DisclosureBasis.COVENANT);
		addEEnumLiteral(disclosureBasisEEnum, DisclosureBasis.LEGAL_DUTY);
		addEEnumLiteral(disclosureBasisEEnum, DisclosureBasis.VITAL_INTEREST);
		addEEnumLiteral(disclosureBasisEEnum, DisclosureBasis.SERIOUS_CRIME);

		// Create resource
		createResource(eNS_URI);
	}

} //CasebookPackageImpl
