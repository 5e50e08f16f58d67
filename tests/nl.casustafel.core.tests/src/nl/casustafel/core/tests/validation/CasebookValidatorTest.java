/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.casustafel.core.internal.validation.Messages;
import nl.casustafel.core.validation.CasebookValidation;
import nl.casustafel.core.validation.CasebookValidator;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Covenant;
import nl.casustafel.model.Household;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.NonCompletionReason;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Person;
import nl.casustafel.model.Professional;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.model.RoleAssignment;

/**
 * Every constraint of the casebook validator fires on the object and field the user must fix,
 * with its message, and is quiet once the field is filled.
 */
class CasebookValidatorTest {

	private static final CasebookFactory F = CasebookFactory.eINSTANCE;
	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	private Casebook book;
	private Organisation police;
	private Organisation zvh;
	private Professional officer;
	private Person person;
	private Case aCase;
	private MeetingType type;
	private Meeting meeting;
	private AgendaItem item;
	private Agreement agreement;
	private Relation relation;

	@BeforeEach
	void buildValidCasebook() {
		book = F.createCasebook();
		book.setId("book");
		police = organisation("org-police", "Politie", OrganisationLogic.JUSTICE);
		zvh = organisation("org-zvh", "ZVH", OrganisationLogic.OTHER);
		officer = F.createProfessional();
		officer.setId("prof-1");
		officer.setName("Ruud Veenstra");
		officer.setOrganisation(police);
		book.getProfessionals().add(officer);
		person = F.createPerson();
		person.setId("subject-1");
		person.setPseudonym("Robin");
		book.getSubjects().add(person);
		aCase = F.createCase();
		aCase.setId("case-1");
		aCase.setCaseNumber("LV-01");
		aCase.setSubject(person);
		aCase.setReason("Zeer actieve veelpleger.");
		book.getCases().add(aCase);
		type = F.createMeetingType();
		type.setId("mt-1");
		type.setKey("casusoverleg");
		book.getMeetingTypes().add(type);
		meeting = F.createMeeting();
		meeting.setId("meeting-1");
		meeting.setTitle("Casusoverleg januari");
		meeting.setDate(date(2026, 1, 13));
		meeting.setType(type);
		book.getMeetings().add(meeting);
		item = F.createAgendaItem();
		item.setId("item-1");
		item.setKind(AgendaItemKind.CASE);
		item.setTitle("LV-01 Robin");
		item.setCase(aCase);
		item.setReason("Nieuwe aanhouding.");
		item.setQuestion("Wie zet een detox-intake in?");
		meeting.getItems().add(item);
		agreement = F.createAgreement();
		agreement.setId("agr-1");
		agreement.setDescription("Detox-intake binnen twee weken.");
		agreement.setOwner(officer);
		agreement.setOrganisation(police);
		agreement.setDueDate(date(2026, 1, 27));
		aCase.getAgreements().add(agreement);
		relation = F.createRelation();
		relation.setId("rel-1");
		relation.setKind(RelationKind.REFERRAL);
		relation.setLabel("Aanmelding");
		relation.setSource(police);
		relation.setTarget(zvh);
		book.getRelations().add(relation);

		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource resource = resourceSet.createResource(URI.createURI("memory:/casebook.xmi"));
		resource.getContents().add(book);
	}

	@Test
	void filledCasebookHasNoProblems() {
		assertNoProblems();
	}

	@Test
	void caseAgendaItemNeedsCaseReasonAndQuestion() {
		item.setCase(null);
		assertProblem(item, P.getAgendaItem_Case(), CasebookValidator.AGENDA_ITEM__CASE_REQUIRED,
				NLS.bind(Messages.AgendaItem_CaseMissing, "LV-01 Robin"));
		item.setCase(aCase);
		item.setReason(" ");
		assertProblem(item, P.getAgendaItem_Reason(), CasebookValidator.AGENDA_ITEM__REASON_REQUIRED,
				NLS.bind(Messages.AgendaItem_ReasonMissing, "LV-01 Robin"));
		item.setReason("Nieuwe aanhouding.");
		item.setQuestion(null);
		assertProblem(item, P.getAgendaItem_Question(), CasebookValidator.AGENDA_ITEM__QUESTION_REQUIRED,
				NLS.bind(Messages.AgendaItem_QuestionMissing, "LV-01 Robin"));
		item.setQuestion("Wie zet een detox-intake in?");
		assertNoProblems();
	}

