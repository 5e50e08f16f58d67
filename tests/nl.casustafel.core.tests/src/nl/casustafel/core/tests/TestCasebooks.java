/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.tests;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.Case;
import nl.casustafel.model.CaseStatus;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.ConsentRecord;
import nl.casustafel.model.Covenant;
import nl.casustafel.model.Disclosure;
import nl.casustafel.model.DisclosureBasis;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.LifeDomain;
import nl.casustafel.model.LifeDomainStatus;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Person;
import nl.casustafel.model.Professional;
import nl.casustafel.model.ProtectedIdentity;
import nl.casustafel.model.Referral;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.model.Severity;
import nl.casustafel.model.TimelineEvent;

/**
 * A tiny, deterministic builder of synthetic casebooks for the storage tests and timings (the
 * product's real generator lives in nl.casustafel.core.demo). Ids are readable ({@code case-00042})
 * so tests can find objects in files.
 */
public final class TestCasebooks {

	private static final CasebookFactory F = CasebookFactory.eINSTANCE;

	private static final String[] DOMAINS = { "wonen", "financien", "gezondheid", "veiligheid", "dagbesteding",
			"sociaal-netwerk" };

	private TestCasebooks() {
	}

	/**
	 * @param cases the number of cases
	 * @return a casebook with the cases, one person and protected identity per case, proportional
	 *         organisations, professionals, meetings with agendas, agreements and relations
	 */
	public static Casebook build(int cases) {
		Random random = new Random(42);
		Casebook book = F.createCasebook();
		book.setId("casebook");
		book.setName("Testregio " + cases);
		book.setRegion("Lindeveld");
		for (int i = 0; i < 4; i++) {
			Municipality municipality = F.createMunicipality();
			municipality.setId(id("mun", i));
			municipality.setName("Gemeente " + i);
			municipality.setPopulation(20_000 + i * 1000);
			book.getMunicipalities().add(municipality);
		}
		for (int i = 0; i < DOMAINS.length; i++) {
			LifeDomain domain = F.createLifeDomain();
			domain.setId("domain-" + DOMAINS[i]);
			domain.setKey(DOMAINS[i]);
			domain.setName(DOMAINS[i]);
			book.getLifeDomains().add(domain);
		}
		MeetingType type = F.createMeetingType();
		type.setId("mt-casusoverleg");
		type.setKey("casusoverleg");
		type.setName("Casusoverleg");
		type.setDefaultDurationMinutes(120);
		book.getMeetingTypes().add(type);

		int organisations = 12 + cases / 50;
		for (int i = 0; i < organisations; i++) {
			Organisation organisation = F.createOrganisation();
			organisation.setId(id("org", i));
			organisation.setName("Organisatie " + i);
			organisation.setShortName("O" + i);
			organisation.setLogic(OrganisationLogic.get(i % 4));
			organisation.setMunicipality(book.getMunicipalities().get(i % 4));
			book.getOrganisations().add(organisation);
		}
		int professionals = organisations * 4;
		for (int i = 0; i < professionals; i++) {
			Professional professional = F.createProfessional();
			professional.setId(id("pro", i));
			professional.setName("Professional " + i);
			professional.setFunction("Casemanager");
			professional.setOrganisation(book.getOrganisations().get(i % organisations));
			book.getProfessionals().add(professional);
		}
		Covenant covenant = F.createCovenant();
		covenant.setId("cov-1");
		covenant.setName("Convenant Lindeveld");
		covenant.getParties().addAll(book.getOrganisations().subList(0, Math.min(6, organisations)));
		book.getCovenants().add(covenant);

		Date base = new Date(1_750_000_000_000L);
		for (int i = 0; i < cases; i++) {
			ProtectedIdentity identity = F.createProtectedIdentity();
			identity.setId(id("pid", i));
			identity.setFullName("Fictief Persoon " + i);
			identity.setBsn(String.format(Locale.ROOT, "9%08d", i));
			book.getIdentities().add(identity);

			Person person = F.createPerson();
			person.setId(id("sub", i));
			person.setPseudonym("Pseudo " + i);
			person.setInitials("P.");
			person.setBirthYear(1960 + random.nextInt(50));
			person.setIdentity(identity);
			person.setMunicipality(book.getMunicipalities().get(i % 4));
			book.getSubjects().add(person);

			Case c = F.createCase();
			c.setId(id("case", i));
			c.setCaseNumber(String.format(Locale.ROOT, "2026-%05d", i));
			c.setStatus(CaseStatus.get(random.nextInt(6)));
			c.setPhase("analyse");
			c.setComplexity(1 + random.nextInt(5));
			c.setQuestion("Wat is nodig om de situatie van " + person.getPseudonym() + " te stabiliseren?");
			c.setReason("Meervoudige problematiek op meerdere leefgebieden");
			c.setOpenedOn(new Date(base.getTime() + i * 3_600_000L));
			c.setSubject(person);
			c.setCasusregisseur(book.getProfessionals().get(random.nextInt(professionals)));
			Referral referral = F.createReferral();
			referral.setId(id("ref", i));
			referral.setReason("Aanmelding door wijkteam");
			referral.setReferrer(book.getOrganisations().get(random.nextInt(organisations)));
			c.setReferral(referral);
			for (int d = 0; d < 3; d++) {
				LifeDomainStatus status = F.createLifeDomainStatus();
				status.setId(id("lds", i) + "-" + d);
				status.setDomain(book.getLifeDomains().get((i + d) % DOMAINS.length));
				status.setSeverity(Severity.get(random.nextInt(6)));
				status.setNote("Toelichting " + d);
				status.setResponsible(book.getOrganisations().get(random.nextInt(organisations)));
				c.getLifeDomains().add(status);
			}
			for (int v = 0; v < 3; v++) {
				Involvement involvement = F.createInvolvement();
				involvement.setId(id("inv", i) + "-" + v);
				involvement.setRole(v == 0 ? "casusregisseur" : "betrokken");
				involvement.setKnowsPerson(random.nextBoolean());
				involvement.setOrganisation(book.getOrganisations().get(random.nextInt(organisations)));
				involvement.setProfessional(book.getProfessionals().get(random.nextInt(professionals)));
				involvement.getDomains().add(book.getLifeDomains().get(v));
				c.getInvolvements().add(involvement);
			}
			for (int t = 0; t < 5; t++) {
				TimelineEvent event = F.createTimelineEvent();
				event.setId(id("tl", i) + "-" + t);
				event.setDate(new Date(base.getTime() + (i + t) * 86_400_000L));
				event.setKind("contact");
				event.setTitle("Gebeurtenis " + t);
				event.setDescription("Beschrijving van gebeurtenis " + t + " in casus " + i);
				event.setSource(book.getOrganisations().get(random.nextInt(organisations)));
				c.getTimeline().add(event);
			}
			for (int a = 0; a < 2; a++) {
				Agreement agreement = F.createAgreement();
				agreement.setId(id("agr", i) + "-" + a);
				agreement.setDescription("Afspraak " + a + " voor casus " + i);
				agreement.setStatus(AgreementStatus.get(random.nextInt(5)));
				agreement.setDueDate(new Date(base.getTime() + (i + 14) * 86_400_000L));
				agreement.setOwner(book.getProfessionals().get(random.nextInt(professionals)));
				agreement.setOrganisation(agreement.getOwner().getOrganisation());
				c.getAgreements().add(agreement);
			}
			ConsentRecord consent = F.createConsentRecord();
			consent.setId(id("con", i));
			consent.setScope("Gegevensdeling binnen het casusoverleg");
			consent.setBasis(DisclosureBasis.CONSENT);
			consent.getRecipients().add(book.getOrganisations().get(random.nextInt(organisations)));
			c.getConsents().add(consent);
			Disclosure disclosure = F.createDisclosure();
			disclosure.setId(id("dis", i));
			disclosure.setCategory("zorg");
			disclosure.setBasis(DisclosureBasis.CONSENT);
			disclosure.setFrom(book.getOrganisations().get(random.nextInt(organisations)));
			disclosure.setTo(book.getOrganisations().get(random.nextInt(organisations)));
			disclosure.setConsent(consent);
			c.getDisclosures().add(disclosure);
			book.getCases().add(c);
		}
		if (cases > 1) {
			book.getCases().get(0).getLinkedCases().add(book.getCases().get(1));
		}

		int meetings = Math.max(1, cases / 20);
		List<Case> all = book.getCases();
		for (int m = 0; m < meetings; m++) {
			Meeting meeting = F.createMeeting();
			meeting.setId(id("mtg", m));
			meeting.setTitle("Casusoverleg " + m);
			meeting.setDate(new Date(base.getTime() + m * 7 * 86_400_000L));
			meeting.setDurationMinutes(120);
			meeting.setType(type);
			meeting.setChair(book.getProfessionals().get(m % professionals));
			for (int a = 0; a < 8; a++) {
				Attendance attendance = F.createAttendance();
				attendance.setId(id("att", m) + "-" + a);
				attendance.setProfessional(book.getProfessionals().get((m + a) % professionals));
				attendance.setOrganisation(attendance.getProfessional().getOrganisation());
				meeting.getAttendance().add(attendance);
			}
			for (int k = 0; k < 20 && !all.isEmpty(); k++) {
				AgendaItem item = F.createAgendaItem();
				item.setId(id("item", m) + "-" + k);
				item.setKind(AgendaItemKind.CASE);
				item.setCase(all.get((m * 20 + k) % all.size()));
				item.setQuestion("Wie pakt de regie?");
				item.setTimeboxMinutes(10);
				meeting.getItems().add(item);
			}
			book.getMeetings().add(meeting);
		}
		for (int r = 0; r < cases / 5 + 10; r++) {
			Relation relation = F.createRelation();
			relation.setId(id("rel", r));
			relation.setKind(RelationKind.get(r % 11));
			relation.setStrength(1 + r % 5);
			relation.setSource(book.getOrganisations().get(r % organisations));
			relation.setTarget(book.getOrganisations().get((r * 7 + 1) % organisations));
			if (!all.isEmpty() && r % 3 == 0) {
				relation.setCase(all.get(r % all.size()));
			}
			book.getRelations().add(relation);
		}
		return book;
	}

	/**
	 * @return an empty casebook with just a name
	 */
	public static Casebook empty() {
		Casebook book = F.createCasebook();
		book.setName("Leeg casusboek");
		return book;
	}

	private static String id(String prefix, int number) {
		return String.format(Locale.ROOT, "%s-%05d", prefix, number);
	}
}
