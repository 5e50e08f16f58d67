/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.tests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.common.util.URI;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Attendance;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.Covenant;
import nl.casustafel.model.InformalTie;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.LifeDomain;
import nl.casustafel.model.LifeDomainStatus;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.MeetingType;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Person;
import nl.casustafel.model.Professional;
import nl.casustafel.model.Relation;
import nl.casustafel.model.RelationKind;
import nl.casustafel.model.Severity;
import nl.casustafel.model.TensionDimension;

/**
 * A small test region with answers worked out by hand (see the test classes):
 *
 * <pre>
 * organisations  zvh (other), gem (municipality), pol, om, recl (justice), vz, ggz (care), woon (other),
 *                stuur (other, escalation body)
 * relations      r1  REFERRAL       pol  -> zvh
 *                r2  REFERRAL       ggz  -> zvh
 *                r3  FUNDING        gem  -> vz
 *                r4  MANDATE        om   -> recl
 *                r5  INFO_SHARING   recl -> om
 *                r6  ESCALATION     zvh  -> stuur
 *                r7  TENSION        vz   -- ggz   (culture)
 *                r8  MISSING        woon -> zvh   from 2025-03-01
 *                r9  COOPERATION    zvh  -- gem   2025-01-01 .. 2025-06-30
 *                r10 HANDOVER       vz   -> ggz   from 2026-01-01
 * covenant       cov-1: every organisation but stuur
 * case T-01      person "Alex"; casusregisseur Vera (vz, knows the person, addiction); Piet (pol, does
 *                not know, justice); gem without a professional (knows, income and debts); ties
 *                "Moeder" (knows) and "Buurman" (does not). Domains: housing SEVERE (uncovered),
 *                addiction CRISIS, income MODERATE, debts MILD, mental health MODERATE (ggz
 *                responsible), justice SEVERE, daytime activity UNKNOWN.
 * meetings       casusoverleg requires zvh, pol, gem, woon, ggz. m1 2026-01-13: zvh, pol present, gem
 *                online, woon absent, ggz excused. m2 2026-02-10: zvh, pol, gem, ggz present, woon not
 *                recorded. Both discuss T-01.
 * </pre>
 */
public final class Fixtures {

	private static final CasebookFactory F = CasebookFactory.eINSTANCE;

	private final Casebook casebook = F.createCasebook();

	private final Map<String, Organisation> organisations = new HashMap<>();

	private final Map<String, LifeDomain> domains = new HashMap<>();

	private Fixtures() {
	}

	/** @return a new test casebook, in a resource of its own resource set */
	public static Casebook region() {
		Fixtures fixtures = new Fixtures();
		fixtures.build();
		Resource resource = new ResourceImpl(URI.createURI("memory:/fixture.xmi"));
		new ResourceSetImpl().getResources().add(resource);
		resource.getContents().add(fixtures.casebook);
		return fixtures.casebook;
	}

