/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import nl.casustafel.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CasebookFactoryImpl extends EFactoryImpl implements CasebookFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CasebookFactory init() {
		try {
			CasebookFactory theCasebookFactory = (CasebookFactory)EPackage.Registry.INSTANCE.getEFactory(CasebookPackage.eNS_URI);
			if (theCasebookFactory != null) {
				return theCasebookFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CasebookFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CasebookFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CasebookPackage.CASEBOOK: return createCasebook();
			case CasebookPackage.MUNICIPALITY: return createMunicipality();
			case CasebookPackage.LIFE_DOMAIN: return createLifeDomain();
			case CasebookPackage.ORGANISATION: return createOrganisation();
			case CasebookPackage.INTERVENTION: return createIntervention();
			case CasebookPackage.PROFESSIONAL: return createProfessional();
			case CasebookPackage.ROLE_ASSIGNMENT: return createRoleAssignment();
			case CasebookPackage.PROTECTED_IDENTITY: return createProtectedIdentity();
			case CasebookPackage.PERSON: return createPerson();
			case CasebookPackage.HOUSEHOLD: return createHousehold();
			case CasebookPackage.CASE: return createCase();
			case CasebookPackage.REFERRAL: return createReferral();
			case CasebookPackage.LIFE_DOMAIN_STATUS: return createLifeDomainStatus();
			case CasebookPackage.INVOLVEMENT: return createInvolvement();
			case CasebookPackage.INFORMAL_TIE: return createInformalTie();
			case CasebookPackage.TIMELINE_EVENT: return createTimelineEvent();
			case CasebookPackage.AGREEMENT: return createAgreement();
			case CasebookPackage.ESCALATION: return createEscalation();
			case CasebookPackage.CONSENT_RECORD: return createConsentRecord();
			case CasebookPackage.DISCLOSURE: return createDisclosure();
			case CasebookPackage.MEETING_TYPE: return createMeetingType();
			case CasebookPackage.MEETING_SERIES: return createMeetingSeries();
			case CasebookPackage.MEETING: return createMeeting();
			case CasebookPackage.ATTENDANCE: return createAttendance();
			case CasebookPackage.AGENDA_ITEM: return createAgendaItem();
			case CasebookPackage.PREPARATION: return createPreparation();
			case CasebookPackage.RELATION: return createRelation();
			case CasebookPackage.COVENANT: return createCovenant();
			case CasebookPackage.COVENANT_TASK: return createCovenantTask();
			case CasebookPackage.POLICY_SIGNAL: return createPolicySignal();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CasebookPackage.ORGANISATION_LOGIC:
				return createOrganisationLogicFromString(eDataType, initialValue);
			case CasebookPackage.CASE_STATUS:
				return createCaseStatusFromString(eDataType, initialValue);
			case CasebookPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case CasebookPackage.GENDER:
				return createGenderFromString(eDataType, initialValue);
			case CasebookPackage.AGE_BAND:
				return createAgeBandFromString(eDataType, initialValue);
			case CasebookPackage.URGENCY:
				return createUrgencyFromString(eDataType, initialValue);
			case CasebookPackage.PROVENANCE:
				return createProvenanceFromString(eDataType, initialValue);
			case CasebookPackage.AGREEMENT_TYPE:
				return createAgreementTypeFromString(eDataType, initialValue);
			case CasebookPackage.AGREEMENT_STATUS:
				return createAgreementStatusFromString(eDataType, initialValue);
			case CasebookPackage.NON_COMPLETION_REASON:
				return createNonCompletionReasonFromString(eDataType, initialValue);
			case CasebookPackage.DECISION_TYPE:
				return createDecisionTypeFromString(eDataType, initialValue);
			case CasebookPackage.MEETING_STATE:
				return createMeetingStateFromString(eDataType, initialValue);
			case CasebookPackage.ATTENDANCE_STATUS:
				return createAttendanceStatusFromString(eDataType, initialValue);
			case CasebookPackage.PREPARATION_STATUS:
				return createPreparationStatusFromString(eDataType, initialValue);
			case CasebookPackage.AGENDA_ITEM_KIND:
				return createAgendaItemKindFromString(eDataType, initialValue);
			case CasebookPackage.RELATION_KIND:
				return createRelationKindFromString(eDataType, initialValue);
			case CasebookPackage.TENSION_DIMENSION:
				return createTensionDimensionFromString(eDataType, initialValue);
			case CasebookPackage.DISCLOSURE_BASIS:
				return createDisclosureBasisFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CasebookPackage.ORGANISATION_LOGIC:
				return convertOrganisationLogicToString(eDataType, instanceValue);
			case CasebookPackage.CASE_STATUS:
				return convertCaseStatusToString(eDataType, instanceValue);
			case CasebookPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case CasebookPackage.GENDER:
				return convertGenderToString(eDataType, instanceValue);
			case CasebookPackage.AGE_BAND:
				return convertAgeBandToString(eDataType, instanceValue);
			case CasebookPackage.URGENCY:
				return convertUrgencyToString(eDataType, instanceValue);
			case CasebookPackage.PROVENANCE:
				return convertProvenanceToString(eDataType, instanceValue);
			case CasebookPackage.AGREEMENT_TYPE:
				return convertAgreementTypeToString(eDataType, instanceValue);
			case CasebookPackage.AGREEMENT_STATUS:
				return convertAgreementStatusToString(eDataType, instanceValue);
			case CasebookPackage.NON_COMPLETION_REASON:
				return convertNonCompletionReasonToString(eDataType, instanceValue);
			case CasebookPackage.DECISION_TYPE:
				return convertDecisionTypeToString(eDataType, instanceValue);
			case CasebookPackage.MEETING_STATE:
				return convertMeetingStateToString(eDataType, instanceValue);
			case CasebookPackage.ATTENDANCE_STATUS:
				return convertAttendanceStatusToString(eDataType, instanceValue);
			case CasebookPackage.PREPARATION_STATUS:
				return convertPreparationStatusToString(eDataType, instanceValue);
			case CasebookPackage.AGENDA_ITEM_KIND:
				return convertAgendaItemKindToString(eDataType, instanceValue);
			case CasebookPackage.RELATION_KIND:
				return convertRelationKindToString(eDataType, instanceValue);
			case CasebookPackage.TENSION_DIMENSION:
				return convertTensionDimensionToString(eDataType, instanceValue);
			case CasebookPackage.DISCLOSURE_BASIS:
				return convertDisclosureBasisToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Casebook createCasebook() {
		CasebookImpl casebook = new CasebookImpl();
		return casebook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Municipality createMunicipality() {
		MunicipalityImpl municipality = new MunicipalityImpl();
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifeDomain createLifeDomain() {
		LifeDomainImpl lifeDomain = new LifeDomainImpl();
		return lifeDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intervention createIntervention() {
		InterventionImpl intervention = new InterventionImpl();
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Professional createProfessional() {
		ProfessionalImpl professional = new ProfessionalImpl();
		return professional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleAssignment createRoleAssignment() {
		RoleAssignmentImpl roleAssignment = new RoleAssignmentImpl();
		return roleAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtectedIdentity createProtectedIdentity() {
		ProtectedIdentityImpl protectedIdentity = new ProtectedIdentityImpl();
		return protectedIdentity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Household createHousehold() {
		HouseholdImpl household = new HouseholdImpl();
		return household;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case createCase() {
		CaseImpl case_ = new CaseImpl();
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Referral createReferral() {
		ReferralImpl referral = new ReferralImpl();
		return referral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifeDomainStatus createLifeDomainStatus() {
		LifeDomainStatusImpl lifeDomainStatus = new LifeDomainStatusImpl();
		return lifeDomainStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Involvement createInvolvement() {
		InvolvementImpl involvement = new InvolvementImpl();
		return involvement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InformalTie createInformalTie() {
		InformalTieImpl informalTie = new InformalTieImpl();
		return informalTie;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimelineEvent createTimelineEvent() {
		TimelineEventImpl timelineEvent = new TimelineEventImpl();
		return timelineEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agreement createAgreement() {
		AgreementImpl agreement = new AgreementImpl();
		return agreement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Escalation createEscalation() {
		EscalationImpl escalation = new EscalationImpl();
		return escalation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsentRecord createConsentRecord() {
		ConsentRecordImpl consentRecord = new ConsentRecordImpl();
		return consentRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disclosure createDisclosure() {
		DisclosureImpl disclosure = new DisclosureImpl();
		return disclosure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingType createMeetingType() {
		MeetingTypeImpl meetingType = new MeetingTypeImpl();
		return meetingType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingSeries createMeetingSeries() {
		MeetingSeriesImpl meetingSeries = new MeetingSeriesImpl();
		return meetingSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting createMeeting() {
		MeetingImpl meeting = new MeetingImpl();
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attendance createAttendance() {
		AttendanceImpl attendance = new AttendanceImpl();
		return attendance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgendaItem createAgendaItem() {
		AgendaItemImpl agendaItem = new AgendaItemImpl();
		return agendaItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Preparation createPreparation() {
		PreparationImpl preparation = new PreparationImpl();
		return preparation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relation createRelation() {
		RelationImpl relation = new RelationImpl();
		return relation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Covenant createCovenant() {
		CovenantImpl covenant = new CovenantImpl();
		return covenant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CovenantTask createCovenantTask() {
		CovenantTaskImpl covenantTask = new CovenantTaskImpl();
		return covenantTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicySignal createPolicySignal() {
		PolicySignalImpl policySignal = new PolicySignalImpl();
		return policySignal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationLogic createOrganisationLogicFromString(EDataType eDataType, String initialValue) {
		OrganisationLogic result = OrganisationLogic.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganisationLogicToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseStatus createCaseStatusFromString(EDataType eDataType, String initialValue) {
		CaseStatus result = CaseStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Gender createGenderFromString(EDataType eDataType, String initialValue) {
		Gender result = Gender.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGenderToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgeBand createAgeBandFromString(EDataType eDataType, String initialValue) {
		AgeBand result = AgeBand.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgeBandToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Urgency createUrgencyFromString(EDataType eDataType, String initialValue) {
		Urgency result = Urgency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUrgencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Provenance createProvenanceFromString(EDataType eDataType, String initialValue) {
		Provenance result = Provenance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProvenanceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgreementType createAgreementTypeFromString(EDataType eDataType, String initialValue) {
		AgreementType result = AgreementType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgreementTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgreementStatus createAgreementStatusFromString(EDataType eDataType, String initialValue) {
		AgreementStatus result = AgreementStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgreementStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NonCompletionReason createNonCompletionReasonFromString(EDataType eDataType, String initialValue) {
		NonCompletionReason result = NonCompletionReason.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNonCompletionReasonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DecisionType createDecisionTypeFromString(EDataType eDataType, String initialValue) {
		DecisionType result = DecisionType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecisionTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingState createMeetingStateFromString(EDataType eDataType, String initialValue) {
		MeetingState result = MeetingState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeetingStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttendanceStatus createAttendanceStatusFromString(EDataType eDataType, String initialValue) {
		AttendanceStatus result = AttendanceStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttendanceStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PreparationStatus createPreparationStatusFromString(EDataType eDataType, String initialValue) {
		PreparationStatus result = PreparationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPreparationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgendaItemKind createAgendaItemKindFromString(EDataType eDataType, String initialValue) {
		AgendaItemKind result = AgendaItemKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgendaItemKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationKind createRelationKindFromString(EDataType eDataType, String initialValue) {
		RelationKind result = RelationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TensionDimension createTensionDimensionFromString(EDataType eDataType, String initialValue) {
		TensionDimension result = TensionDimension.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTensionDimensionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DisclosureBasis createDisclosureBasisFromString(EDataType eDataType, String initialValue) {
		DisclosureBasis result = DisclosureBasis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDisclosureBasisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CasebookPackage getCasebookPackage() {
		return (CasebookPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CasebookPackage getPackage() {
		return CasebookPackage.eINSTANCE;
	}

} //CasebookFactoryImpl