	@Test
	void otherAgendaItemsNeedNoCaseReasonOrQuestion() {
		AgendaItem open = F.createAgendaItem();
		open.setId("item-2");
		open.setKind(AgendaItemKind.OPEN_AGREEMENTS);
		open.setTitle("Openstaande afspraken");
		meeting.getItems().add(open);
		assertNoProblems();
	}

	@Test
	void agreementNeedsDescriptionOwnerAndDueDate() {
		agreement.setDescription("");
		assertProblem(agreement, P.getAgreement_Description(), CasebookValidator.AGREEMENT__DESCRIPTION_REQUIRED,
				NLS.bind(Messages.Agreement_DescriptionMissing, "agr-1"));
		agreement.setDescription("Detox-intake binnen twee weken.");

		agreement.setOwner(null);
		agreement.setOrganisation(null);
		assertProblem(agreement, P.getAgreement_Owner(), CasebookValidator.AGREEMENT__OWNER_REQUIRED,
				NLS.bind(Messages.Agreement_OwnerMissing, "Detox-intake binnen twee weken."));
		agreement.setOrganisation(police);
		assertNoProblems(); // an organisation alone is an owner
		agreement.setOrganisation(null);
		agreement.setOwner(officer);
		assertNoProblems(); // so is a professional alone

		agreement.setDueDate(null);
		assertProblem(agreement, P.getAgreement_DueDate(), CasebookValidator.AGREEMENT__DUE_DATE_REQUIRED,
				NLS.bind(Messages.Agreement_DueDateMissing, "Detox-intake binnen twee weken."));
		agreement.setDueDate(date(2026, 1, 27));
		assertNoProblems();
	}

	@Test
	void agreementNotDoneNeedsReason() {
		agreement.setStatus(AgreementStatus.NOT_DONE);
		assertProblem(agreement, P.getAgreement_NonCompletionReason(),
				CasebookValidator.AGREEMENT__NON_COMPLETION_REASON_REQUIRED,
				NLS.bind(Messages.Agreement_NonCompletionReasonMissing, "Detox-intake binnen twee weken."));
		agreement.setNonCompletionReason(NonCompletionReason.NOT_CARRIED_OUT);
		assertNoProblems();
		agreement.setStatus(AgreementStatus.NO_LONGER_VALID);
		agreement.setNonCompletionReason(NonCompletionReason.NONE);
		assertNoProblems(); // only NOT_DONE needs the reason
	}

	@Test
	void caseNeedsNumberSubjectAndReason() {
		aCase.setCaseNumber(null);
		assertProblem(aCase, P.getCase_CaseNumber(), CasebookValidator.CASE__CASE_NUMBER_REQUIRED,
				NLS.bind(Messages.Case_CaseNumberMissing, "case-1"));
		aCase.setCaseNumber("LV-01");
		aCase.setSubject(null);
		assertProblem(aCase, P.getCase_Subject(), CasebookValidator.CASE__SUBJECT_REQUIRED,
				NLS.bind(Messages.Case_SubjectMissing, "LV-01"));
		aCase.setSubject(person);
		aCase.setReason(null);
		assertProblem(aCase, P.getCase_Reason(), CasebookValidator.CASE__REASON_REQUIRED,
				NLS.bind(Messages.Case_ReasonMissing, "LV-01"));
		aCase.setReason("Zeer actieve veelpleger.");
		assertNoProblems();
	}

	@Test
	void organisationNeedsName() {
		police.setName(null);
		assertProblem(police, P.getOrganisation_Name(), CasebookValidator.ORGANISATION__NAME_REQUIRED,
				NLS.bind(Messages.Organisation_NameMissing, "org-police"));
		police.setName("Politie");
		assertNoProblems();
	}