	/**
	 * @param casebook a casebook in a resource set
	 * @return an editing domain on its resource set, with an empty command stack
	 */
	public static AdapterFactoryEditingDomain domain(Casebook casebook) {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		return new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), casebook.eResource().getResourceSet());
	}

	/** @return an empty casebook in a resource of its own resource set */
	public static Casebook empty() {
		Casebook casebook = F.createCasebook();
		casebook.setId("casebook-empty");
		Resource resource = new ResourceImpl(URI.createURI("memory:/empty.xmi"));
		new ResourceSetImpl().getResources().add(resource);
		resource.getContents().add(casebook);
		return casebook;
	}

	/**
	 * @param year  year
	 * @param month month
	 * @param day   day
	 * @return the day as the model stores it (noon, local time)
	 */
	public static Date date(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
	}

	/**
	 * @param casebook a casebook
	 * @param id       an organisation id
	 * @return the organisation
	 */
	public static Organisation organisation(Casebook casebook, String id) {
		return casebook.getOrganisations().stream().filter(o -> id.equals(o.getId())).findFirst().orElseThrow();
	}

	/**
	 * @param casebook a casebook
	 * @param id       a relation id
	 * @return the relation, or {@code null}
	 */
	public static Relation relation(Casebook casebook, String id) {
		return casebook.getRelations().stream().filter(r -> id.equals(r.getId())).findFirst().orElse(null);
	}

	/**
	 * @param casebook the fixture
	 * @return case T-01
	 */
	public static Case caseT01(Casebook casebook) {
		return casebook.getCases().get(0);
	}

	private void build() {
		casebook.setId("casebook-test");
		casebook.setName("Testregio");
		org("zvh", "Zorg- en Veiligheidshuis Testregio", "ZVH", OrganisationLogic.OTHER);
		org("gem", "Gemeente Testregio", "Gemeente", OrganisationLogic.MUNICIPALITY);
		org("pol", "Politie Testregio", "Politie", OrganisationLogic.JUSTICE);
		org("om", "Openbaar Ministerie", "OM", OrganisationLogic.JUSTICE);
		org("recl", "Reclassering Testregio", "Reclassering", OrganisationLogic.JUSTICE);
		org("vz", "Verslavingszorg Testregio", "Verslavingszorg", OrganisationLogic.CARE);
		org("ggz", "GGZ Testregio", "GGZ", OrganisationLogic.CARE);
		org("woon", "Woningcorporatie Testregio", "Woningcorporatie", OrganisationLogic.OTHER);
		org("stuur", "Stuurgroep Veiligheid", "Stuurgroep", OrganisationLogic.OTHER);

		relation("r1", RelationKind.REFERRAL, "pol", "zvh", null, null);
		relation("r2", RelationKind.REFERRAL, "ggz", "zvh", null, null);
		relation("r3", RelationKind.FUNDING, "gem", "vz", null, null);
		relation("r4", RelationKind.MANDATE, "om", "recl", null, null);
		relation("r5", RelationKind.INFORMATION_SHARING, "recl", "om", null, null);
		relation("r6", RelationKind.ESCALATION, "zvh", "stuur", null, null);
		relation("r7", RelationKind.TENSION, "vz", "ggz", null, null).setTension(TensionDimension.CULTURE);
		relation("r8", RelationKind.MISSING, "woon", "zvh", date(2025, 3, 1), null);
		relation("r9", RelationKind.COOPERATION, "zvh", "gem", date(2025, 1, 1), date(2025, 6, 30));
		relation("r10", RelationKind.HANDOVER, "vz", "ggz", date(2026, 1, 1), null);

		Covenant covenant = F.createCovenant();
		covenant.setId("cov-1");
		covenant.setName("Convenant Testregio");
		for (String id : new String[] { "zvh", "gem", "pol", "om", "recl", "vz", "ggz", "woon" }) {
			covenant.getParties().add(organisations.get(id));
		}
		casebook.getCovenants().add(covenant);

		for (String key : new String[] { "housing", "addiction", "income", "debts", "mental-health", "justice",
				"daytime-activity" }) {
			LifeDomain domain = F.createLifeDomain();
			domain.setId("domain-" + key);
			domain.setKey(key);
			domain.setName(key);
			casebook.getLifeDomains().add(domain);
			domains.put(key, domain);
		}

		Professional vera = professional("p-vera", "Vera Visser", "vz");
		Professional piet = professional("p-piet", "Piet Post", "pol");

		Person alex = F.createPerson();
		alex.setId("subject-T-01");
		alex.setPseudonym("Alex");
		casebook.getSubjects().add(alex);
		Case aCase = F.createCase();
		aCase.setId("case-T-01");
		aCase.setCaseNumber("T-01");
		aCase.setSubject(alex);
		aCase.setCasusregisseur(vera);
		casebook.getCases().add(aCase);
		involvement(aCase, "inv-1", "vz", vera, "case-director", true, "addiction");
		involvement(aCase, "inv-2", "pol", piet, "enforcement", false, "justice");
		involvement(aCase, "inv-3", "gem", null, "aftercare", true, "income", "debts");
		tie(aCase, "tie-1", "Moeder", true);
		tie(aCase, "tie-2", "Buurman", false);
		domain(aCase, "housing", Severity.SEVERE, null);
		domain(aCase, "addiction", Severity.CRISIS, null);
		domain(aCase, "income", Severity.MODERATE, null);
		domain(aCase, "debts", Severity.MILD, null);
		domain(aCase, "mental-health", Severity.MODERATE, "ggz");
		domain(aCase, "justice", Severity.SEVERE, null);
		domain(aCase, "daytime-activity", Severity.UNKNOWN, null);

		MeetingType type = F.createMeetingType();
		type.setId("mt-casusoverleg");
		type.setName("Casusoverleg");
		for (String id : new String[] { "zvh", "pol", "gem", "woon", "ggz" }) {
			type.getRequiredParties().add(organisations.get(id));
		}
		casebook.getMeetingTypes().add(type);
		Meeting m1 = meeting("m1", type, date(2026, 1, 13), aCase);
		attend(m1, "zvh", null, AttendanceStatus.PRESENT);
		attend(m1, null, piet, AttendanceStatus.PRESENT);
		attend(m1, "gem", null, AttendanceStatus.ONLINE);
		attend(m1, "woon", null, AttendanceStatus.ABSENT);
		attend(m1, "ggz", null, AttendanceStatus.EXCUSED);
		Meeting m2 = meeting("m2", type, date(2026, 2, 10), aCase);
		attend(m2, "zvh", null, AttendanceStatus.PRESENT);
		attend(m2, "pol", null, AttendanceStatus.PRESENT);
		attend(m2, "gem", null, AttendanceStatus.PRESENT);
		attend(m2, "ggz", null, AttendanceStatus.PRESENT);
	}

	private void org(String id, String name, String shortName, OrganisationLogic logic) {
		Organisation organisation = F.createOrganisation();
		organisation.setId(id);
		organisation.setName(name);
		organisation.setShortName(shortName);
		organisation.setLogic(logic);
		casebook.getOrganisations().add(organisation);
		organisations.put(id, organisation);
	}

	private Relation relation(String id, RelationKind kind, String source, String target, Date from, Date to) {
		Relation relation = F.createRelation();
		relation.setId(id);
		relation.setKind(kind);
		relation.setSource(organisations.get(source));
		relation.setTarget(organisations.get(target));
		relation.setLabel(kind.getLiteral().toLowerCase() + " " + source + "-" + target);
		relation.setValidFrom(from);
		relation.setValidTo(to);
		relation.setStrength(2);
		casebook.getRelations().add(relation);
		return relation;
	}

	private Professional professional(String id, String name, String organisation) {
		Professional professional = F.createProfessional();
		professional.setId(id);
		professional.setName(name);
		professional.setOrganisation(organisations.get(organisation));
		casebook.getProfessionals().add(professional);
		return professional;
	}

	private void involvement(Case aCase, String id, String organisation, Professional professional, String role,
			boolean knows, String... domainKeys) {
		Involvement involvement = F.createInvolvement();
		involvement.setId(id);
		involvement.setOrganisation(organisations.get(organisation));
		involvement.setProfessional(professional);
		involvement.setRole(role);
		involvement.setKnowsPerson(knows);
		for (String key : domainKeys) {
			involvement.getDomains().add(domains.get(key));
		}
		aCase.getInvolvements().add(involvement);
	}

	private void tie(Case aCase, String id, String label, boolean knows) {
		InformalTie tie = F.createInformalTie();
		tie.setId(id);
		tie.setLabel(label);
		tie.setRelationship(label.toLowerCase());
		tie.setKnowsPerson(knows);
		aCase.getInformalTies().add(tie);
	}

	private void domain(Case aCase, String key, Severity severity, String responsible) {
		LifeDomainStatus status = F.createLifeDomainStatus();
		status.setId("lds-" + key);
		status.setDomain(domains.get(key));
		status.setSeverity(severity);
		status.setResponsible(responsible == null ? null : organisations.get(responsible));
		aCase.getLifeDomains().add(status);
	}

	private Meeting meeting(String id, MeetingType type, Date date, Case aCase) {
		Meeting meeting = F.createMeeting();
		meeting.setId(id);
		meeting.setTitle("Casusoverleg " + id);
		meeting.setType(type);
		meeting.setDate(date);
		AgendaItem item = F.createAgendaItem();
		item.setId(id + "-item-1");
		item.setKind(AgendaItemKind.CASE);
		item.setCase(aCase);
		meeting.getItems().add(item);
		casebook.getMeetings().add(meeting);
		return meeting;
	}

	private void attend(Meeting meeting, String organisation, Professional professional, AttendanceStatus status) {
		Attendance attendance = F.createAttendance();
		attendance.setId(meeting.getId() + "-att-" + meeting.getAttendance().size());
		attendance.setOrganisation(organisation == null ? null : organisations.get(organisation));
		attendance.setProfessional(professional);
		attendance.setStatus(status);
		meeting.getAttendance().add(attendance);
	}
}
