/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.OpenMode;
import nl.casustafel.core.demo.DefaultVocabulary;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.core.validation.CasebookValidation;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.AgeBand;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.CaseStatus;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Covenant;
import nl.casustafel.model.DecisionType;
import nl.casustafel.model.Escalation;
import nl.casustafel.model.Household;
import nl.casustafel.model.Identifiable;
import nl.casustafel.model.LifeDomain;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Person;
import nl.casustafel.model.PolicySignal;
import nl.casustafel.model.Professional;
import nl.casustafel.model.ProtectedIdentity;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.model.TensionDimension;

/**
 * The Lindeveld demo region is the one GUIDE.md 10 describes, complete, valid and fictional.
 */
class DemoRegionTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final Casebook book = DemoRegion.create();

	@Test
	void hasTheFourMunicipalitiesWithLindeveldAsCentre() {
		assertEquals(List.of("Lindeveld", "Brakelmeer", "Ravenskamp", "Wilgendonk"),
				book.getMunicipalities().stream().map(m -> m.getName()).toList());
		assertNull(book.getMunicipalities().get(0).getCentreMunicipality());
		assertSame(book.getMunicipalities().get(0), book.getMunicipalities().get(3).getCentreMunicipality());
	}

	@Test
	void hasTheSixteenDefaultLifeDomains() {
		assertEquals(16, book.getLifeDomains().size());
		assertEquals(List.copyOf(DefaultVocabulary.LIFE_DOMAINS.keySet()),
				book.getLifeDomains().stream().map(LifeDomain::getKey).toList());
		LifeDomain housing = (LifeDomain) find("domain-housing");
		assertEquals("Wonen", housing.getName());
		assertEquals("Inkomen", ((LifeDomain) find("domain-income")).getName());
		assertEquals("Schulden", ((LifeDomain) find("domain-debts")).getName());
	}

	@Test
	void hasTwelvePartnerOrganisationsAndTheSteeringBodyApart() {
		List<Organisation> partners = partners();
		assertEquals(DemoRegion.PARTNER_ORGANISATION_COUNT, partners.size());
		assertEquals(Set.of("Zorg- en Veiligheidshuis Lindeveld", "Gemeente Lindeveld", "Gemeente Brakelmeer",
				"Politie basisteam Lindeveld-Noord", "OM parket Lindeveld", "PI De Lindehorst",
				"Reclassering unit Lindeveld", "Lindestroom", "GGZ Lindeveld", "GGD Regio Lindeveld",
				"Woonstichting Brakelstede", "Lindehaven"), partners.stream().map(Organisation::getName).collect(Collectors.toSet()));
		Organisation steering = (Organisation) find(DemoRegion.STEERING_BODY_ID);
		assertEquals(DemoRegion.STEERING_BODY_TYPE, steering.getType());
		assertEquals(13, book.getOrganisations().size(), "12 partners plus the steering body");
		for (Organisation o : book.getOrganisations()) {
			assertNotNull(o.getType(), o.getName());
			assertTrue(DefaultVocabulary.ORGANISATION_TYPES.containsKey(o.getType()), o.getType());
			assertFalse(o.getEscalationContacts().isEmpty(), "escalation contact of " + o.getName());
		}
		assertEquals(OrganisationLogic.JUSTICE, org("org-politie").getLogic());
		assertEquals(OrganisationLogic.CARE, org("org-lindestroom").getLogic());
		assertEquals(OrganisationLogic.MUNICIPALITY, org("org-gemeente-lindeveld").getLogic());
		assertEquals("housing", org(DemoRegion.ORG_BRAKELSTEDE).getType());
		assertTrue(org("org-lindestroom").getInterventions().stream().anyMatch(i -> i.getName().contains("detox")
				|| i.getName().contains("Detox")), "productenboek of Lindestroom");
		assertTrue(org("org-gemeente-lindeveld").getInterventions().stream().anyMatch(i -> i.getName().contains("Stadsbank")));
	}

	@Test
	void hasTheTwentyFiveProfessionalsWithFunctionsAndHats() {
		assertEquals(25, book.getProfessionals().size());
		Set<String> names = book.getProfessionals().stream().map(Professional::getName).collect(Collectors.toSet());
		for (String name : List.of("Sanne de Wit", "Karim El Idrissi", "Lotte Verbeek", "Henk Mulder", "Fatma Yilmaz",
				"Bas Hendriks", "Ingrid Posthuma", "Ruud Veenstra", "Chantal Bos", "Erik Smeets", "Pieter van Dam",
				"Noor Bakker", "Gerda Smit", "Youssef Amrani", "Eva Koster", "Mark de Boer", "Anouk Peters",
				"Jeroen Visser", "Mila Dekker", "Hanna Brouwer", "Rik Kuipers", "Linda Meijer", "Dennis Schouten",
				"Sofie van Leeuwen", "Ahmed Benali")) {
			assertTrue(names.contains(name), name);
		}
		for (Professional p : book.getProfessionals()) {
			assertNotNull(p.getFunction(), p.getName());
			assertFalse(p.getRoles().isEmpty(), "roles of " + p.getName());
			assertTrue(p.getEmail().endsWith(".example"), "fictional mail domain of " + p.getName());
		}
		Professional linda = prof("prof-linda-meijer");
		assertTrue(linda.getRoles().stream().anyMatch(r -> r.getHat() == org(DemoRegion.ORG_ZVH)),
				"Linda Meijer also wears the ZVH hat");
		assertTrue(linda.getRoles().stream().anyMatch(r -> r.getHat() == org("org-ggd")));
		assertEquals("chair", prof("prof-sanne-de-wit").getRoles().get(0).getRole());
	}

	@Test
	void policeDelegateRotatesBeforeTheSecondMeeting() {
		Professional chantal = prof("prof-chantal-bos");
		Professional erik = prof("prof-erik-smeets");
		Date m2 = meeting(DemoRegion.MEETING_M2).getDate();
		assertTrue(chantal.getValidTo().before(m2));
		assertFalse(erik.getValidFrom().after(m2));
		assertSame(erik, chantal.getSubstitute());
		assertEquals(month(chantal.getValidTo()).plusMonths(1), month(erik.getValidFrom()));
		assertTrue(present(meeting(DemoRegion.MEETING_M1)).contains(chantal));
		assertTrue(present(meeting(DemoRegion.MEETING_M2)).contains(erik));
		assertFalse(present(meeting(DemoRegion.MEETING_M2)).contains(chantal));
	}

	@Test
	void hasTheFifteenCases() {
		assertEquals(DemoRegion.CASE_NUMBERS, book.getCases().stream().map(Case::getCaseNumber).toList());
		for (Case c : book.getCases()) {
			assertEquals(DemoRegion.caseId(c.getCaseNumber()), c.getId());
			assertNotNull(c.getReason(), c.getCaseNumber());
			assertNotNull(c.getQuestion(), c.getCaseNumber());
			assertNotNull(c.getCasusregisseur(), c.getCaseNumber());
			assertTrue(DefaultVocabulary.PHASES.containsKey(c.getPhase()), c.getPhase());
			assertTrue(c.getLifeDomains().size() >= 4, "life domains of " + c.getCaseNumber());
			assertTrue(c.getInvolvements().size() >= 2, "involvements of " + c.getCaseNumber());
			assertTrue(c.getInvolvements().stream().anyMatch(i -> i.isKnowsPerson())
					|| c.getInformalTies().stream().anyMatch(t -> t.isKnowsPerson()), "someone knows " + c.getCaseNumber());
			assertFalse(c.getTimeline().isEmpty(), "timeline of " + c.getCaseNumber());
			assertTrue(c.getSubject() instanceof Person, c.getCaseNumber());
		}
		Person robin = (Person) caseOf("LV-01").getSubject();
		assertEquals("Robin", robin.getPseudonym());
		assertEquals(1991, robin.getBirthYear());
		assertEquals(AgeBand.YOUNG_ADULT, ((Person) caseOf("LV-03").getSubject()).getAgeBand());
		assertEquals(AgeBand.MINOR, ((Person) caseOf("LV-05c").getSubject()).getAgeBand());
		assertEquals("Brakelmeer", caseOf("LV-02").getSubject().getMunicipality().getName());
		assertEquals("Ravenskamp", caseOf("LV-11").getSubject().getMunicipality().getName());
		assertEquals(prof("prof-jeroen-visser"), caseOf("LV-01").getCasusregisseur());
		assertNotNull(caseOf("LV-01").getNoodscenario());
		assertTrue(caseOf("LV-08").getJudicialFrame().contains("ISD"));
	}

	@Test
	void linksTheHouseholdAndTheStreet() {
		Case a = caseOf("LV-05a");
		Case b = caseOf("LV-05b");
		Case c = caseOf("LV-05c");
		assertEquals(Set.of(b, c), Set.copyOf(a.getLinkedCases()));
		assertEquals(Set.of(a, b), Set.copyOf(c.getLinkedCases()));
		Household household = ((Person) a.getSubject()).getHousehold();
		assertNotNull(household);
		assertEquals(3, household.getMembers().size());
		assertSame(household, ((Person) c.getSubject()).getHousehold());
		assertEquals(16, book.getSubjects().size(), "15 persons and one household");

		assertEquals(List.of(caseOf("LV-02")), caseOf("LV-12").getLinkedCases());
		assertEquals(List.of(caseOf("LV-12")), caseOf("LV-02").getLinkedCases());
	}

	@Test
	void recordsConsentPolicySignalEscalationAndClosure() {
		assertEquals(1, caseOf("LV-07").getConsents().size());
		assertSame(caseOf("LV-07").getConsents().get(0), caseOf("LV-07").getDisclosures().get(0).getConsent());

		PolicySignal signal = (PolicySignal) find(DemoRegion.POLICY_SIGNAL_LV09);
		assertSame(caseOf("LV-09"), signal.getCase());
		assertEquals(List.of(signal), List.copyOf(book.getPolicySignals()));

		Escalation escalation = caseOf("LV-06").getEscalations().get(0);
		assertEquals(3, escalation.getLevel());
		assertEquals("escalated", caseOf("LV-06").getPhase());

		Case olaf = caseOf("LV-13");
		assertEquals(CaseStatus.CLOSED, olaf.getStatus());
		assertNotNull(olaf.getClosedOn());
		assertNotNull(olaf.getClosureReason());
	}

	@Test
	void hasThreeMeetingsOnTheGuidesDates() {
		assertEquals(3, book.getMeetings().size());
		assertEquals(LocalDate.of(2026, 1, 13), day(meeting(DemoRegion.MEETING_M1).getDate()));
		assertEquals(LocalDate.of(2026, 2, 10), day(meeting(DemoRegion.MEETING_M2).getDate()));
		assertEquals(LocalDate.of(2026, 2, 24), day(meeting(DemoRegion.MEETING_M3).getDate()));
		assertEquals(List.of(meeting(DemoRegion.MEETING_M1), meeting(DemoRegion.MEETING_M2)),
				book.getMeetingSeries().get(0).getMeetings());
		assertEquals("casusoverleg", meeting(DemoRegion.MEETING_M1).getType().getKey());
		assertEquals("focusoverleg", meeting(DemoRegion.MEETING_M3).getType().getKey());
		assertEquals(Set.of("casusoverleg", "focusoverleg", "regieteam"),
				book.getMeetingTypes().stream().map(t -> t.getKey()).collect(Collectors.toSet()));
		var casusoverleg = meeting(DemoRegion.MEETING_M1).getType();
		assertEquals(60, casusoverleg.getDefaultDurationMinutes());
		assertEquals(10, casusoverleg.getDefaultTimeboxMinutes());
		assertEquals(6, casusoverleg.getMaxCasesPerHour());
		assertTrue(casusoverleg.getRequiredParties().contains(org(DemoRegion.ORG_BRAKELSTEDE)));
	}

	@Test
	void firstMeetingHasElevenPresentHousingAbsentAndFiveTimeboxedCases() {
		Meeting m1 = meeting(DemoRegion.MEETING_M1);
		assertEquals(11, present(m1).size());
		List<Attendance> absent = m1.getAttendance().stream().filter(a -> a.getStatus() == AttendanceStatus.ABSENT).toList();
		assertEquals(1, absent.size());
		assertSame(org(DemoRegion.ORG_BRAKELSTEDE), absent.get(0).getOrganisation());

		assertEquals(AgendaItemKind.OPEN_AGREEMENTS, m1.getItems().get(0).getKind(), "open agreements come first");
		List<AgendaItem> caseItems = caseItems(m1);
		assertEquals(List.of("LV-01", "LV-02", "LV-06", "LV-08", "LV-04"),
				caseItems.stream().map(i -> i.getCase().getCaseNumber()).toList());
		for (AgendaItem item : caseItems) {
			assertEquals(10, item.getTimeboxMinutes());
			assertNotNull(item.getReason());
			assertNotNull(item.getQuestion());
			assertFalse(item.getPreparations().isEmpty());
		}
		assertEquals(60, m1.getItems().stream().mapToInt(AgendaItem::getTimeboxMinutes).sum());
		assertNotNull(caseItems.get(0).getNoodscenario());
	}

	@Test
	void secondMeetingClustersTheHouseholdAndSaysMoreInformationTwiceForKevin() {
		Meeting m2 = meeting(DemoRegion.MEETING_M2);
		List<AgendaItem> caseItems = caseItems(m2);
		assertTrue(caseItems.size() <= 6);
		assertEquals(List.of("LV-06", "LV-05a", "LV-09", "LV-03", "LV-12"),
				caseItems.stream().map(i -> i.getCase().getCaseNumber()).toList());
		assertTrue(caseItems.get(1).getTitle().contains("LV-05a–c"));
		for (String id : List.of(DemoRegion.MEETING_M1, DemoRegion.MEETING_M2)) {
			AgendaItem kevin = caseItems(meeting(id)).stream().filter(i -> i.getCase() == caseOf("LV-06")).findFirst()
					.orElseThrow();
			assertEquals(DecisionType.MORE_INFORMATION, kevin.getDecision(), id);
		}
	}

	@Test
	void agreementsOfTheMeetingsMatchTheGuide() {
		List<Agreement> m1 = agreementsOf(DemoRegion.MEETING_M1);
		assertEquals(10, m1.size());
		Date m2Date = meeting(DemoRegion.MEETING_M2).getDate();
		assertEquals(6, m1.stream().filter(a -> a.getStatus() == AgreementStatus.DONE).count());
		List<Agreement> overdue = m1.stream()
				.filter(a -> a.getStatus() == AgreementStatus.OPEN && a.getDueDate().before(m2Date)).toList();
		assertEquals(2, overdue.size());
		assertEquals(1, overdue.stream().filter(Agreement::isDependsOnHomeOrganisation).count(),
				"one awaits approval of the home organisation");
		assertEquals(1, m1.stream().filter(a -> a.getStatus() == AgreementStatus.NO_LONGER_VALID).count());
		assertEquals(8, agreementsOf(DemoRegion.MEETING_M2).size());
		List<Agreement> m3 = agreementsOf(DemoRegion.MEETING_M3);
		assertEquals(4, m3.size());
		assertTrue(m3.stream().allMatch(a -> a.eContainer() == caseOf("LV-01")));
		assertTrue(m3.stream().anyMatch(a -> a.getOrganisation() == org("org-lindehaven")));
		for (Agreement a : all(Agreement.class)) {
			assertNotNull(a.getDueDate(), a.getId());
			assertTrue(a.getOwner() != null || a.getOrganisation() != null, a.getId());
		}
	}

	@Test
	void focusMeetingHasFiveProfessionalsAndTheClient() {
		Meeting m3 = meeting(DemoRegion.MEETING_M3);
		assertEquals(5, m3.getAttendance().stream().filter(a -> a.getProfessional() != null).count());
		assertTrue(m3.getAttendance().stream().anyMatch(a -> "client".equals(a.getRole())));
		assertTrue(caseItems(m3).stream().allMatch(i -> i.getCase() == caseOf("LV-01")));
		assertTrue(caseOf("LV-01").getDisclosures().stream().allMatch(d -> d.isClientPresent()),
				"disclosures logged with the client present");
	}

	@Test
	void hasTheCovenantAndTheRegionalRelations() {
		assertEquals(1, book.getCovenants().size());
		Covenant covenant = book.getCovenants().get(0);
		assertEquals("ZVH Lindeveld 2025", covenant.getName());
		assertEquals(Set.copyOf(partners()), Set.copyOf(covenant.getParties()));
		assertEquals(12, covenant.getTasks().size());

		assertRelation(RelationKind.FUNDING, "org-gemeente-lindeveld", "org-lindestroom");
		assertRelation(RelationKind.FUNDING, "org-gemeente-lindeveld", "org-reclassering");
		assertRelation(RelationKind.REFERRAL, "org-politie", DemoRegion.ORG_ZVH);
		assertRelation(RelationKind.REFERRAL, "org-ggd", DemoRegion.ORG_ZVH);
		assertRelation(RelationKind.REFERRAL, "org-pi", "org-gemeente-lindeveld");
		assertRelation(RelationKind.REFERRAL, "org-lindehaven", "org-lindestroom");
		assertRelation(RelationKind.MANDATE, "org-om", "org-reclassering");
		assertRelation(RelationKind.ESCALATION, DemoRegion.ORG_ZVH, DemoRegion.STEERING_BODY_ID);
		assertEquals(TensionDimension.DOMAIN_GAP,
				assertRelation(RelationKind.TENSION, "org-lindehaven", "org-lindestroom").getTension());
		assertEquals(TensionDimension.CULTURE, assertRelation(RelationKind.TENSION, "org-ggz", "org-om").getTension());
		Relation missing = assertRelation(RelationKind.MISSING, DemoRegion.ORG_BRAKELSTEDE, DemoRegion.ORG_ZVH);
		assertEquals(LocalDate.of(2025, 3, 1), day(missing.getValidFrom()));
	}

	@Test
	void validatesWithoutProblems() {
		inResource(book);
		Diagnostic result = CasebookValidation.validate(book);
		assertEquals(List.of(), CasebookValidation.problems(result).stream().map(Diagnostic::getMessage).toList());
		assertEquals(Diagnostic.OK, result.getSeverity());
	}

	@Test
	void idsAreReadableAndUnique() {
		Set<String> ids = new HashSet<>();
		for (TreeIterator<EObject> it = book.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identifiable identifiable) {
				assertNotNull(identifiable.getId(), identifiable.toString());
				assertTrue(ids.add(identifiable.getId()), "duplicate id " + identifiable.getId());
			}
		}
		for (String id : List.of("case-LV-01", "case-LV-05a", "org-zvh", "prof-sanne-de-wit", "meeting-M1",
				"agr-M1-01", "domain-housing", DemoRegion.COVENANT_ID, DemoRegion.SERIES_ID)) {
			assertTrue(ids.contains(id), id);
		}
	}

	@Test
	void protectedIdentitiesAreFakeByConstruction() {
		assertEquals(16, book.getIdentities().size());
		for (ProtectedIdentity identity : book.getIdentities()) {
			assertFalse(passesElevenTest(identity.getBsn()), "BSN-like number must fail the eleven-test: " + identity.getBsn());
			assertTrue(identity.getAddress().matches(".*\\b0\\d{3} [A-Z]{2}\\b.*"),
					"postcode starting with 0 (none exists): " + identity.getAddress());
		}
	}

	@Test
	void everyCallBuildsAnEqualCasebook() {
		assertTrue(EcoreUtil.equals(book, DemoRegion.create()));
	}

	@Test
	void canBeStoredAndReopenedAsACasebookFolder(@TempDir Path temp) throws Exception {
		CasebookService service = CasebookServices.newService();
		Path folder = temp.resolve("lindeveld");
		service.create(folder, DemoRegion.create()).close();

		CasebookSession session = service.open(folder, OpenMode.READ_ONLY);
		try {
			assertEquals(List.of(), session.problems());
			Casebook reopened = session.getCasebook();
			assertTrue(EcoreUtil.equals(DemoRegion.create(), reopened), "the demo region reads back equal");
			assertEquals(Diagnostic.OK, CasebookValidation.validate(reopened).getSeverity());
		} finally {
			session.close();
		}
	}

	// ---------------------------------------------------------------------------------------------

	static boolean passesElevenTest(String bsn) {
		if (bsn == null || !bsn.matches("\\d{9}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (bsn.charAt(i) - '0') * (9 - i);
		}
		sum -= bsn.charAt(8) - '0';
		return sum % 11 == 0;
	}

	static void inResource(Casebook casebook) {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource resource = resourceSet.createResource(URI.createURI("memory:/casebook.xmi"));
		resource.getContents().add(casebook);
	}

	private Relation assertRelation(RelationKind kind, String sourceId, String targetId) {
		return book.getRelations().stream()
				.filter(r -> r.getKind() == kind && r.getSource() == org(sourceId) && r.getTarget() == org(targetId))
				.findFirst().orElseThrow(() -> new AssertionError(kind + " " + sourceId + " -> " + targetId));
	}

	private List<Organisation> partners() {
		return book.getOrganisations().stream().filter(o -> !DemoRegion.STEERING_BODY_TYPE.equals(o.getType())).toList();
	}

	private List<Agreement> agreementsOf(String meetingId) {
		Meeting meeting = meeting(meetingId);
		return all(Agreement.class).stream().filter(a -> a.getSourceMeeting() == meeting).toList();
	}

	private static List<AgendaItem> caseItems(Meeting meeting) {
		return meeting.getItems().stream().filter(i -> i.getKind() == AgendaItemKind.CASE).toList();
	}

	private static List<Professional> present(Meeting meeting) {
		return meeting.getAttendance().stream().filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
				.map(Attendance::getProfessional).toList();
	}

	private <T> List<T> all(Class<T> type) {
		List<T> result = new java.util.ArrayList<>();
		for (TreeIterator<EObject> it = book.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (type.isInstance(next)) {
				result.add(type.cast(next));
			}
		}
		return result;
	}

	private EObject find(String id) {
		for (TreeIterator<EObject> it = book.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof Identifiable identifiable && id.equals(identifiable.getId())) {
				return next;
			}
		}
		throw new AssertionError("no object with id " + id);
	}

	private Organisation org(String id) {
		return (Organisation) find(id);
	}

	private Professional prof(String id) {
		return (Professional) find(id);
	}

	private Case caseOf(String caseNumber) {
		return (Case) find(DemoRegion.caseId(caseNumber));
	}

	private Meeting meeting(String id) {
		return (Meeting) find(id);
	}

	private static LocalDate day(Date date) {
		return date.toInstant().atZone(ZONE).toLocalDate();
	}

	private static LocalDate month(Date date) {
		return day(date).withDayOfMonth(1);
	}
}