	@Test
	void organisationWithTheDefaultLogicIsValid() {
		police.setLogic(OrganisationLogic.CARE); // the enumeration's default literal is a real choice
		assertNoProblems();
	}

	@Test
	void professionalNeedsNameAndOrganisation() {
		officer.setName(null);
		assertProblem(officer, P.getProfessional_Name(), CasebookValidator.PROFESSIONAL__NAME_REQUIRED,
				NLS.bind(Messages.Professional_NameMissing, "prof-1"));
		officer.setName("Ruud Veenstra");
		officer.setOrganisation(null);
		assertProblem(officer, P.getProfessional_Organisation(), CasebookValidator.PROFESSIONAL__ORGANISATION_REQUIRED,
				NLS.bind(Messages.Professional_OrganisationMissing, "Ruud Veenstra"));
		officer.setOrganisation(police);
		assertNoProblems();
	}

	@Test
	void personAndHouseholdNeedPseudonym() {
		person.setPseudonym(null);
		assertProblem(person, P.getSubject_Pseudonym(), CasebookValidator.SUBJECT__PSEUDONYM_REQUIRED,
				NLS.bind(Messages.Subject_PseudonymMissing, "subject-1"));
		person.setPseudonym("Robin");
		Household household = F.createHousehold();
		household.setId("household-1");
		book.getSubjects().add(household);
		assertProblem(household, P.getSubject_Pseudonym(), CasebookValidator.SUBJECT__PSEUDONYM_REQUIRED,
				NLS.bind(Messages.Subject_PseudonymMissing, "household-1"));
		household.setPseudonym("Huishouden Lamberts");
		assertNoProblems();
	}

	@Test
	void meetingNeedsDateAndType() {
		meeting.setDate(null);
		assertProblem(meeting, P.getMeeting_Date(), CasebookValidator.MEETING__DATE_REQUIRED,
				NLS.bind(Messages.Meeting_DateMissing, "Casusoverleg januari"));
		meeting.setDate(date(2026, 1, 13));
		meeting.setType(null);
		assertProblem(meeting, P.getMeeting_Type(), CasebookValidator.MEETING__TYPE_REQUIRED,
				NLS.bind(Messages.Meeting_TypeMissing, "Casusoverleg januari"));
		meeting.setType(type);
		assertNoProblems();
	}

	@Test
	void relationNeedsDistinctSourceAndTarget() {
		relation.setSource(null);
		assertProblem(relation, P.getRelation_Source(), CasebookValidator.RELATION__SOURCE_REQUIRED,
				NLS.bind(Messages.Relation_SourceMissing, "Aanmelding"));
		relation.setSource(police);
		relation.setTarget(null);
		assertProblem(relation, P.getRelation_Target(), CasebookValidator.RELATION__TARGET_REQUIRED,
				NLS.bind(Messages.Relation_TargetMissing, "Aanmelding"));
		relation.setTarget(police);
		assertProblem(relation, P.getRelation_Target(), CasebookValidator.RELATION__SOURCE_EQUALS_TARGET,
				NLS.bind(Messages.Relation_SourceEqualsTarget, "Aanmelding"));
		relation.setTarget(zvh);
		assertNoProblems();
	}

	@Test
	void validToMayNotLieBeforeValidFrom() {
		officer.setValidFrom(date(2026, 2, 1));
		officer.setValidTo(date(2026, 1, 31));
		assertProblem(officer, P.getProfessional_ValidTo(), CasebookValidator.VALIDITY__TO_BEFORE_FROM,
				NLS.bind(Messages.Validity_ToBeforeFrom, "Ruud Veenstra"));
		officer.setValidTo(date(2026, 2, 1));
		assertNoProblems(); // a period of one day is fine

		RoleAssignment role = F.createRoleAssignment();
		role.setId("role-1");
		role.setRole("delegate");
		role.setValidFrom(date(2026, 2, 1));
		role.setValidTo(date(2025, 2, 1));
		officer.getRoles().add(role);
		assertProblem(role, P.getRoleAssignment_ValidTo(), CasebookValidator.VALIDITY__TO_BEFORE_FROM,
				NLS.bind(Messages.Validity_ToBeforeFrom, "role-1"));
		role.setValidTo(null);
		assertNoProblems(); // open-ended

		relation.setValidFrom(date(2025, 3, 1));
		relation.setValidTo(date(2025, 2, 1));
		assertProblem(relation, P.getRelation_ValidTo(), CasebookValidator.VALIDITY__TO_BEFORE_FROM,
				NLS.bind(Messages.Validity_ToBeforeFrom, "Aanmelding"));
		relation.setValidTo(null);

		Covenant covenant = F.createCovenant();
		covenant.setId("covenant-1");
		covenant.setName("ZVH 2025");
		covenant.setValidFrom(date(2025, 1, 1));
		covenant.setValidTo(date(2024, 12, 31));
		book.getCovenants().add(covenant);
		assertProblem(covenant, P.getCovenant_ValidTo(), CasebookValidator.VALIDITY__TO_BEFORE_FROM,
				NLS.bind(Messages.Validity_ToBeforeFrom, "ZVH 2025"));
		covenant.setValidTo(date(2028, 12, 31));
		assertNoProblems();
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		item.setQuestion(null);
		agreement.setDueDate(null);
		aCase.setReason(null);
		List<Diagnostic> problems = problems();
		assertEquals(3, problems.size(), problems.toString());
	}

	@Test
	void duplicateIdsAreStillFound() {
		Case copy = F.createCase();
		copy.setId("case-1");
		copy.setCaseNumber("LV-99");
		copy.setSubject(person);
		copy.setReason("Dubbel.");
		book.getCases().add(copy);
		List<Diagnostic> problems = problems();
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(EObjectValidator.EOBJECT__UNIQUE_ID, problems.get(0).getCode());
		assertSame(copy, CasebookValidation.objectOf(problems.get(0)));
	}

	@Test
	void installRegistersTheValidatorForEveryDiagnostician() {
		CasebookValidation.install();
		assertSame(CasebookValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(P));
		item.setQuestion(null);
		Diagnostic result = Diagnostician.INSTANCE.validate(book);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertEquals(CasebookValidator.AGENDA_ITEM__QUESTION_REQUIRED, result.getChildren().get(0).getCode());
	}

	@Test
	void validatesOneCaseWithoutTheRest() {
		meeting.setType(null); // a problem outside the case
		agreement.setDueDate(null); // a problem inside it
		List<Diagnostic> problems = CasebookValidation.problems(CasebookValidation.validate(aCase));
		assertEquals(1, problems.size(), problems.toString());
		assertSame(agreement, CasebookValidation.objectOf(problems.get(0)));
	}

	// ---------------------------------------------------------------------------------------------

	private Organisation organisation(String id, String name, OrganisationLogic logic) {
		Organisation o = F.createOrganisation();
		o.setId(id);
		o.setName(name);
		o.setLogic(logic);
		book.getOrganisations().add(o);
		return o;
	}

	private List<Diagnostic> problems() {
		return CasebookValidation.problems(CasebookValidation.validate(book));
	}

	private void assertNoProblems() {
		Diagnostic result = CasebookValidation.validate(book);
		assertEquals(List.of(), CasebookValidation.problems(result).stream().map(Diagnostic::getMessage).toList());
		assertEquals(Diagnostic.OK, result.getSeverity());
	}

	private void assertProblem(EObject object, EStructuralFeature feature, int code, String message) {
		List<Diagnostic> problems = problems();
		assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
		Diagnostic problem = problems.get(0);
		assertEquals(Diagnostic.ERROR, problem.getSeverity());
		assertEquals(CasebookValidator.DIAGNOSTIC_SOURCE, problem.getSource());
		assertEquals(code, problem.getCode());
		assertSame(object, CasebookValidation.objectOf(problem), "the object to fix");
		assertSame(feature, CasebookValidation.featureOf(problem), "the field to fix");
		assertEquals(message, problem.getMessage());
		assertTrue(problem.getMessage().length() > 20, problem.getMessage());
	}

	private static Date date(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
	}
}
