/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.demo;

import static nl.casustafel.core.demo.DemoSupport.date;
import static nl.casustafel.core.demo.DemoSupport.dateTime;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import nl.casustafel.model.ConsentRecord;
import nl.casustafel.model.Covenant;
import nl.casustafel.model.CovenantTask;
import nl.casustafel.model.DecisionType;
import nl.casustafel.model.Disclosure;
import nl.casustafel.model.DisclosureBasis;
import nl.casustafel.model.Escalation;
import nl.casustafel.model.Gender;
import nl.casustafel.model.Household;
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

/**
 * The fictional region Lindeveld (GUIDE.md 10) as an in-memory casebook: the demo data the product
 * opens on, and the fixture for tests.
 * <p>
 * Four municipalities, the 16 default life domains, 12 partner organisations plus the escalation
 * body <i>Stuurgroep Veiligheid</i> (type {@value #STEERING_BODY_TYPE}, not a partner at the
 * table), 25 professionals, 15 cases (LV-01 to LV-13 with the household LV-05a&ndash;c), three
 * meeting types, one series and three meetings (M1 13 Jan 2026, M2 10 Feb, M3 24 Feb focusoverleg
 * on LV-01) with attendance, agendas and agreements, the covenant <i>ZVH Lindeveld 2025</i> and the
 * regional relations.
 * </p>
 * <p>
 * Everybody in it is fictional. Protected identities use invented names, streets that do not exist,
 * postcodes starting with 0 (no Dutch postcode does) and BSN-like numbers that fail the eleven-test.
 * </p>
 * <p>
 * Ids are stable and readable: {@code case-LV-01}, {@code org-zvh}, {@code prof-sanne-de-wit},
 * {@code meeting-M1}, {@code agr-M1-01}, {@code domain-housing}, ... (see the constants). Every call
 * to {@link #create()} returns a new, equal casebook. All data is as on {@link #REFERENCE_DATE}, the
 * day after the focusoverleg.
 * </p>
 * <p>
 * Installed capabilities add their own demo data (for example learning sessions) through
 * {@link DemoContributor} services.
 * </p>
 */
@SuppressWarnings("nls")
public final class DemoRegion {

	/** Id of the casebook root. */
	public static final String CASEBOOK_ID = "casebook-lindeveld";

	/** "Today" in the demo: the data is as it stands on this day. */
	public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 2, 25);

	/** Number of partner organisations (the steering body is not one of them). */
	public static final int PARTNER_ORGANISATION_COUNT = 12;

	/** Organisation type of the escalation body Stuurgroep Veiligheid. */
	public static final String STEERING_BODY_TYPE = "steering-body";

	/** Id of the Stuurgroep Veiligheid Lindeveld (escalation level 4). */
	public static final String STEERING_BODY_ID = "org-stuurgroep";

	/** Id of the Zorg- en Veiligheidshuis Lindeveld. */
	public static final String ORG_ZVH = "org-zvh";

	/** Id of the housing association that stopped attending (the "missing" party). */
	public static final String ORG_BRAKELSTEDE = "org-brakelstede";

	/** Id of the meeting series of the casusoverleg. */
	public static final String SERIES_ID = "series-casusoverleg-lindeveld";

	/** Id of M1, the casusoverleg of 13 January 2026. */
	public static final String MEETING_M1 = "meeting-M1";

	/** Id of M2, the casusoverleg of 10 February 2026. */
	public static final String MEETING_M2 = "meeting-M2";

	/** Id of M3, the focusoverleg on LV-01 of 24 February 2026. */
	public static final String MEETING_M3 = "meeting-M3";

	/** Id of the covenant ZVH Lindeveld 2025. */
	public static final String COVENANT_ID = "covenant-zvh-lindeveld-2025";

	/** Id of the policy signal raised for LV-09. */
	public static final String POLICY_SIGNAL_LV09 = "signal-LV-09";

	/** Case numbers of the 15 cases, in order. */
	public static final List<String> CASE_NUMBERS = List.of("LV-01", "LV-02", "LV-03", "LV-04", "LV-05a",
			"LV-05b", "LV-05c", "LV-06", "LV-07", "LV-08", "LV-09", "LV-10", "LV-11", "LV-12", "LV-13");

	private static final CasebookFactory F = CasebookFactory.eINSTANCE;

	private final Casebook casebook = F.createCasebook();
	private final Map<String, Municipality> municipalities = new HashMap<>();
	private Map<String, LifeDomain> domains;
	private final Map<String, Organisation> orgs = new HashMap<>();
	private final Map<String, String> mailDomains = new HashMap<>();
	private final Map<String, Professional> profs = new HashMap<>();
	private final Map<String, Case> cases = new HashMap<>();
	private final Map<String, MeetingType> meetingTypes = new HashMap<>();
	private final Map<String, Meeting> meetings = new HashMap<>();
	private MeetingSeries series;
	private int identityCount;

	private DemoRegion() {
		// use create()
	}

	/**
	 * Builds the Lindeveld demo region.
	 *
	 * @return a new casebook, not in any resource
	 */
	public static Casebook create() {
		return new DemoRegion().build();
	}

	/**
	 * @param caseNumber a case number such as {@code LV-05a}
	 * @return the id of that case in the demo region, such as {@code case-LV-05a}
	 */
	public static String caseId(String caseNumber) {
		return "case-" + caseNumber;
	}

	private Casebook build() {
		casebook.setId(CASEBOOK_ID);
		casebook.setName("Regio Lindeveld (demo)");
		casebook.setRegion("Lindeveld");
		buildMunicipalities();
		domains = DefaultVocabulary.addLifeDomains(casebook);
		buildOrganisations();
		buildProfessionals();
		buildMeetingTypes();
		buildCases();
		buildMeetings();
		buildAgreements();
		buildNetwork();
		DemoSupport.contribute(casebook);
		return casebook;
	}

	// ---------------------------------------------------------------------------------------------
	// Region

	private void buildMunicipalities() {
		Municipality lindeveld = municipality("mun-lindeveld", "Lindeveld", 140_000, null);
		municipality("mun-brakelmeer", "Brakelmeer", 35_000, lindeveld);
		municipality("mun-ravenskamp", "Ravenskamp", 20_000, lindeveld);
		municipality("mun-wilgendonk", "Wilgendonk", 12_000, lindeveld);
	}

	private Municipality municipality(String id, String name, int population, Municipality centre) {
		Municipality m = F.createMunicipality();
		m.setId(id);
		m.setName(name);
		m.setPopulation(population);
		m.setCentreMunicipality(centre);
		casebook.getMunicipalities().add(m);
		municipalities.put(id, m);
		return m;
	}

	// ---------------------------------------------------------------------------------------------
	// Organisations and productenboek

	private void buildOrganisations() {
		String careSecrecy = "Medisch beroepsgeheim (WGBO); delen alleen met toestemming of wettelijke grondslag";
		String justiceSecrecy = "Wpg / Wjsg; deelt binnen het convenant op basis van de publieke taak";
		String municipalSecrecy = "AVG / UAVG; deelt binnen het convenant op basis van de publieke taak";

		Organisation zvh = org(ORG_ZVH, "Zorg- en Veiligheidshuis Lindeveld", "ZVH Lindeveld", "safety-house",
				OrganisationLogic.OTHER, "mun-lindeveld", municipalSecrecy, "Aanmelding via het aanmeldformulier; triage binnen 10 werkdagen.",
				"Netwerkorganisatie van de ketenpartners; procesregie op complexe casuïstiek.", "zvh-lindeveld.example");
		zvh.setCapacity(60);
		intervention(zvh, "casusoverleg", "Casusoverleg complexe casuïstiek",
				"Maandelijks multidisciplinair overleg met de ketenpartners over personen met problemen in meerdere leefgebieden.",
				"Convenant ZVH Lindeveld 2025", "justice", 60, 2);
		intervention(zvh, "procesregie", "Procesregie en opschaling",
				"Triage, agendering, bewaking van afspraken en opschaling naar regieteam of stuurgroep.",
				"Convenant ZVH Lindeveld 2025", null, 0, 0);

		Organisation gemLv = org("org-gemeente-lindeveld", "Gemeente Lindeveld", "Gem. Lindeveld", "municipality",
				OrganisationLogic.MUNICIPALITY, "mun-lindeveld", municipalSecrecy, null,
				"Centrumgemeente van de regio: sociale dienst, Stadsbank (schuldhulpverlening), nazorg ex-gedetineerden en veiligheidsbeleid.",
				"lindeveld.example");
		intervention(gemLv, "stadsbank", "Stadsbank: schuldhulpverlening",
				"Schuldenonderzoek, budgetbeheer en minnelijk traject; crisisinterventie bij dreigende huisuitzetting.",
				"Wet gemeentelijke schuldhulpverlening", "debts", 400, 4);
		intervention(gemLv, "voorschot", "Voorschot levensonderhoud",
				"Voorschot op de bijstandsuitkering, ook bij vrijlating uit detentie.", "Participatiewet", "income", 0, 0);
		intervention(gemLv, "nazorg", "Nazorg ex-gedetineerden",
				"Basisvoorwaarden bij vrijlating: ID, onderdak, inkomen, zorg en schuldhulp.",
				"Convenant nazorg gemeenten-DJI", "id-admin", 80, 0);
		intervention(gemLv, "dagbesteding", "Dagbesteding en participatie",
				"Werkplaatsen en dagbesteding via het sociaal domein.", "Wmo 2015", "daytime-activity", 120, 3);

		Organisation gemBm = org("org-gemeente-brakelmeer", "Gemeente Brakelmeer", "Gem. Brakelmeer", "municipality",
				OrganisationLogic.MUNICIPALITY, "mun-brakelmeer", municipalSecrecy, null,
				"Kleine gemeente; leunt voor nazorg en schuldhulp op de centrumgemeente Lindeveld.", "brakelmeer.example");
		intervention(gemBm, "wijkteam", "Sociaal wijkteam Brakelmeer",
				"Generalistische ondersteuning thuis; huisbezoek binnen een week.", "Wmo 2015", "self-reliance", 150, 1);

		Organisation politie = org("org-politie", "Politie basisteam Lindeveld-Noord", "Politie", "police",
				OrganisationLogic.JUSTICE, "mun-lindeveld", justiceSecrecy, null,
				"Wijkagenten en coördinator persoonsgerichte aanpak (PGA).", "politie-lindeveld.example");
		intervention(politie, "pga", "Persoonsgerichte aanpak (PGA)",
				"Gerichte aandacht van de wijkagent en de PGA-coördinator voor (zeer actieve) veelplegers.",
				"Politiewet 2012", "justice", 40, 0);
		intervention(politie, "aanspreken", "Aanspreekgesprek wijkagent",
				"Normstellend gesprek met betrokkene, eventueel met buren of familie.", "Politiewet 2012", "nuisance", 0, 0);

		Organisation om = org("org-om", "OM parket Lindeveld", "OM", "public-prosecution", OrganisationLogic.JUSTICE,
				"mun-lindeveld", justiceSecrecy, null, "Officier van justitie veelplegers en huiselijk geweld.",
				"om-lindeveld.example");
		intervention(om, "zsm", "ZSM-afdoening",
				"Snelle afdoening na aanhouding aan de ZSM-tafel, met ZSM-plus voor een zorgprofessional.",
				"Wetboek van Strafvordering", "justice", 0, 0);
		intervention(om, "bijzondere-voorwaarden", "Vordering bijzondere voorwaarden",
				"Voorwaardelijk sepot of voorwaardelijke straf met verplichte behandeling, contact- of locatieverbod.",
				"Wetboek van Strafrecht art. 14c", "justice", 0, 0);

		Organisation pi = org("org-pi", "PI De Lindehorst", "PI", "prison", OrganisationLogic.JUSTICE, "mun-lindeveld",
				justiceSecrecy, "Melding aan gemeente van herkomst bij binnenkomst en uiterlijk zes weken voor vrijlating.",
				"Huis van bewaring en gevangenis; casemanagers stellen het D&R-plan op.", "lindehorst.example");
		pi.setCapacity(320);
		intervention(pi, "dr-plan", "D&R-plan en MDO",
				"Detentie- en re-integratieplan, besproken in het multidisciplinair overleg (week 4 en 9).",
				"Penitentiaire beginselenwet", "justice", 320, 0);
		intervention(pi, "id-aanvraag", "ID-aanvraag vanuit detentie",
				"Aanvraag van een identiteitskaart tijdens detentie, in samenwerking met de gemeente.",
				"Paspoortwet", "id-admin", 0, 0);

		Organisation reclassering = org("org-reclassering", "Reclassering unit Lindeveld", "Reclassering", "probation",
				OrganisationLogic.JUSTICE, "mun-lindeveld", justiceSecrecy, "Opdracht via OM of rechter (advies, toezicht, werkstraf).",
				"Adviesrapportage, toezicht en de leerprocesbegeleiding van het regionale team.",
				"reclassering-lindeveld.example");
		reclassering.setCapacity(180);
		reclassering.setWaitingWeeks(2);
		intervention(reclassering, "toezicht", "Toezicht op bijzondere voorwaarden",
				"Controle en begeleiding bij voorwaarden; terugmelding aan het OM bij overtreding.",
				"Wetboek van Strafrecht", "justice", 180, 2);
		intervention(reclassering, "advies", "Adviesrapportage",
				"Voorlichtingsrapport voor OM en rechter, met risicotaxatie.", "Wetboek van Strafvordering", "justice", 0, 3);

		Organisation lindestroom = org("org-lindestroom", "Lindestroom", "Lindestroom", "addiction-care",
				OrganisationLogic.CARE, "mun-lindeveld", careSecrecy,
				"Klinische detox alleen met een stabiele woonsituatie na ontslag; geen intake bij acute psychose.",
				"Verslavingszorg en verslavingsreclassering (SVG); justitieel casemanagement verslaafden.",
				"lindestroom.example");
		lindestroom.setCapacity(90);
		lindestroom.setWaitingWeeks(6);
		intervention(lindestroom, "detox", "Klinische detox",
				"Opname van twee tot drie weken voor ontgifting, met nazorgafspraken.", "Zvw", "addiction", 12, 6);
		intervention(lindestroom, "jcm", "Justitieel casemanagement verslaafden",
				"Tweejarig traject: toeleiding, plan, koppeling aan zorg, monitoring en crisisinterventie.",
				"Convenant ZVH Lindeveld 2025 / opdracht OM", "addiction", 40, 0);

		Organisation ggz = org("org-ggz", "GGZ Lindeveld", "GGZ", "mental-health", OrganisationLogic.CARE,
				"mun-lindeveld", careSecrecy, "Verwijzing via huisarts, crisisdienst of FACT-aanmelding; geen diagnostiek zonder toestemming.",
				"Specialistische ggz met FACT-teams en een crisisdienst.", "ggz-lindeveld.example");
		ggz.setWaitingWeeks(10);
		intervention(ggz, "fact", "FACT-team",
				"Outreachende behandeling en begeleiding voor mensen met ernstige psychiatrische aandoeningen.",
				"Zvw", "mental-health", 150, 10);
		intervention(ggz, "crisisdienst", "Crisisdienst",
				"Beoordeling binnen 24 uur; verplichte zorg via de Wvggz indien nodig.", "Wvggz", "mental-health", 0, 0);

		Organisation ggd = org("org-ggd", "GGD Regio Lindeveld", "GGD", "public-health", OrganisationLogic.CARE,
				"mun-lindeveld", careSecrecy, null,
				"Bemoeizorg (OGGZ) en bundeling van zorginformatie voor het casusoverleg.", "ggd-lindeveld.example");
		intervention(ggd, "bemoeizorg", "Bemoeizorg (OGGZ)",
				"Outreachend contact met zorgmijders; toeleiding naar zorg zonder hulpvraag.", "Wpg / Wmo 2015",
				"mental-health", 45, 1);
		intervention(ggd, "zorgbundel", "Zorginformatie voor het casusoverleg",
				"Bundelen van zorginformatie per agendapersoon, met toets op noodzaak.", "Convenant ZVH Lindeveld 2025",
				null, 0, 0);

		Organisation brakelstede = org(ORG_BRAKELSTEDE, "Woonstichting Brakelstede", "Brakelstede", "housing",
				OrganisationLogic.OTHER, "mun-brakelmeer", municipalSecrecy,
				"Tweede kans alleen met begeleiding en budgetbeheer.",
				"Woningcorporatie in Brakelmeer en Lindeveld-Noord; sinds maart 2025 niet meer aan tafel.",
				"brakelstede.example");
		intervention(brakelstede, "tweede-kans", "Tweedekansbeleid",
				"Huurcontract onder voorwaarden (begeleiding, budgetbeheer) na eerdere huisuitzetting.",
				"Huurrecht / convenant", "housing", 12, 26);
		intervention(brakelstede, "prikkelarm", "Prikkelarme woning",
				"Vrijstaande woning aan de rand van de gemeente voor wie niet in een portiek kan wonen.",
				"Huurrecht", "housing", 4, 52);

		Organisation lindehaven = org("org-lindehaven", "Lindehaven", "Lindehaven", "shelter", OrganisationLogic.CARE,
				"mun-lindeveld", careSecrecy, "Geen opname in beschermd wonen bij actief middelengebruik.",
				"Maatschappelijke opvang, nachtopvang en beschermd wonen.", "lindehaven.example");
		lindehaven.setCapacity(70);
		lindehaven.setWaitingWeeks(8);
		intervention(lindehaven, "nachtopvang", "Nachtopvang",
				"Slaapplaats voor de nacht; inloop vanaf 21.00 uur.", "Wmo 2015", "housing", 30, 0);
		intervention(lindehaven, "proefplaats", "Proefplaats beschermd wonen",
				"Proefplaatsing van zes weken in beschermd wonen, met begeleiding op maat.", "Wmo 2015", "housing", 4, 8);

		org(STEERING_BODY_ID, "Stuurgroep Veiligheid Lindeveld", "Stuurgroep", STEERING_BODY_TYPE,
				OrganisationLogic.OTHER, "mun-lindeveld", municipalSecrecy, "Agendering via de procesregisseur van het ZVH.",
				"Bestuurlijk escalatieorgaan (niveau 4) van burgemeesters, hoofdofficier van justitie en bestuurders van de partners; geen partner aan de overlegtafel.",
				"lindeveld.example");
	}

	private Organisation org(String id, String name, String shortName, String type, OrganisationLogic logic,
			String municipalityId, String secrecy, String intakeRules, String notes, String mailDomain) {
		Organisation o = F.createOrganisation();
		o.setId(id);
		o.setName(name);
		o.setShortName(shortName);
		o.setType(type);
		o.setLogic(logic);
		o.setMunicipality(municipalities.get(municipalityId));
		o.setSecrecyRegime(secrecy);
		o.setIntakeRules(intakeRules);
		o.setNotes(notes);
		casebook.getOrganisations().add(o);
		orgs.put(id, o);
		mailDomains.put(id, mailDomain);
		return o;
	}

	private void intervention(Organisation o, String key, String name, String description, String basis,
			String domainKey, int capacity, int waitingWeeks) {
		Intervention i = F.createIntervention();
		i.setId("int-" + o.getId().substring("org-".length()) + "-" + key);
		i.setName(name);
		i.setDescription(description);
		i.setBasis(basis);
		i.setDomain(domainKey == null ? null : domains.get(domainKey));
		i.setCapacity(capacity);
		i.setWaitingWeeks(waitingWeeks);
		o.getInterventions().add(i);
	}

	// ---------------------------------------------------------------------------------------------
	// Professionals and their hats

	private void buildProfessionals() {
		Date start = date(2025, 1, 1);
		prof("sanne-de-wit", "Sanne de Wit", ORG_ZVH, "Voorzitter casusoverleg", start, null);
		role("sanne-de-wit", "chair", ORG_ZVH, start, null);
		prof("karim-el-idrissi", "Karim El Idrissi", ORG_ZVH, "Procesregisseur", start, null);
		role("karim-el-idrissi", "process-director", ORG_ZVH, start, null);
		role("karim-el-idrissi", "escalation-contact", ORG_ZVH, start, null);
		prof("lotte-verbeek", "Lotte Verbeek", ORG_ZVH, "Secretaris casusoverleg", start, null);
		role("lotte-verbeek", "secretary", ORG_ZVH, start, null);

		prof("henk-mulder", "Henk Mulder", "org-gemeente-lindeveld", "Beleidsadviseur openbare orde en veiligheid", start, null);
		role("henk-mulder", "policy-advisor", "org-gemeente-lindeveld", start, null);
		role("henk-mulder", "escalation-contact", "org-gemeente-lindeveld", start, null);
		prof("fatma-yilmaz", "Fatma Yilmaz", "org-gemeente-lindeveld", "Nazorgcoördinator ex-gedetineerden", start, null);
		role("fatma-yilmaz", "aftercare-coordinator", "org-gemeente-lindeveld", start, null);
		role("fatma-yilmaz", "delegate", "org-gemeente-lindeveld", start, null);
		prof("bas-hendriks", "Bas Hendriks", "org-gemeente-lindeveld", "Consulent inkomen en schulden (Stadsbank)", start, null);
		role("bas-hendriks", "debt-help", "org-gemeente-lindeveld", start, null);
		role("bas-hendriks", "case-director", "org-gemeente-lindeveld", date(2026, 2, 10), null);

		prof("ingrid-posthuma", "Ingrid Posthuma", "org-gemeente-brakelmeer", "Regisseur zorg en veiligheid", start, null);
		role("ingrid-posthuma", "delegate", "org-gemeente-brakelmeer", start, null);
		role("ingrid-posthuma", "escalation-contact", "org-gemeente-brakelmeer", start, null);

		// Police delegate rotation: Chantal Bos hands over to Erik Smeets in month 4 of the meeting
		// year (the series started in November 2025), before M2.
		Date rotation = date(2026, 2, 1);
		Date lastDay = date(2026, 1, 31);
		prof("ruud-veenstra", "Ruud Veenstra", "org-politie", "Wijkagent Lindeveld-Noord", start, null);
		role("ruud-veenstra", "neighbourhood-officer", "org-politie", start, null);
		prof("chantal-bos", "Chantal Bos", "org-politie", "Coördinator persoonsgerichte aanpak (PGA)", start, lastDay);
		role("chantal-bos", "pga-coordinator", "org-politie", start, lastDay);
		role("chantal-bos", "delegate", "org-politie", start, lastDay);
		prof("erik-smeets", "Erik Smeets", "org-politie", "Coördinator persoonsgerichte aanpak (PGA), opvolger van Chantal Bos", rotation, null);
		role("erik-smeets", "pga-coordinator", "org-politie", rotation, null);
		role("erik-smeets", "delegate", "org-politie", rotation, null);
		role("erik-smeets", "escalation-contact", "org-politie", rotation, null);
		profs.get("chantal-bos").setSubstitute(profs.get("erik-smeets"));

		prof("pieter-van-dam", "Pieter van Dam", "org-om", "Officier van justitie", start, null);
		role("pieter-van-dam", "prosecutor", "org-om", start, null);
		role("pieter-van-dam", "delegate", "org-om", start, null);
		role("pieter-van-dam", "escalation-contact", "org-om", start, null);
		prof("noor-bakker", "Noor Bakker", "org-om", "Parketsecretaris", start, null);
		role("noor-bakker", "substitute-delegate", "org-om", start, null);
		profs.get("pieter-van-dam").setSubstitute(profs.get("noor-bakker"));

		prof("gerda-smit", "Gerda Smit", "org-pi", "Casemanager", start, null);
		role("gerda-smit", "case-manager", "org-pi", start, null);
		role("gerda-smit", "escalation-contact", "org-pi", start, null);
		prof("youssef-amrani", "Youssef Amrani", "org-pi", "Casemanager", start, null);
		role("youssef-amrani", "case-manager", "org-pi", start, null);
		role("youssef-amrani", "delegate", "org-pi", start, null);
		profs.get("gerda-smit").setSubstitute(profs.get("youssef-amrani"));
		profs.get("youssef-amrani").setSubstitute(profs.get("gerda-smit"));

		// Eva Koster wears two hats: probation officer, working inside the prison.
		prof("eva-koster", "Eva Koster", "org-reclassering", "Reclasseringswerker in PI De Lindehorst", start, null);
		role("eva-koster", "probation-officer", "org-reclassering", start, null);
		role("eva-koster", "case-manager", "org-pi", start, null);
		prof("mark-de-boer", "Mark de Boer", "org-reclassering", "Toezichthouder", start, null);
		role("mark-de-boer", "supervision", "org-reclassering", start, null);
		role("mark-de-boer", "delegate", "org-reclassering", start, null);
		role("mark-de-boer", "escalation-contact", "org-reclassering", start, null);
		prof("anouk-peters", "Anouk Peters", "org-reclassering", "Leerprocesbegeleider", start, null);
		role("anouk-peters", "learning-facilitator", "org-reclassering", start, null);
		profs.get("eva-koster").setSubstitute(profs.get("mark-de-boer"));

		prof("jeroen-visser", "Jeroen Visser", "org-lindestroom", "Casemanager justitiële verslavingszorg", start, null);
		role("jeroen-visser", "case-manager", "org-lindestroom", start, null);
		role("jeroen-visser", "delegate", "org-lindestroom", start, null);
		prof("mila-dekker", "Mila Dekker", "org-lindestroom", "Verslavingsarts", start, null);
		role("mila-dekker", "physician", "org-lindestroom", start, null);
		role("mila-dekker", "escalation-contact", "org-lindestroom", start, null);
		profs.get("jeroen-visser").setSubstitute(profs.get("mila-dekker"));

		prof("hanna-brouwer", "Hanna Brouwer", "org-ggz", "Psychiater", start, null);
		role("hanna-brouwer", "psychiatrist", "org-ggz", start, null);
		role("hanna-brouwer", "escalation-contact", "org-ggz", start, null);
		prof("rik-kuipers", "Rik Kuipers", "org-ggz", "Verpleegkundige FACT-team", start, null);
		role("rik-kuipers", "care-provider", "org-ggz", start, null);
		role("rik-kuipers", "delegate", "org-ggz", start, null);
		profs.get("rik-kuipers").setSubstitute(profs.get("hanna-brouwer"));

		// Linda Meijer wears two hats: GGD outreach worker, seconded to the ZVH to bundle care information.
		prof("linda-meijer", "Linda Meijer", "org-ggd", "Sociaal verpleegkundige bemoeizorg", start, null);
		role("linda-meijer", "outreach", "org-ggd", start, null);
		role("linda-meijer", "delegate", "org-ggd", start, null);
		role("linda-meijer", "escalation-contact", "org-ggd", start, null);
		role("linda-meijer", "care-coordinator", ORG_ZVH, date(2025, 6, 1), null);

		prof("dennis-schouten", "Dennis Schouten", ORG_BRAKELSTEDE, "Consulent leefbaarheid", start, null);
		role("dennis-schouten", "delegate", ORG_BRAKELSTEDE, start, null);
		role("dennis-schouten", "escalation-contact", ORG_BRAKELSTEDE, start, null);

		prof("sofie-van-leeuwen", "Sofie van Leeuwen", "org-lindehaven", "Begeleider beschermd wonen", start, null);
		role("sofie-van-leeuwen", "care-provider", "org-lindehaven", start, null);
		role("sofie-van-leeuwen", "delegate", "org-lindehaven", start, null);
		prof("ahmed-benali", "Ahmed Benali", "org-lindehaven", "Teamleider opvang", start, null);
		role("ahmed-benali", "team-leader", "org-lindehaven", start, null);
		role("ahmed-benali", "escalation-contact", "org-lindehaven", start, null);
		profs.get("sofie-van-leeuwen").setSubstitute(profs.get("ahmed-benali"));

		// Escalation contacts per organisation: whom to call when the delegate cannot deliver.
		escalationContacts(ORG_ZVH, "karim-el-idrissi", "sanne-de-wit");
		escalationContacts("org-gemeente-lindeveld", "henk-mulder");
		escalationContacts("org-gemeente-brakelmeer", "ingrid-posthuma");
		escalationContacts("org-politie", "erik-smeets", "ruud-veenstra");
		escalationContacts("org-om", "pieter-van-dam");
		escalationContacts("org-pi", "gerda-smit");
		escalationContacts("org-reclassering", "mark-de-boer");
		escalationContacts("org-lindestroom", "mila-dekker");
		escalationContacts("org-ggz", "hanna-brouwer");
		escalationContacts("org-ggd", "linda-meijer");
		escalationContacts(ORG_BRAKELSTEDE, "dennis-schouten");
		escalationContacts("org-lindehaven", "ahmed-benali");
		escalationContacts(STEERING_BODY_ID, "henk-mulder");
	}

	private void prof(String slug, String name, String orgId, String function, Date from, Date to) {
		Professional p = F.createProfessional();
		p.setId("prof-" + slug);
		p.setName(name);
		p.setFunction(function);
		p.setOrganisation(orgs.get(orgId));
		p.setValidFrom(from);
		p.setValidTo(to);
		int space = name.indexOf(' ');
		String local = name.substring(0, space).toLowerCase() + "." + name.substring(space + 1).replace(" ", "").toLowerCase();
		p.setEmail(local + "@" + mailDomains.get(orgId));
		casebook.getProfessionals().add(p);
		profs.put(slug, p);
	}

	private void role(String profSlug, String role, String hatOrgId, Date from, Date to) {
		Professional p = profs.get(profSlug);
		RoleAssignment r = F.createRoleAssignment();
		r.setId("role-" + profSlug + "-" + (p.getRoles().size() + 1));
		r.setRole(role);
		r.setHat(orgs.get(hatOrgId));
		r.setValidFrom(from);
		r.setValidTo(to);
		p.getRoles().add(r);
	}

	private void escalationContacts(String orgId, String... profSlugs) {
		for (String slug : profSlugs) {
			orgs.get(orgId).getEscalationContacts().add(profs.get(slug));
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Meeting types and series

	private void buildMeetingTypes() {
		MeetingType casusoverleg = meetingType(DefaultVocabulary.MEETING_TYPE_CASUSOVERLEG, "Casusoverleg", 60, 10, 6,
				ORG_ZVH, "org-gemeente-lindeveld", "org-politie", "org-om", "org-reclassering", "org-lindestroom", "org-ggz",
				"org-ggd", ORG_BRAKELSTEDE);
		meetingType(DefaultVocabulary.MEETING_TYPE_FOCUSOVERLEG, "Focusoverleg", 60, 60, 1, ORG_ZVH);
		meetingType(DefaultVocabulary.MEETING_TYPE_REGIETEAM, "Regieteam", 90, 30, 2, ORG_ZVH, "org-gemeente-lindeveld",
				"org-politie", "org-om", "org-ggz");

		series = F.createMeetingSeries();
		series.setId(SERIES_ID);
		series.setName("Casusoverleg ZVH Lindeveld 2025-2026");
		series.setType(casusoverleg);
		casebook.getMeetingSeries().add(series);
	}

	private MeetingType meetingType(String key, String name, int duration, int timebox, int maxCasesPerHour,
			String... requiredOrgIds) {
		MeetingType t = F.createMeetingType();
		t.setId("mt-" + key);
		t.setKey(key);
		t.setName(name);
		t.setDefaultDurationMinutes(duration);
		t.setDefaultTimeboxMinutes(timebox);
		t.setMaxCasesPerHour(maxCasesPerHour);
		for (String orgId : requiredOrgIds) {
			t.getRequiredParties().add(orgs.get(orgId));
		}
		casebook.getMeetingTypes().add(t);
		meetingTypes.put(key, t);
		return t;
	}

	// ---------------------------------------------------------------------------------------------
	// Subjects and cases

	private void buildCases() {
		buildRobin();
		buildPetra();
		buildSem();
		buildDirk();
		buildLamberts();
		buildKevin();
		buildYara();
		buildHamid();
		buildGijs();
		buildMarco();
		buildTessa();
		buildJesse();
		buildOlaf();
		link("LV-12", "LV-02");
		link("LV-05a", "LV-05b");
		link("LV-05a", "LV-05c");
		link("LV-05b", "LV-05c");
	}

	private void buildRobin() {
		Person robin = person("LV-01", "Robin", "R.", Gender.MALE, 1991, AgeBand.ADULT, "mun-lindeveld",
				"Robin Ravelijnse", "Vlinderkade 14 (postadres Lindehaven), 0411 VK Lindeveld", date(1991, 8, 22));
		robin.getFlags().add("LVB");
		robin.getFlags().add("dakloos");
		robin.getTargetGroups().add("zeer actieve veelpleger");
		Case c = newCase("LV-01", robin, CaseStatus.PRIORITY, "in-execution", 1, Urgency.HIGH, "jeroen-visser",
				"Zeer actieve veelpleger (23 antecedenten, 6 in het afgelopen jaar) met dagelijks cocaïnegebruik, LVB en zonder woning. Verslavingszorg, reclassering en opvang nemen hem om beurten op en verliezen hem weer (carrousel van interventies).",
				"Wie neemt de regie op één plan voor wonen en detox, en welk justitieel kader zetten we in als drang nodig is?");
		c.getTags().add("veelpleger");
		c.getTags().add("carrousel");
		c.setNoodscenario("Bij een nieuwe aanhouding vraagt het OM via ZSM een justitieel kader aan: voorwaardelijke straf met bijzondere voorwaarden (verplichte behandeling bij Lindestroom en begeleid wonen).");
		c.setJudicialFrame("Geen lopend kader; laatste zaak (2025) afgedaan met een taakstraf.");
		c.setRisks("Recidive (vermogensdelicten), overlast in de binnenstad, zelfverwaarlozing.");
		c.setOpenedOn(date(2025, 10, 14));
		c.setKnownSince(date(2016, 5, 1));
		referral(c, date(2025, 10, 2), "prolific-offender-list", "org-politie", "chantal-bos",
				"Robin staat op de lijst zeer actieve veelplegers; eerdere trajecten lopen steeds vast op wonen en gebruik.", Urgency.HIGH);
		domain(c, "housing", Severity.CRISIS, "Dakloos; slaapt wisselend in de nachtopvang en buiten.", "org-lindehaven");
		domain(c, "income", Severity.SEVERE, "Uitkering gestopt in maart 2025 (geen briefadres).", "org-gemeente-lindeveld");
		domain(c, "debts", Severity.SEVERE, "Boetes en zorgverzekering, omvang onbekend.", "org-gemeente-lindeveld");
		domain(c, "daytime-activity", Severity.SEVERE, "Geen dagbesteding.", null);
		domain(c, "addiction", Severity.CRISIS, "Dagelijks cocaïne; twee afgebroken detoxtrajecten.", "org-lindestroom");
		domain(c, "mental-health", Severity.MODERATE, "Impulsief; geen diagnose bekend.", null);
		domain(c, "lvb", Severity.SEVERE, "LVB vastgesteld in 2019 (IQ-indicatie rond 65).", null);
		domain(c, "justice", Severity.SEVERE, "Zeer actieve veelpleger.", "org-reclassering");
		domain(c, "nuisance", Severity.SEVERE, "Overlast rond het station en in portieken.", "org-politie");
		domain(c, "network", Severity.MILD, "Moeder betrokken, vrienden uit het gebruikerscircuit.", null);
		involvement(c, "org-lindestroom", "jeroen-visser", "case-director", true, date(2024, 3, 1), "addiction", "justice");
		involvement(c, "org-lindehaven", "sofie-van-leeuwen", "care-provider", true, date(2025, 4, 1), "housing");
		involvement(c, "org-politie", "ruud-veenstra", "enforcement", true, date(2016, 5, 1), "justice", "nuisance");
		involvement(c, "org-reclassering", "mark-de-boer", "supervision", false, date(2025, 10, 14), "justice");
		involvement(c, "org-gemeente-lindeveld", "fatma-yilmaz", "aftercare", true, date(2025, 10, 14), "income", "debts", "daytime-activity");
		involvement(c, "org-om", "pieter-van-dam", "prosecution", false, date(2025, 10, 14), "justice");
		involvement(c, ORG_BRAKELSTEDE, null, "housing-provider", false, date(2025, 10, 14), "housing");
		tie(c, "Moeder (M.)", "moeder", true, "Laat Robin af en toe bij haar douchen en eten; wil betrokken blijven.");
		tie(c, "Vriend uit het gebruikerscircuit", "vriend", true, "Negatieve invloed; samen aangehouden in 2025.");
		event(c, date(2016, 5, 1), "signal", "Eerste politiecontact", "Winkeldiefstal, afgedaan via Halt.", Provenance.VERIFIED, "org-politie");
		event(c, date(2025, 9, 20), "arrest", "Aanhouding inbraak in auto", "Heengezonden na verhoor; zaak bij het OM.", Provenance.VERIFIED, "org-politie");
		event(c, date(2025, 10, 2), "referral", "Aanmelding bij het ZVH", "Aangemeld door de PGA-coördinator.", Provenance.DIRECT, "org-politie");
		event(c, date(2025, 10, 14), "triage", "Triage: toegelaten", "Complexiteitsniveau 1; meerdere ketens betrokken.", Provenance.DIRECT, ORG_ZVH);
		event(c, date(2026, 1, 13), "meeting", "Besproken in het casusoverleg (M1)", "Detox-intake binnen twee weken; noodscenario afgesproken.", Provenance.DIRECT, ORG_ZVH);
		event(c, date(2026, 1, 26), "intake", "Intake detox bij Lindestroom", "Intake afgerond; opname pas mogelijk met woonplek na ontslag.", Provenance.DIRECT, "org-lindestroom");
		event(c, date(2026, 2, 8), "relapse", "Terugval", "Volgens Robin weggestuurd uit de nachtopvang; nog niet nagegaan bij Lindehaven.", Provenance.VIA_CLIENT_UNVERIFIED, "org-lindestroom");
		event(c, date(2026, 2, 24), "meeting", "Focusoverleg met Robin (M3)", "Plan voor wonen, detox en dagbesteding; Robin was bij de tweede helft.", Provenance.DIRECT, ORG_ZVH);
		disclosure(c, "disc-LV-01-01", "Verslaving: planning detox en medicatie", date(2026, 2, 24), DisclosureBasis.COVENANT,
				"org-lindestroom", "org-lindehaven", true, true, null);
		disclosure(c, "disc-LV-01-02", "Inkomen: stand van de uitkeringsaanvraag", date(2026, 2, 24), DisclosureBasis.COVENANT,
				"org-gemeente-lindeveld", "org-lindehaven", true, true, null);
	}

	private void buildPetra() {
		Person petra = person("LV-02", "Petra", "P.", Gender.FEMALE, 1978, AgeBand.ADULT, "mun-brakelmeer",
				"Petra Brakelhof", "Kwartelhof 7, 0471 KW Brakelmeer", date(1978, 10, 3));
		petra.getTargetGroups().add("verward gedrag");
		Case c = newCase("LV-02", petra, CaseStatus.ACTIVE, "in-execution", 1, Urgency.HIGH, "linda-meijer",
				"Buren in de Kwartelhof melden al een jaar geschreeuw, bedreigingen en vervuiling. Vermoedelijk een psychose; Petra weigert iedere vorm van zorg.",
				"Hoe krijgen we via bemoeizorg contact met Petra, en is een zorgmachtiging aan de orde als dat niet lukt?");
		c.getTags().add("verward gedrag");
		c.setNoodscenario("Bij acuut gevaar schakelt de politie de crisisdienst van GGZ Lindeveld in; de burgemeester kan een crisismaatregel nemen.");
		c.setJudicialFrame("Geen.");
		c.setRisks("Overlast en agressie naar buren, zelfverwaarlozing, dreigende huisuitzetting.");
		c.setOpenedOn(date(2025, 11, 18));
		c.setKnownSince(date(2024, 12, 1));
		referral(c, date(2025, 11, 3), "field-referral", "org-ggd", "linda-meijer",
				"Drie bemoeizorgpogingen zonder contact; buren en verhuurder dringen aan.", Urgency.HIGH);
		domain(c, "mental-health", Severity.SEVERE, "Vermoedelijk psychotisch; geen behandelaar.", "org-ggz");
		domain(c, "nuisance", Severity.SEVERE, "Veertien meldingen in 2025.", "org-politie");
		domain(c, "housing", Severity.MODERATE, "Huurachterstand en vervuiling; verhuurder overweegt ontbinding.", ORG_BRAKELSTEDE);
		domain(c, "self-reliance", Severity.SEVERE, "Eet onregelmatig; post blijft ongeopend.", "org-ggd");
		domain(c, "physical-health", Severity.MODERATE, "Zichtbaar vermagerd.", null);
		domain(c, "network", Severity.MILD, "Een zus op afstand.", null);
		involvement(c, "org-ggd", "linda-meijer", "outreach", true, date(2025, 6, 1), "mental-health", "self-reliance");
		involvement(c, "org-ggz", "hanna-brouwer", "care-provider", false, date(2025, 11, 18), "mental-health");
		involvement(c, "org-politie", "ruud-veenstra", "enforcement", true, date(2024, 12, 1), "nuisance");
		involvement(c, "org-gemeente-brakelmeer", "ingrid-posthuma", "municipality", false, date(2025, 11, 18), "nuisance", "housing");
		involvement(c, ORG_BRAKELSTEDE, "dennis-schouten", "housing-provider", true, date(2024, 12, 1), "housing");
		tie(c, "Zus (A.)", "zus", true, "Belt eens per maand; wil geen contactpersoon zijn.");
		tie(c, "Buurvrouw Kwartelhof", "buurvrouw", true, "Meldt de overlast; voelt zich bedreigd.");
		event(c, date(2024, 12, 1), "signal", "Eerste overlastmelding", "Melding van buren bij de wijkagent.", Provenance.DIRECT, "org-politie");
		event(c, date(2025, 11, 3), "referral", "Aanmelding door de GGD", "Na drie vergeefse huisbezoeken.", Provenance.DIRECT, "org-ggd");
		event(c, date(2026, 1, 13), "meeting", "Besproken in het casusoverleg (M1)", "GGD legt samen met de wijkagent een huisbezoek af.", Provenance.DIRECT, ORG_ZVH);
		event(c, date(2026, 1, 22), "incident", "Huisbezoek GGD en wijkagent", "Petra deed open en nam een folder aan; verder geen gesprek.", Provenance.DIRECT, "org-ggd");
	}

	private void buildSem() {
		Person sem = person("LV-03", "Sem", "S.", Gender.MALE, 2006, AgeBand.YOUNG_ADULT, "mun-lindeveld",
				"Sem Eikenhorster", "Populierengaarde 31, 0412 PG Lindeveld", date(2006, 9, 11));
		sem.getTargetGroups().add("jongvolwassene");
		Case c = newCase("LV-03", sem, CaseStatus.IN_DETENTION, "discussed", 1, Urgency.HIGH, "eva-koster",
				"Sinds december in voorlopige hechtenis (straatroof). Jongvolwassene zonder adolescentenstrafrecht; SOM-uitkomst in de PI: prioriteit voor reclasseringsinzet.",
				"Wie bereidt vóór de zitting een plan voor onderwijs, wonen en toezicht voor, zodat schorsing van de voorlopige hechtenis haalbaar wordt?");
		c.getTags().add("jongvolwassene");
		c.getTags().add("SOM-prioriteit");
		c.setJudicialFrame("Voorlopige hechtenis sinds 9 december 2025; zitting gepland op 14 april 2026.");
		c.setRisks("Recidive (geweld), beïnvloeding door oudere jongens uit de wijk.");
		c.setOpenedOn(date(2026, 2, 3));
		c.setKnownSince(date(2025, 12, 6));
		referral(c, date(2026, 1, 27), "prison-notice", "org-pi", "gerda-smit",
				"SOM week 3: jongvolwassene zonder kader, prioriteit. Vraag om een gezamenlijk plan vóór de zitting.", Urgency.HIGH);
		domain(c, "justice", Severity.SEVERE, "Verdachte straatroof, voorlopige hechtenis.", "org-reclassering");
		domain(c, "daytime-activity", Severity.SEVERE, "Mbo-opleiding afgebroken in 2025.", null);
		domain(c, "housing", Severity.MODERATE, "Niet welkom bij zijn vader; moeder twijfelt.", "org-gemeente-lindeveld");
		domain(c, "network", Severity.MODERATE, "Negatieve vriendengroep.", null);
		domain(c, "addiction", Severity.MILD, "Cannabis in het weekend.", null);
		domain(c, "income", Severity.MODERATE, "Geen inkomen.", null);
		involvement(c, "org-pi", "gerda-smit", "case-manager", true, date(2025, 12, 9), "justice");
		involvement(c, "org-reclassering", "eva-koster", "case-director", true, date(2026, 1, 5), "justice", "daytime-activity");
		involvement(c, "org-om", "noor-bakker", "prosecution", false, date(2025, 12, 9), "justice");
		involvement(c, "org-gemeente-lindeveld", "fatma-yilmaz", "aftercare", false, date(2026, 2, 10), "housing", "income");
		tie(c, "Moeder (J.)", "moeder", true, "Bezoekt hem wekelijks; wil meewerken aan een plan.");
		event(c, date(2025, 12, 6), "arrest", "Aanhouding straatroof", "Samen met twee oudere verdachten.", Provenance.VERIFIED, "org-politie");
		event(c, date(2025, 12, 9), "detention", "Voorlopige hechtenis", "Ingesloten in PI De Lindehorst.", Provenance.VERIFIED, "org-pi");
		event(c, date(2025, 12, 29), "triage", "SOM-screening: prioriteit", "Jongvolwassene zonder adolescentenstrafrecht-kader.", Provenance.DIRECT, "org-pi");
		event(c, date(2026, 1, 27), "referral", "Aanmelding vanuit de PI", "Via de casemanager.", Provenance.DIRECT, "org-pi");
		event(c, date(2026, 2, 10), "meeting", "Nieuw besproken in het casusoverleg (M2)", "Reclassering bereidt toezicht voor.", Provenance.DIRECT, ORG_ZVH);
		event(c, date(2026, 4, 14), "hearing", "Zitting", "Inhoudelijke behandeling bij de politierechter (gepland).", Provenance.DIRECT, "org-om");
	}

	private void buildDirk() {
		Person dirk = person("LV-04", "Dirk", "D.", Gender.MALE, 1973, AgeBand.ADULT, "mun-lindeveld",
				"Dirk Wilgenhoven", "Geen vast adres (laatst: Kastanjewal 2, 0413 KW Lindeveld)", date(1973, 4, 17));
		Case c = newCase("LV-04", dirk, CaseStatus.ACTIVE, "in-execution", 1, Urgency.HIGH, "fatma-yilmaz",
				"Kwam op 17 februari 2026 vrij na veertien maanden detentie, zonder geldig ID, zonder woning en met ongeveer € 18.000 schuld bij zeven schuldeisers.",
				"Zijn de basisvoorwaarden (ID, onderdak, inkomen, schuldhulp) op de dag van vrijlating geregeld, en wie is daarna het aanspreekpunt?");
		c.getTags().add("nazorg");
		c.setJudicialFrame("Gevangenisstraf, geëindigd op 17 februari 2026; geen voorwaardelijk deel.");
		c.setRisks("Terugval in alcohol en vermogensdelicten zonder dak en inkomen.");
		c.setOpenedOn(date(2026, 1, 5));
		c.setKnownSince(date(2024, 12, 16));
		referral(c, date(2025, 12, 15), "prison-notice", "org-pi", "gerda-smit",
				"Vrijlating over negen weken; geen ID, geen woning, hoge schulden.", Urgency.HIGH);
		domain(c, "id-admin", Severity.MODERATE, "ID-kaart aangevraagd vanuit de PI; afhalen na vrijlating.", "org-gemeente-lindeveld");
		domain(c, "housing", Severity.SEVERE, "Tijdelijk in de nachtopvang.", "org-lindehaven");
		domain(c, "debts", Severity.SEVERE, "Ongeveer € 18.000 bij zeven schuldeisers.", "org-gemeente-lindeveld");
		domain(c, "income", Severity.SEVERE, "Voorschot aangevraagd; uitkering nog niet toegekend.", "org-gemeente-lindeveld");
		domain(c, "daytime-activity", Severity.MODERATE, "Wil werken; geen werkervaring sinds 2019.", null);
		domain(c, "addiction", Severity.MILD, "Alcohol, in detentie gestopt.", null);
		domain(c, "network", Severity.MODERATE, "Contact met zijn dochter verbroken.", null);
		involvement(c, "org-pi", "gerda-smit", "case-manager", true, date(2024, 12, 16), "justice", "id-admin");
		involvement(c, "org-gemeente-lindeveld", "fatma-yilmaz", "aftercare", true, date(2025, 12, 15), "housing", "income", "id-admin");
		involvement(c, "org-gemeente-lindeveld", "bas-hendriks", "debt-help", false, date(2026, 1, 13), "debts", "income");
		involvement(c, "org-lindehaven", "ahmed-benali", "housing-provider", false, date(2026, 2, 17), "housing");
		tie(c, "Dochter (L.)", "dochter", false, "Geen contact sinds 2022; Dirk wil dat herstellen.");
		event(c, date(2024, 12, 16), "detention", "Begin detentie", "Veertien maanden gevangenisstraf.", Provenance.VERIFIED, "org-pi");
		event(c, date(2025, 12, 15), "referral", "Melding vrijlating door de PI", "Negen weken voor de einddatum.", Provenance.DIRECT, "org-pi");
		event(c, date(2026, 1, 13), "meeting", "Besproken in het casusoverleg (M1)", "ID-aanvraag en voorschot uitkering afgesproken.", Provenance.DIRECT, ORG_ZVH);
		event(c, date(2026, 2, 17), "release", "Vrijlating", "Opgehaald door de nazorgcoördinator; eerste nacht in de nachtopvang.", Provenance.DIRECT, "org-gemeente-lindeveld");
	}

	private void buildLamberts() {
		Household lamberts = F.createHousehold();
		lamberts.setId("subject-LV-05");
		lamberts.setPseudonym("Huishouden Lamberts");
		lamberts.setInitials("L.");
		lamberts.setMunicipality(municipalities.get("mun-lindeveld"));
		lamberts.getFlags().add("zorgmijdend");
		lamberts.setIdentity(identity("LV-05", "Huishouden Lamberts (fictief)", "Gagelstraat 3, 0414 GS Lindeveld", null));
		casebook.getSubjects().add(lamberts);

		Person ria = person("LV-05a", "Ria", "R.L.", Gender.FEMALE, 1981, AgeBand.ADULT, "mun-lindeveld",
				"Ria Lambertsz", "Gagelstraat 3, 0414 GS Lindeveld", date(1981, 7, 30));
		Person frank = person("LV-05b", "Frank", "F.L.", Gender.MALE, 1979, AgeBand.ADULT, "mun-lindeveld",
				"Frank Lambertsz", "Gagelstraat 3, 0414 GS Lindeveld", date(1979, 11, 5));
		Person jayden = person("LV-05c", "Jayden", "J.L.", Gender.MALE, 2009, AgeBand.MINOR, "mun-lindeveld",
				"Jayden Lambertsz", "Gagelstraat 3, 0414 GS Lindeveld", date(2009, 5, 19));
		jayden.getTargetGroups().add("jeugd met politiecontacten");
		lamberts.getMembers().add(ria);
		lamberts.getMembers().add(frank);
		lamberts.getMembers().add(jayden);

		Case a = newCase("LV-05a", ria, CaseStatus.ACTIVE, "in-execution", 1, Urgency.NORMAL, "bas-hendriks",
				"Het huishouden Lamberts mijdt hulp; hoge schulden en een dreigende huisuitzetting. Ria houdt de deur dicht voor instanties.",
				"Welke vertrouwde introducer opent de deur voor één gezamenlijk gezinsplan (schulden, opvoeding, de zoon)?");
		a.getTags().add("huishouden");
		a.setOpenedOn(date(2026, 1, 20));
		a.setKnownSince(date(2025, 9, 1));
		referral(a, date(2026, 1, 12), "field-referral", "org-gemeente-lindeveld", "bas-hendriks",
				"Stadsbank krijgt geen contact; verhuurder meldt huurachterstand; zoon in beeld bij de politie.", Urgency.NORMAL);
		domain(a, "debts", Severity.SEVERE, "Gezamenlijke schuld naar schatting € 25.000.", "org-gemeente-lindeveld");
		domain(a, "housing", Severity.SEVERE, "Huurachterstand van vier maanden.", null);
		domain(a, "parenting", Severity.MODERATE, "Weinig zicht op Jayden.", null);
		domain(a, "mental-health", Severity.MODERATE, "Somber, wantrouwend naar instanties.", null);
		domain(a, "income", Severity.MODERATE, "Parttime werk in de schoonmaak.", null);
		involvement(a, "org-gemeente-lindeveld", "bas-hendriks", "case-director", false, date(2026, 1, 12), "debts", "income");
		involvement(a, "org-ggd", "linda-meijer", "outreach", false, date(2026, 2, 10), "mental-health", "parenting");
		tie(a, "Buurvrouw (T.)", "buurvrouw", true, "Enige die Ria vertrouwt; mogelijke introducer.");
		event(a, date(2025, 9, 1), "signal", "Signaal Stadsbank", "Beslaglegging op loon; geen reactie op brieven.", Provenance.DIRECT, "org-gemeente-lindeveld");
		event(a, date(2026, 2, 10), "meeting", "Als cluster besproken (M2)", "LV-05a–c samen op de agenda.", Provenance.DIRECT, ORG_ZVH);

		Case b = newCase("LV-05b", frank, CaseStatus.ACTIVE, "in-execution", 1, Urgency.NORMAL, "bas-hendriks",
				"Partner in het huishouden Lamberts; werkloos sinds 2024, drinkt veel, de meeste schulden staan op zijn naam.",
				"Is Frank bereid mee te werken aan schuldhulp, en wat is nodig voor werk of dagbesteding?");
		b.getTags().add("huishouden");
		b.setOpenedOn(date(2026, 1, 20));
		b.setKnownSince(date(2025, 9, 1));
		domain(b, "debts", Severity.SEVERE, "Meeste schulden op zijn naam.", "org-gemeente-lindeveld");
		domain(b, "addiction", Severity.MODERATE, "Alcohol, dagelijks.", null);
		domain(b, "daytime-activity", Severity.SEVERE, "Werkloos sinds 2024.", null);
		domain(b, "income", Severity.MODERATE, "WW afgelopen; geen bijstand aangevraagd.", null);
		involvement(b, "org-gemeente-lindeveld", "bas-hendriks", "debt-help", false, date(2026, 1, 12), "debts", "income");
		involvement(b, "org-lindestroom", null, "care-provider", false, date(2026, 2, 10), "addiction");
		tie(b, "Partner (R.)", "partner", true, "Ria; zelf ook casus LV-05a.");
		tie(b, "Voetbalvriend", "vriend", true, "Haalt Frank soms op voor het vrijwilligerswerk bij de club; mogelijke ingang.");
		event(b, date(2026, 2, 10), "meeting", "Als cluster besproken (M2)", "LV-05a–c samen op de agenda.", Provenance.DIRECT, ORG_ZVH);

		Case cc = newCase("LV-05c", jayden, CaseStatus.ACTIVE, "in-execution", 1, Urgency.HIGH, "bas-hendriks",
				"Zoon van 16 met politiecontacten (vernieling, heling) en veel schoolverzuim.",
				"Hoe voorkomen we verdere criminaliteit, is een Halt- of jeugdreclasseringstraject passend, en wie spreekt met de ouders?");
		cc.getTags().add("huishouden");
		cc.getTags().add("minderjarige");
		cc.setJudicialFrame("Halt-afdoening in 2025; geen lopende zaak.");
		cc.setRisks("Afglijden naar criminaliteit; ronselen door oudere jongens.");
		cc.setOpenedOn(date(2026, 1, 20));
		cc.setKnownSince(date(2025, 3, 14));
		domain(cc, "justice", Severity.MODERATE, "Drie politiecontacten in 2025.", "org-politie");
		domain(cc, "daytime-activity", Severity.SEVERE, "Veel verzuim op het vmbo.", null);
		domain(cc, "parenting", Severity.MODERATE, "Ouders hebben weinig zicht.", null);
		domain(cc, "leisure", Severity.MODERATE, "Hangt 's avonds rond bij het winkelcentrum.", null);
		involvement(cc, "org-politie", "ruud-veenstra", "neighbourhood-officer", true, date(2025, 3, 14), "justice", "leisure");
		involvement(cc, "org-gemeente-lindeveld", "bas-hendriks", "case-director", false, date(2026, 1, 20), "parenting");
		event(cc, date(2025, 3, 14), "incident", "Vernieling bushokje", "Afgedaan via Halt.", Provenance.VERIFIED, "org-politie");
		event(cc, date(2025, 11, 2), "arrest", "Aanhouding heling", "Telefoon in bezit; geseponeerd.", Provenance.VERIFIED, "org-politie");
		event(cc, date(2026, 2, 10), "meeting", "Als cluster besproken (M2)", "LV-05a–c samen op de agenda.", Provenance.DIRECT, ORG_ZVH);
	}

	private void buildKevin() {
		Person kevin = person("LV-06", "Kevin", "K.", Gender.MALE, 1997, AgeBand.ADULT, "mun-lindeveld",
				"Kevin Meerhoeve", "Lisdoddepad 9, 0415 LP Lindeveld", date(1997, 6, 2));
		Case c = newCase("LV-06", kevin, CaseStatus.PRIORITY, "escalated", 1, Urgency.HIGH, "mark-de-boer",
				"Bedreigt zijn ex-partner herhaaldelijk, ook na het contactverbod. Psychiatrie wordt vermoed maar is niet vastgesteld; GGZ en reclassering zien het elk niet als hun domein.",
				"Wie kan de dreiging richting de ex-partner beperken, en wie stelt vast of psychiatrie meespeelt?");
		c.getTags().add("huiselijk geweld");
		c.getTags().add("domeingat");
		c.setNoodscenario("Bij overtreding van het contactverbod meldt de politie direct aan het OM; de reclassering vraagt tenuitvoerlegging van de voorwaardelijke straf.");
		c.setJudicialFrame("Voorwaardelijke straf met contact- en locatieverbod (bijzondere voorwaarden) tot 30 september 2026; toezicht door de reclassering.");
		c.setRisks("Dreiging richting een benoemde persoon (ex-partner), agressie.");
		c.setOpenedOn(date(2025, 12, 2));
		c.setKnownSince(date(2025, 4, 10));
		referral(c, date(2025, 11, 24), "professional-escalation", "org-reclassering", "mark-de-boer",
				"Toezicht loopt vast: nieuwe dreigingen, geen behandelaar.", Urgency.HIGH);
		domain(c, "relationships", Severity.CRISIS, "Dreigt richting ex-partner.", "org-reclassering");
		domain(c, "justice", Severity.SEVERE, "Bijzondere voorwaarden; twee meldingen van overtreding.", "org-reclassering");
		domain(c, "mental-health", Severity.UNKNOWN, "Vermoeden van een persoonlijkheidsstoornis; geen diagnostiek.", null);
		domain(c, "daytime-activity", Severity.MODERATE, "Werk kwijt na de veroordeling.", null);
		involvement(c, "org-reclassering", "mark-de-boer", "supervision", true, date(2025, 6, 1), "justice", "relationships");
		involvement(c, "org-politie", "ruud-veenstra", "enforcement", true, date(2025, 4, 10), "justice");
		involvement(c, "org-om", "pieter-van-dam", "prosecution", false, date(2025, 4, 12), "justice");
		involvement(c, "org-ggz", "hanna-brouwer", "care-provider", false, date(2026, 2, 10), "mental-health");
		tie(c, "Ex-partner (S.)", "ex-partner", true, "Bedreigde persoon; contactverbod van kracht.");
		tie(c, "Moeder (W.)", "moeder", true, "Kevin woont tijdelijk bij haar.");
		event(c, date(2025, 4, 10), "arrest", "Aanhouding bedreiging", "Na melding van de ex-partner.", Provenance.VERIFIED, "org-politie");
		event(c, date(2025, 6, 1), "hearing", "Veroordeling", "Voorwaardelijke straf met contact- en locatieverbod.", Provenance.VERIFIED, "org-om");
		event(c, date(2026, 1, 13), "meeting", "Casusoverleg M1: meer informatie", "Eerste keer 'meer informatie'.", Provenance.DIRECT, ORG_ZVH);
		event(c, date(2026, 2, 10), "escalation", "Casusoverleg M2: opnieuw meer informatie, opgeschaald", "Naar het regieteam (niveau 3).", Provenance.DIRECT, ORG_ZVH);
		Escalation e = F.createEscalation();
		e.setId("esc-LV-06-01");
		e.setLevel(3);
		e.setAddressee("Regieteam ZVH Lindeveld");
		e.setDate(date(2026, 2, 10));
		e.setQuestion("Twee keer 'meer informatie' zonder voortgang: wie neemt de regie op de dreiging richting de ex-partner, en hoe sluiten we het domeingat tussen GGZ en reclassering?");
		e.setAnswer("Regieteam 19 februari 2026: GGZ Lindeveld doet diagnostiek binnen drie weken als onderdeel van de bijzondere voorwaarden; de reclassering houdt de regie.");
		c.getEscalations().add(e);
	}

	private void buildYara() {
		Person yara = person("LV-07", "Yara", "Y.", Gender.FEMALE, 2002, AgeBand.YOUNG_ADULT, "mun-lindeveld",
				"Yara Hazelbroek", "Wilgenroosje 5 (beschermd wonen), 0416 WR Lindeveld", date(2002, 8, 8));
		yara.getFlags().add("LVB");
		Case c = newCase("LV-07", yara, CaseStatus.ACTIVE, "in-execution", 2, Urgency.HIGH, "sofie-van-leeuwen",
				"Jonge vrouw met LVB die financieel en seksueel wordt uitgebuit door een 'vriend'. Vrijwillig in beeld; zij heeft een toestemmingsverklaring getekend.",
				"Hoe bieden we Yara een veilige woonplek en begeleiding, en kan de politie de uitbuiting aanpakken zonder haar vertrouwen te verliezen?");
		c.getTags().add("uitbuiting");
		c.getTags().add("vrijwillig");
		c.setJudicialFrame("Geen; Yara is slachtoffer.");
		c.setRisks("Uitbuiting, seksueel geweld, schulden op haar naam.");
		c.setOpenedOn(date(2025, 12, 4));
		c.setKnownSince(date(2025, 10, 15));
		referral(c, date(2025, 11, 27), "field-referral", "org-lindehaven", "sofie-van-leeuwen",
				"Signalen van uitbuiting; Yara wil hulp maar is bang voor haar 'vriend'.", Urgency.HIGH);
		domain(c, "lvb", Severity.SEVERE, "LVB; begeleiding nodig bij geld en afspraken.", "org-lindehaven");
		domain(c, "relationships", Severity.CRISIS, "Afhankelijk van de uitbuiter.", "org-politie");
		domain(c, "income", Severity.SEVERE, "Uitkering wordt door de 'vriend' opgenomen.", "org-gemeente-lindeveld");
		domain(c, "debts", Severity.MODERATE, "Telefoonabonnementen op haar naam.", "org-gemeente-lindeveld");
		domain(c, "housing", Severity.MODERATE, "Sinds december in beschermd wonen.", "org-lindehaven");
		domain(c, "network", Severity.SEVERE, "Geen steunend netwerk.", null);
		involvement(c, "org-lindehaven", "sofie-van-leeuwen", "case-director", true, date(2025, 10, 15), "housing", "lvb");
		involvement(c, "org-politie", "ruud-veenstra", "enforcement", false, date(2025, 12, 4), "justice", "relationships");
		involvement(c, "org-gemeente-lindeveld", "bas-hendriks", "debt-help", false, date(2025, 12, 4), "income", "debts");
		involvement(c, "org-ggd", "linda-meijer", "outreach", true, date(2025, 10, 20), "self-reliance");
		ConsentRecord consent = F.createConsentRecord();
		consent.setId("consent-LV-07-01");
		consent.setScope("Delen van gegevens over wonen, inkomen, LVB-begeleiding en veiligheid met de partners in het casusoverleg.");
		consent.setBasis(DisclosureBasis.CONSENT);
		consent.setSignedOn(date(2025, 12, 4));
		consent.setExpiresOn(date(2026, 12, 4));
		for (String id : List.of(ORG_ZVH, "org-lindehaven", "org-gemeente-lindeveld", "org-politie", "org-ggd")) {
			consent.getRecipients().add(orgs.get(id));
		}
		c.getConsents().add(consent);
		disclosure(c, "disc-LV-07-01", "Veiligheid: signalen van uitbuiting", date(2026, 1, 20), DisclosureBasis.CONSENT,
				"org-lindehaven", "org-politie", true, false, consent);
		event(c, date(2025, 10, 15), "signal", "Signaal uitbuiting", "Begeleider ziet dat haar uitkering direct wordt opgenomen.", Provenance.DIRECT, "org-lindehaven");
		event(c, date(2025, 12, 4), "intake", "Toestemmingsverklaring getekend", "In een driegesprek met Sofie van Leeuwen.", Provenance.DIRECT, "org-lindehaven");
		event(c, date(2025, 12, 10), "placement", "Beschermd wonen", "Plaatsing bij Lindehaven.", Provenance.DIRECT, "org-lindehaven");
	}

	private void buildHamid() {
		Person hamid = person("LV-08", "Hamid", "H.", Gender.MALE, 1984, AgeBand.ADULT, "mun-lindeveld",
				"Hamid Ravensburgh", "PI De Lindehorst (postadres), 0417 PL Lindeveld", date(1984, 3, 27));
		hamid.getTargetGroups().add("zeer actieve veelpleger");
		Case c = newCase("LV-08", hamid, CaseStatus.IN_DETENTION, "in-execution", 1, Urgency.HIGH, "youssef-amrani",
				"De ISD-maatregel loopt af op 20 maart 2026. Zonder plan dreigt terugval in het oude patroon (meer dan 60 antecedenten).",
				"Staan wonen, inkomen, zorg en dagbesteding klaar bij het einde van de ISD, en wie houdt daarna de regie?");
		c.getTags().add("ISD");
		c.getTags().add("veelpleger");
		c.setJudicialFrame("ISD-maatregel (twee jaar), einde 20 maart 2026.");
		c.setRisks("Recidive (vermogensdelicten), terugval in heroïnegebruik.");
		c.setOpenedOn(date(2025, 11, 10));
		c.setKnownSince(date(2004, 1, 1));
		referral(c, date(2025, 11, 3), "end-of-measure", "org-pi", "youssef-amrani",
				"Einde ISD over vijf maanden; nazorgplan nodig.", Urgency.NORMAL);
		domain(c, "housing", Severity.MODERATE, "Kan tijdelijk bij zijn zus wonen.", "org-gemeente-lindeveld");
		domain(c, "addiction", Severity.MODERATE, "Heroïne in het verleden; stabiel op methadon.", "org-lindestroom");
		domain(c, "income", Severity.SEVERE, "Uitkering aanvragen vóór vrijlating.", "org-gemeente-lindeveld");
		domain(c, "justice", Severity.SEVERE, "ISD; meer dan 60 antecedenten.", "org-pi");
		domain(c, "daytime-activity", Severity.MODERATE, "Werkt in de PI in de houtwerkplaats.", null);
		domain(c, "physical-health", Severity.MODERATE, "Hepatitis C, in behandeling.", "org-lindestroom");
		involvement(c, "org-pi", "youssef-amrani", "case-director", true, date(2024, 3, 20), "justice", "daytime-activity");
		involvement(c, "org-gemeente-lindeveld", "fatma-yilmaz", "aftercare", true, date(2025, 11, 10), "housing", "income");
		involvement(c, "org-lindestroom", "mila-dekker", "care-provider", true, date(2024, 3, 20), "addiction", "physical-health");
		involvement(c, "org-reclassering", "mark-de-boer", "supervision", false, date(2026, 1, 13), "justice");
		tie(c, "Zus (N.)", "zus", true, "Biedt tijdelijk onderdak na de ISD.");
		event(c, date(2024, 3, 20), "detention", "Begin ISD-maatregel", "Opgelegd voor twee jaar.", Provenance.VERIFIED, "org-pi");
		event(c, date(2025, 11, 3), "referral", "Melding einde maatregel", "Door de casemanager van de PI.", Provenance.DIRECT, "org-pi");
		event(c, date(2026, 1, 13), "meeting", "Besproken in het casusoverleg (M1)", "Basisvoorwaarden in kaart; D&R-plan gedeeld.", Provenance.DIRECT, ORG_ZVH);
		event(c, date(2026, 2, 2), "intake", "Zus biedt onderdak", "Plaats bij Lindehaven niet meer nodig.", Provenance.VIA_CLIENT_UNVERIFIED, "org-pi");
	}

	private void buildGijs() {
		Person gijs = person("LV-09", "Gijs", "G.", Gender.MALE, 1965, AgeBand.ADULT, "mun-brakelmeer",
				"Gijs Donkerbroek", "Reigersbek 22, 0472 RB Brakelmeer", date(1965, 12, 1));
		Case c = newCase("LV-09", gijs, CaseStatus.ACTIVE, "escalated", 1, Urgency.NORMAL, "rik-kuipers",
				"Ernstige alcoholverslaving en zelfverwaarlozing; de woning is vervuild. Geen voorziening voor langdurig verblijf past: te jong voor het verpleeghuis, te zorgintensief voor beschermd wonen.",
				"Welke tijdelijke oplossing is haalbaar, en melden we het ontbreken van een voorziening als beleidssignaal?");
		c.getTags().add("zelfverwaarlozing");
		c.setJudicialFrame("Geen.");
		c.setRisks("Zelfverwaarlozing, valgevaar, brandgevaar in de woning.");
		c.setOpenedOn(date(2025, 12, 9));
		c.setKnownSince(date(2023, 6, 1));
		referral(c, date(2025, 12, 1), "field-referral", ORG_BRAKELSTEDE, "dennis-schouten",
				"Woning ernstig vervuild; buren klagen over stank; bewoner weigert hulp.", Urgency.NORMAL);
		domain(c, "addiction", Severity.CRISIS, "Drinkt dagelijks meer dan 20 eenheden.", "org-lindestroom");
		domain(c, "self-reliance", Severity.CRISIS, "Verwaarloost zichzelf en de woning.", "org-gemeente-brakelmeer");
		domain(c, "physical-health", Severity.SEVERE, "Leverschade; valt regelmatig.", null);
		domain(c, "housing", Severity.SEVERE, "Woning vervuild; ontruiming dreigt.", ORG_BRAKELSTEDE);
		domain(c, "network", Severity.SEVERE, "Geïsoleerd.", null);
		domain(c, "income", Severity.MILD, "Arbeidsongeschiktheidsuitkering.", null);
		involvement(c, "org-ggz", "rik-kuipers", "case-director", true, date(2025, 12, 9), "mental-health", "addiction");
		involvement(c, "org-lindestroom", "jeroen-visser", "care-provider", false, date(2025, 12, 9), "addiction");
		involvement(c, "org-gemeente-brakelmeer", "ingrid-posthuma", "municipality", true, date(2025, 12, 9), "self-reliance", "housing");
		involvement(c, ORG_BRAKELSTEDE, "dennis-schouten", "housing-provider", true, date(2023, 6, 1), "housing");
		involvement(c, "org-ggd", "linda-meijer", "outreach", false, date(2026, 2, 10), "self-reliance");
		tie(c, "Broer (H.)", "broer", false, "Woont in het buitenland; geen contact.");
		event(c, date(2023, 6, 1), "signal", "Eerste melding vervuiling", "Door de verhuurder.", Provenance.DIRECT, ORG_BRAKELSTEDE);
		event(c, date(2025, 12, 1), "referral", "Aanmelding door Brakelstede", "Na klachten van buren.", Provenance.DIRECT, ORG_BRAKELSTEDE);
		event(c, date(2026, 2, 10), "meeting", "Besproken in het casusoverleg (M2)", "Beleidssignaal aan de stuurgroep.", Provenance.DIRECT, ORG_ZVH);

		PolicySignal signal = F.createPolicySignal();
		signal.setId(POLICY_SIGNAL_LV09);
		signal.setTitle("Geen voorziening voor langdurig verblijf bij chronische alcoholproblematiek");
		signal.setGapType("provision");
		signal.setDescription("Voor mensen onder de 65 met chronische alcoholproblematiek en zelfverwaarlozing is in de regio geen woonvorm met 24-uurs toezicht: te jong voor het verpleeghuis, te zorgintensief voor beschermd wonen. De casus LV-09 blijft daardoor ronddraaien.");
		signal.setAddressee("Stuurgroep Veiligheid Lindeveld");
		signal.setDate(date(2026, 2, 12));
		signal.setResponse("Geagendeerd voor de stuurgroep van 19 maart 2026; de gemeenten verkennen gezamenlijke inkoop van een woonvorm.");
		signal.setCase(c);
		casebook.getPolicySignals().add(signal);

		Escalation e = F.createEscalation();
		e.setId("esc-LV-09-01");
		e.setLevel(4);
		e.setAddressee("Stuurgroep Veiligheid Lindeveld");
		e.setDate(date(2026, 2, 12));
		e.setQuestion("Wat betekent het ontbreken van een woonvorm met 24-uurs toezicht voor het beleid van de regio?");
		e.setPolicySignal(signal);
		c.getEscalations().add(e);
	}

	private void buildMarco() {
		Person marco = person("LV-10", "Marco", "M.", Gender.MALE, 1994, AgeBand.ADULT, "mun-wilgendonk",
				"Marco Wilgendaal", "Eendenkooi 4, 0481 EK Wilgendonk", date(1994, 7, 12));
		Case c = newCase("LV-10", marco, CaseStatus.LOW_FLAME, "monitored", 2, Urgency.NORMAL, "ahmed-benali",
				"Vrijwillige cliënt van Lindestroom; stabiel sinds de zomer van 2025. Staat alleen nog op de lijst voor het geval hij opnieuw in de fout gaat.",
				"Kan de casus van de justitiële agenda, en wat is het afgesproken signaal om hem terug te agenderen?");
		c.getTags().add("vrijwillig");
		c.setNoodscenario("Bij een nieuw delict wordt Marco binnen een week opnieuw geagendeerd.");
		c.setJudicialFrame("Geen.");
		c.setOpenedOn(date(2024, 9, 3));
		c.setKnownSince(date(2019, 2, 1));
		domain(c, "addiction", Severity.MILD, "Stabiel, vrijwillig in behandeling.", "org-lindestroom");
		domain(c, "housing", Severity.NONE, "Eigen huurwoning.", null);
		domain(c, "daytime-activity", Severity.MILD, "Vrijwilligerswerk drie dagen per week.", null);
		domain(c, "justice", Severity.MILD, "Geen nieuwe delicten sinds 2024.", null);
		involvement(c, "org-lindestroom", "jeroen-visser", "care-provider", true, date(2024, 9, 3), "addiction");
		involvement(c, "org-lindehaven", "ahmed-benali", "case-director", true, date(2024, 9, 3), "housing", "daytime-activity");
		involvement(c, "org-politie", "ruud-veenstra", "information", false, date(2024, 9, 3), "justice");
		event(c, date(2024, 9, 3), "referral", "Aanmelding", "Na een reeks inbraken.", Provenance.DIRECT, "org-politie");
		event(c, date(2025, 7, 1), "signal", "Stabiel", "Zes maanden zonder gebruik en zonder politiecontact.", Provenance.DIRECT, "org-lindestroom");
	}

	private void buildTessa() {
		Person tessa = person("LV-11", "Tessa", "T.", Gender.FEMALE, 1989, AgeBand.ADULT, "mun-ravenskamp",
				"Tessa Ravenhorst", "Hooiberglaan 18, 0491 HL Ravenskamp", date(1989, 9, 25));
		Case c = newCase("LV-11", tessa, CaseStatus.ACTIVE, "scheduled", 1, Urgency.HIGH, "linda-meijer",
				"Huiselijk geweld waarbij Tessa slachtoffer is en ook geweld gebruikt naar haar partner; twee jonge kinderen. Woont in Ravenskamp, maar werk en netwerk liggen in Lindeveld.",
				"Welke gemeente en welke hulpverlener nemen de regie, en hoe borgen we de veiligheid van de kinderen?");
		c.getTags().add("huiselijk geweld");
		c.getTags().add("gemeentegrensoverschrijdend");
		c.setNoodscenario("Bij een nieuw incident legt de burgemeester van Ravenskamp een tijdelijk huisverbod op; Veilig Thuis wordt direct betrokken.");
		c.setJudicialFrame("Geen lopende zaak; eerdere aangifte ingetrokken.");
		c.setRisks("Geweld in het gezin, veiligheid van de kinderen.");
		c.setOpenedOn(date(2026, 2, 16));
		c.setKnownSince(date(2025, 8, 30));
		referral(c, date(2026, 2, 5), "field-referral", "org-politie", "ruud-veenstra",
				"Derde melding huiselijk geweld in een halfjaar; gezin valt tussen twee gemeenten.", Urgency.HIGH);
		domain(c, "relationships", Severity.SEVERE, "Wederzijds geweld.", null);
		domain(c, "parenting", Severity.SEVERE, "Kinderen getuige van geweld.", null);
		domain(c, "mental-health", Severity.MODERATE, "Klachten na jeugdtrauma.", null);
		domain(c, "network", Severity.MODERATE, "Familie in Lindeveld.", null);
		involvement(c, "org-politie", "ruud-veenstra", "enforcement", true, date(2025, 8, 30), "justice", "relationships");
		involvement(c, "org-ggd", "linda-meijer", "outreach", false, date(2026, 2, 16), "parenting", "mental-health");
		involvement(c, "org-gemeente-lindeveld", "henk-mulder", "municipality", false, date(2026, 2, 16), "relationships");
		tie(c, "Partner (D.)", "partner", true, "Ook pleger en slachtoffer.");
		tie(c, "Moeder (E.)", "moeder", true, "Woont in Lindeveld; vangt de kinderen soms op.");
		event(c, date(2025, 8, 30), "incident", "Melding huiselijk geweld", "Politie ter plaatse in Ravenskamp.", Provenance.VERIFIED, "org-politie");
		event(c, date(2026, 2, 5), "referral", "Aanmelding door de politie", "Na de derde melding.", Provenance.DIRECT, "org-politie");
	}

	private void buildJesse() {
		Person jesse = person("LV-12", "Jesse", "J.", Gender.MALE, 2000, AgeBand.ADULT, "mun-brakelmeer",
				"Jesse Kwartelveen", "Kwartelhof 12, 0471 KW Brakelmeer", date(2000, 10, 14));
		Case c = newCase("LV-12", jesse, CaseStatus.ACTIVE, "discussed", 1, Urgency.NORMAL, "ingrid-posthuma",
				"Overlast in de Kwartelhof, dezelfde straat als LV-02: harde muziek, bezoek tot diep in de nacht, vermoeden van handel vanuit de woning. De conflicten met Petra (LV-02) escaleren.",
				"Pakken we LV-02 en LV-12 samen op als straataanpak, en wie neemt het voortouw richting de verhuurder?");
		c.getTags().add("straataanpak");
		c.setJudicialFrame("Geen; politie onderzoekt meldingen over handel.");
		c.setRisks("Escalatie van het burenconflict met LV-02.");
		c.setOpenedOn(date(2026, 2, 3));
		c.setKnownSince(date(2025, 5, 1));
		referral(c, date(2026, 1, 29), "field-referral", "org-gemeente-brakelmeer", "ingrid-posthuma",
				"Buurt wil één aanpak voor de straat.", Urgency.NORMAL);
		domain(c, "nuisance", Severity.SEVERE, "Veel meldingen van buren.", "org-politie");
		domain(c, "addiction", Severity.MODERATE, "Cannabis, mogelijk meer.", null);
		domain(c, "daytime-activity", Severity.MODERATE, "Geen werk of opleiding.", null);
		domain(c, "housing", Severity.MODERATE, "Waarschuwing van de verhuurder.", ORG_BRAKELSTEDE);
		involvement(c, "org-politie", "ruud-veenstra", "enforcement", true, date(2025, 5, 1), "nuisance", "justice");
		involvement(c, "org-gemeente-brakelmeer", "ingrid-posthuma", "case-director", false, date(2026, 1, 29), "nuisance");
		involvement(c, ORG_BRAKELSTEDE, "dennis-schouten", "housing-provider", true, date(2025, 5, 1), "housing");
		event(c, date(2025, 5, 1), "signal", "Eerste overlastmelding", "Geluidsoverlast.", Provenance.DIRECT, "org-politie");
		event(c, date(2026, 2, 10), "meeting", "Besproken in het casusoverleg (M2)", "Gekoppeld aan LV-02: één straataanpak.", Provenance.DIRECT, ORG_ZVH);
	}

	private void buildOlaf() {
		Person olaf = person("LV-13", "Olaf", "O.", Gender.MALE, 1980, AgeBand.ADULT, "mun-lindeveld",
				"Olaf Lindenberghe", "Berkenhaag 40, 0418 BH Lindeveld", date(1980, 6, 30));
		Case c = newCase("LV-13", olaf, CaseStatus.CLOSED, "aftercare", 1, Urgency.NORMAL, "jeroen-visser",
				"Voormalig zeer actieve veelpleger met heroïneverslaving; twee jaar justitieel casemanagement via Lindestroom.",
				"Is afsluiten verantwoord, en hoe ziet de nazorg eruit?");
		c.getTags().add("nazorg");
		c.setJudicialFrame("Geen meer; bijzondere voorwaarden in 2024 afgelopen.");
		c.setOpenedOn(date(2023, 11, 14));
		c.setKnownSince(date(2005, 1, 1));
		c.setClosedOn(date(2025, 12, 16));
		c.setClosureReason("Doelen bereikt: twee jaar zonder recidive en niet meer op de veelplegerslijst; woning en dagbesteding stabiel. Warme overdracht naar reguliere zorg (FACT-team GGZ Lindeveld); nazorg met een kwartaalgesprek, hooguit 18 maanden.");
		domain(c, "addiction", Severity.MILD, "Stabiel op substitutiebehandeling.", "org-lindestroom");
		domain(c, "housing", Severity.NONE, "Eigen woning via tweedekansbeleid.", null);
		domain(c, "justice", Severity.NONE, "Twee jaar geen nieuwe delicten.", null);
		domain(c, "daytime-activity", Severity.MILD, "Werkt in de fietsenwerkplaats.", null);
		involvement(c, "org-lindestroom", "jeroen-visser", "case-director", true, date(2023, 11, 14), "addiction", "justice");
		involvement(c, "org-ggz", "rik-kuipers", "care-provider", true, date(2025, 11, 1), "mental-health", "addiction");
		event(c, date(2023, 11, 14), "intake", "Start justitieel casemanagement", "Traject van twee jaar.", Provenance.DIRECT, "org-lindestroom");
		event(c, date(2025, 12, 16), "closure", "Afgesloten", "Exitgesprek gevoerd; nazorg per kwartaal.", Provenance.DIRECT, "org-lindestroom");
	}

	private Person person(String caseNumber, String pseudonym, String initials, Gender gender, int birthYear,
			AgeBand ageBand, String municipalityId, String fullName, String address, Date birthDate) {
		Person p = F.createPerson();
		p.setId("subject-" + caseNumber);
		p.setPseudonym(pseudonym);
		p.setInitials(initials);
		p.setGender(gender);
		p.setBirthYear(birthYear);
		p.setAgeBand(ageBand);
		p.setMunicipality(municipalities.get(municipalityId));
		p.setIdentity(identity(caseNumber, fullName, address, birthDate));
		casebook.getSubjects().add(p);
		return p;
	}

	private ProtectedIdentity identity(String caseNumber, String fullName, String address, Date birthDate) {
		ProtectedIdentity id = F.createProtectedIdentity();
		id.setId("identity-" + caseNumber);
		id.setFullName(fullName);
		id.setBsn(DemoSupport.fakeBsn(++identityCount));
		id.setAddress(address);
		id.setBirthDate(birthDate);
		casebook.getIdentities().add(id);
		return id;
	}

	private Case newCase(String caseNumber, Subject subject, CaseStatus status, String phase, int complexity,
			Urgency urgency, String casusregisseur, String reason, String question) {
		Case c = F.createCase();
		c.setId(caseId(caseNumber));
		c.setCaseNumber(caseNumber);
		c.setSubject(subject);
		c.setStatus(status);
		c.setPhase(phase);
		c.setComplexity(complexity);
		c.setUrgency(urgency);
		c.setCasusregisseur(profs.get(casusregisseur));
		c.setReason(reason);
		c.setQuestion(question);
		casebook.getCases().add(c);
		cases.put(caseNumber, c);
		return c;
	}

	private void referral(Case c, Date date, String entryRoute, String referrerOrgId, String referrerProf, String reason,
			Urgency urgency) {
		Referral r = F.createReferral();
		r.setId("ref-" + c.getCaseNumber());
		r.setDate(date);
		r.setEntryRoute(entryRoute);
		r.setReferrer(orgs.get(referrerOrgId));
		r.setReferrerProfessional(profs.get(referrerProf));
		r.setReason(reason);
		r.setUrgency(urgency);
		c.setReferral(r);
	}

	private void domain(Case c, String key, Severity severity, String note, String responsibleOrgId) {
		LifeDomainStatus s = F.createLifeDomainStatus();
		s.setId("lds-" + c.getCaseNumber() + "-" + key);
		s.setDomain(domains.get(key));
		s.setSeverity(severity);
		s.setNote(note);
		s.setResponsible(responsibleOrgId == null ? null : orgs.get(responsibleOrgId));
		c.getLifeDomains().add(s);
	}

	private void involvement(Case c, String orgId, String profSlug, String role, boolean knowsPerson, Date since,
			String... domainKeys) {
		Involvement i = F.createInvolvement();
		i.setId("inv-" + c.getCaseNumber() + "-" + (c.getInvolvements().size() + 1));
		i.setOrganisation(orgs.get(orgId));
		i.setProfessional(profSlug == null ? null : profs.get(profSlug));
		i.setRole(role);
		i.setKnowsPerson(knowsPerson);
		i.setSince(since);
		for (String key : domainKeys) {
			i.getDomains().add(domains.get(key));
		}
		c.getInvolvements().add(i);
	}

	private void tie(Case c, String label, String relationship, boolean knowsPerson, String note) {
		InformalTie t = F.createInformalTie();
		t.setId("tie-" + c.getCaseNumber() + "-" + (c.getInformalTies().size() + 1));
		t.setLabel(label);
		t.setRelationship(relationship);
		t.setKnowsPerson(knowsPerson);
		t.setNote(note);
		c.getInformalTies().add(t);
	}

	private void event(Case c, Date date, String kind, String title, String description, Provenance provenance,
			String sourceOrgId) {
		TimelineEvent e = F.createTimelineEvent();
		e.setId("evt-" + c.getCaseNumber() + "-" + (c.getTimeline().size() + 1));
		e.setDate(date);
		e.setKind(kind);
		e.setTitle(title);
		e.setDescription(description);
		e.setProvenance(provenance);
		e.setSource(orgs.get(sourceOrgId));
		c.getTimeline().add(e);
	}

	private void disclosure(Case c, String id, String category, Date date, DisclosureBasis basis, String fromOrgId,
			String toOrgId, boolean clientInformed, boolean clientPresent, ConsentRecord consent) {
		Disclosure d = F.createDisclosure();
		d.setId(id);
		d.setCategory(category);
		d.setDate(date);
		d.setBasis(basis);
		d.setFrom(orgs.get(fromOrgId));
		d.setTo(orgs.get(toOrgId));
		d.setClientInformed(clientInformed);
		d.setClientPresent(clientPresent);
		d.setConsent(consent);
		c.getDisclosures().add(d);
	}

	private void link(String a, String b) {
		cases.get(a).getLinkedCases().add(cases.get(b));
		cases.get(b).getLinkedCases().add(cases.get(a));
	}

	// ---------------------------------------------------------------------------------------------
	// Meetings

	private void buildMeetings() {
		buildM1();
		buildM2();
		buildM3();
	}

	private void buildM1() {
		Meeting m = meeting(MEETING_M1, "Casusoverleg ZVH Lindeveld, 13 januari 2026", dateTime(2026, 1, 13, 10, 0),
				DefaultVocabulary.MEETING_TYPE_CASUSOVERLEG, true, "sanne-de-wit", "lotte-verbeek");
		m.setNotes("Elf deelnemers aanwezig. Woonstichting Brakelstede afwezig zonder bericht (sinds maart 2025 structureel). LV-01 liep drie minuten uit.");
		attend(m, "sanne-de-wit", AttendanceStatus.PRESENT, "chair", null);
		attend(m, "karim-el-idrissi", AttendanceStatus.PRESENT, "process-director", null);
		attend(m, "lotte-verbeek", AttendanceStatus.PRESENT, "secretary", null);
		attend(m, "fatma-yilmaz", AttendanceStatus.PRESENT, "delegate", null);
		attend(m, "chantal-bos", AttendanceStatus.PRESENT, "delegate", "Laatste overleg vóór de overdracht aan Erik Smeets.");
		attend(m, "pieter-van-dam", AttendanceStatus.PRESENT, "delegate", null);
		attend(m, "mark-de-boer", AttendanceStatus.PRESENT, "delegate", null);
		attend(m, "jeroen-visser", AttendanceStatus.PRESENT, "delegate", "Ook casusregisseur van LV-01.");
		attend(m, "rik-kuipers", AttendanceStatus.PRESENT, "delegate", null);
		attend(m, "linda-meijer", AttendanceStatus.PRESENT, "delegate", "Met twee petten: GGD en zorgbundel ZVH.");
		attend(m, "youssef-amrani", AttendanceStatus.PRESENT, "delegate", "Voor LV-04 en LV-08.");
		attend(m, "dennis-schouten", AttendanceStatus.ABSENT, "delegate", "Afwezig zonder bericht; woningcorporatie niet vertegenwoordigd.");

		item(m, AgendaItemKind.OPEN_AGREEMENTS, "Openstaande afspraken", null, null, Urgency.NORMAL, 10, 540,
				DecisionType.NONE, "Afspraken uit december doorgelopen; twee verlengd.", null, null);
		AgendaItem lv01 = item(m, AgendaItemKind.CASE, "LV-01 Robin", "LV-01",
				"Nieuwe aanhouding in september; opvang en detox lukken los van elkaar niet (intake-catch-22).",
				Urgency.HIGH, 10, 780, DecisionType.INTERVENE,
				"Lindestroom plant binnen twee weken een detox-intake; Lindehaven zoekt een plek voor na de detox; focusoverleg met Robin in februari.",
				cases.get("LV-01").getNoodscenario(), date(2026, 2, 24));
		lv01.setQuestion("Wie zet binnen twee weken een detox-intake in, en wat is ons noodscenario?");
		prep(lv01, "org-lindestroom", PreparationStatus.DELIVERED, null);
		prep(lv01, "org-politie", PreparationStatus.DELIVERED, "Overzicht antecedenten 2025.");
		prep(lv01, "org-reclassering", PreparationStatus.DELIVERED, null);
		prep(lv01, "org-ggz", PreparationStatus.DELIVERED, "Niet bekend bij de GGZ.");
		prep(lv01, ORG_BRAKELSTEDE, PreparationStatus.MISSING, "Geen reactie op het verzoek.");

		AgendaItem lv02 = item(m, AgendaItemKind.CASE, "LV-02 Petra", "LV-02",
				"Overlast houdt aan; drie bemoeizorgpogingen zonder contact.", Urgency.HIGH, 10, 600, DecisionType.INTERVENE,
				"GGD legt samen met de wijkagent een huisbezoek af; GGZ beoordeelt daarna of een zorgmachtiging nodig is.",
				cases.get("LV-02").getNoodscenario(), date(2026, 3, 10));
		lv02.setQuestion("Wie gaat er langs, en wanneer is een zorgmachtiging aan de orde?");
		prep(lv02, "org-ggd", PreparationStatus.DELIVERED, "Zorgbundel.");
		prep(lv02, "org-ggz", PreparationStatus.DELIVERED, null);
		prep(lv02, "org-politie", PreparationStatus.DELIVERED, "Veertien meldingen in 2025.");
		prep(lv02, ORG_BRAKELSTEDE, PreparationStatus.MISSING, "Geen reactie op het verzoek.");

		AgendaItem lv06 = item(m, AgendaItemKind.CASE, "LV-06 Kevin", "LV-06",
				"Nieuwe dreiging richting ex-partner ondanks het contactverbod.", Urgency.HIGH, 10, 660,
				DecisionType.MORE_INFORMATION,
				"Meer informatie nodig (1e keer): reclassering en OM brengen de risico's en de voorwaarden in kaart; GGZ deelt zonder toestemming niets.",
				cases.get("LV-06").getNoodscenario(), date(2026, 2, 10));
		lv06.setQuestion("Welke partner kan de dreiging beperken, en speelt psychiatrie mee?");
		prep(lv06, "org-reclassering", PreparationStatus.DELIVERED, null);
		prep(lv06, "org-politie", PreparationStatus.DELIVERED, null);
		prep(lv06, "org-om", PreparationStatus.DELIVERED, null);
		prep(lv06, "org-ggz", PreparationStatus.ASKED, "Beroepsgeheim: geen toestemming van Kevin.");

		AgendaItem lv08 = item(m, AgendaItemKind.CASE, "LV-08 Hamid", "LV-08",
				"ISD loopt af op 20 maart; nazorgplan ontbreekt nog.", Urgency.HIGH, 10, 540, DecisionType.INTERVENE,
				"Gemeente brengt de basisvoorwaarden in kaart; PI deelt het D&R-plan; Lindehaven houdt een plek vrij.", null,
				date(2026, 3, 10));
		lv08.setQuestion("Staan wonen, inkomen en zorg klaar bij het einde van de ISD?");
		prep(lv08, "org-pi", PreparationStatus.DELIVERED, "D&R-plan.");
		prep(lv08, "org-gemeente-lindeveld", PreparationStatus.DELIVERED, null);
		prep(lv08, "org-lindestroom", PreparationStatus.DELIVERED, "Methadonbeleid.");

		AgendaItem lv04 = item(m, AgendaItemKind.CASE, "LV-04 Dirk", "LV-04",
				"Vrijlating over vijf weken zonder ID, woning of inkomen.", Urgency.HIGH, 10, 480, DecisionType.INTERVENE,
				"ID-aanvraag vanuit de PI; voorschot op de uitkering; nachtopvang als overbrugging.", null, date(2026, 3, 10));
		lv04.setQuestion("Zijn de basisvoorwaarden op de dag van vrijlating geregeld?");
		prep(lv04, "org-pi", PreparationStatus.DELIVERED, null);
		prep(lv04, "org-gemeente-lindeveld", PreparationStatus.DELIVERED, null);
		prep(lv04, "org-lindehaven", PreparationStatus.ASKED, null);
	}

	private void buildM2() {
		Meeting m = meeting(MEETING_M2, "Casusoverleg ZVH Lindeveld, 10 februari 2026", dateTime(2026, 2, 10, 10, 0),
				DefaultVocabulary.MEETING_TYPE_CASUSOVERLEG, true, "sanne-de-wit", "lotte-verbeek");
		m.setNotes("Erik Smeets voor het eerst als gedelegeerde van de politie (opvolger van Chantal Bos). Brakelstede opnieuw afwezig. LV-05a–c als cluster besproken.");
		attend(m, "sanne-de-wit", AttendanceStatus.PRESENT, "chair", null);
		attend(m, "karim-el-idrissi", AttendanceStatus.PRESENT, "process-director", null);
		attend(m, "lotte-verbeek", AttendanceStatus.PRESENT, "secretary", null);
		attend(m, "bas-hendriks", AttendanceStatus.PRESENT, "delegate", "Voor het huishouden Lamberts.");
		attend(m, "ingrid-posthuma", AttendanceStatus.PRESENT, "delegate", "Voor LV-09 en LV-12.");
		attend(m, "erik-smeets", AttendanceStatus.PRESENT, "delegate", "Nieuwe gedelegeerde van de politie.");
		attend(m, "pieter-van-dam", AttendanceStatus.PRESENT, "delegate", null);
		attend(m, "mark-de-boer", AttendanceStatus.PRESENT, "delegate", null);
		attend(m, "eva-koster", AttendanceStatus.PRESENT, "guest", "Voor LV-03, vanuit de PI.");
		attend(m, "jeroen-visser", AttendanceStatus.PRESENT, "delegate", null);
		attend(m, "hanna-brouwer", AttendanceStatus.PRESENT, "delegate", "Voor LV-06.");
		attend(m, "linda-meijer", AttendanceStatus.PRESENT, "delegate", null);
		attend(m, "dennis-schouten", AttendanceStatus.ABSENT, "delegate", "Afwezig zonder bericht.");

		item(m, AgendaItemKind.OPEN_AGREEMENTS, "Openstaande afspraken uit M1", null, null, Urgency.NORMAL, 10, 600,
				DecisionType.NONE,
				"Afspraken uit M1: 6 gereed, 2 over de termijn (waarvan één wacht op akkoord van de politieleiding), 1 vervallen.",
				null, null);

		AgendaItem lv06 = item(m, AgendaItemKind.CASE, "LV-06 Kevin", "LV-06",
				"Informatie uit M1 verzameld, maar geen zicht op psychiatrie; nieuwe melding van de ex-partner.", Urgency.HIGH, 10,
				720, DecisionType.MORE_INFORMATION,
				"Opnieuw meer informatie nodig (2e keer). Omdat het overleg rondjes draait, schaalt de procesregisseur op naar het regieteam (niveau 3).",
				cases.get("LV-06").getNoodscenario(), date(2026, 2, 19));
		lv06.setQuestion("Wie neemt de regie op de dreiging, nu GGZ en reclassering het elk niet als hun domein zien?");
		prep(lv06, "org-reclassering", PreparationStatus.DELIVERED, null);
		prep(lv06, "org-ggz", PreparationStatus.DELIVERED, "Algemene informatie; geen dossierinhoud.");
		prep(lv06, "org-om", PreparationStatus.DELIVERED, null);

		AgendaItem lv05 = item(m, AgendaItemKind.CASE, "LV-05a–c Huishouden Lamberts (cluster)", "LV-05a",
				"Huishouden met schulden, dreigende huisuitzetting en een zoon van 16 met politiecontacten; zorgmijdend.",
				Urgency.NORMAL, 10, 600, DecisionType.INTERVENE,
				"Eén gezinsplan: Stadsbank doet schuldenonderzoek, GGD zoekt contact via de buurvrouw, wijkagent spreekt Jayden en zijn ouders.",
				"Bij een ontruimingsvonnis stelt de Stadsbank direct een crisisinterventie in.", date(2026, 3, 10));
		lv05.setQuestion("Welke vertrouwde introducer opent de deur, en wie spreekt met Jayden en zijn ouders?");
		prep(lv05, "org-gemeente-lindeveld", PreparationStatus.DELIVERED, "Schuldenoverzicht.");
		prep(lv05, "org-politie", PreparationStatus.DELIVERED, "Politiecontacten Jayden.");
		prep(lv05, "org-ggd", PreparationStatus.ASKED, null);

		AgendaItem lv09 = item(m, AgendaItemKind.CASE, "LV-09 Gijs", "LV-09",
				"Zelfverwaarlozing neemt toe; geen passende woonvoorziening.", Urgency.NORMAL, 10, 540, DecisionType.ESCALATE,
				"Tijdelijk: bemoeizorg en een schoonmaakactie met Brakelstede. Beleidssignaal aan de Stuurgroep Veiligheid: geen woonvorm met 24-uurs toezicht voor deze groep.",
				null, date(2026, 3, 10));
		lv09.setQuestion("Welke tijdelijke oplossing is haalbaar, en melden we het ontbreken van een voorziening als beleidssignaal?");
		prep(lv09, "org-ggz", PreparationStatus.DELIVERED, null);
		prep(lv09, "org-gemeente-brakelmeer", PreparationStatus.DELIVERED, null);
		prep(lv09, ORG_BRAKELSTEDE, PreparationStatus.MISSING, null);

		AgendaItem lv03 = item(m, AgendaItemKind.CASE, "LV-03 Sem (nieuw, vanuit de PI)", "LV-03",
				"Nieuw aangemeld vanuit de PI: SOM-prioriteit als jongvolwassene zonder kader.", Urgency.HIGH, 10, 600,
				DecisionType.INTERVENE,
				"Reclassering bereidt toezicht en een advies voor; gemeente zoekt woonruimte voor als de voorlopige hechtenis wordt geschorst.",
				null, date(2026, 3, 10));
		lv03.setQuestion("Wie bereidt vóór de zitting een plan voor onderwijs, wonen en toezicht voor?");
		prep(lv03, "org-pi", PreparationStatus.DELIVERED, "SOM-formulier.");
		prep(lv03, "org-reclassering", PreparationStatus.DELIVERED, null);
		prep(lv03, "org-ggz", PreparationStatus.ASKED, "Zorginformatie nog onvolledig.");

		AgendaItem lv12 = item(m, AgendaItemKind.CASE, "LV-12 Jesse (gekoppeld aan LV-02)", "LV-12",
				"Overlast in dezelfde straat als LV-02; conflicten tussen beide bewoners escaleren.", Urgency.NORMAL, 10, 480,
				DecisionType.INTERVENE, "Gekoppeld aan LV-02: één straataanpak onder regie van de gemeente Brakelmeer.", null,
				date(2026, 3, 10));
		lv12.setQuestion("Pakken we LV-02 en LV-12 samen op, en wie neemt het voortouw richting de verhuurder?");
		prep(lv12, "org-politie", PreparationStatus.DELIVERED, null);
		prep(lv12, "org-gemeente-brakelmeer", PreparationStatus.DELIVERED, null);
		prep(lv12, ORG_BRAKELSTEDE, PreparationStatus.MISSING, null);
	}

	private void buildM3() {
		Meeting m = meeting(MEETING_M3, "Focusoverleg LV-01 Robin, 24 februari 2026", dateTime(2026, 2, 24, 14, 0),
				DefaultVocabulary.MEETING_TYPE_FOCUSOVERLEG, false, "karim-el-idrissi", null);
		m.setLocation("Lindestroom, locatie Stationsweg");
		m.setNotes("Vijf professionals; Robin was bij de tweede helft. Gedeelde informatie is vastgelegd in het verstrekkingenlogboek.");
		attend(m, "karim-el-idrissi", AttendanceStatus.PRESENT, "chair", null);
		attend(m, "jeroen-visser", AttendanceStatus.PRESENT, "case-director", null);
		attend(m, "mila-dekker", AttendanceStatus.PRESENT, "physician", null);
		attend(m, "sofie-van-leeuwen", AttendanceStatus.PRESENT, "care-provider", null);
		attend(m, "fatma-yilmaz", AttendanceStatus.PRESENT, "aftercare-coordinator", null);
		Attendance client = F.createAttendance();
		client.setId("att-M3-client");
		client.setStatus(AttendanceStatus.PRESENT);
		client.setRole("client");
		client.setNote("Robin was aanwezig bij de tweede helft.");
		m.getAttendance().add(client);

		AgendaItem first = item(m, AgendaItemKind.CASE, "LV-01 Robin, deel 1: afstemming professionals", "LV-01",
				"Detox-intake gedaan, maar opname kan pas met een woonplek voor daarna; Robin viel terug.", Urgency.HIGH, 25,
				1560, DecisionType.NONE, "Voorstel voor Robin: proefplaats, detox en dagbesteding in één plan.", null, null);
		first.setQuestion("Kunnen we wonen, detox en dagbesteding in één plan en volgorde krijgen?");
		prep(first, "org-lindestroom", PreparationStatus.DELIVERED, null);
		prep(first, "org-lindehaven", PreparationStatus.DELIVERED, "Proefplaats beschikbaar vanaf maart.");
		prep(first, "org-gemeente-lindeveld", PreparationStatus.DELIVERED, null);
		AgendaItem second = item(m, AgendaItemKind.CASE, "LV-01 Robin, deel 2: plan met Robin", "LV-01",
				"Robin sluit aan; plan bespreken in zijn eigen woorden.", Urgency.HIGH, 30, 1860, DecisionType.INTERVENE,
				"Plan: proefplaats bij Lindehaven, daarna klinische detox bij Lindestroom, dagbesteding via de gemeente; Robin stemt in.",
				cases.get("LV-01").getNoodscenario(), date(2026, 4, 7));
		second.setQuestion("Wat wil Robin zelf, en waar zegt hij ja tegen?");
		item(m, AgendaItemKind.READ_BACK, "Afspraken teruglezen", null, null, Urgency.NORMAL, 5, 300, DecisionType.NONE,
				"Vier afspraken teruggelezen en door Robin bevestigd.", null, null);
	}

	private Meeting meeting(String id, String title, Date date, String typeKey, boolean inSeries, String chair,
			String secretary) {
		Meeting m = F.createMeeting();
		m.setId(id);
		m.setTitle(title);
		m.setDate(date);
		MeetingType type = meetingTypes.get(typeKey);
		m.setType(type);
		m.setDurationMinutes(type.getDefaultDurationMinutes());
		m.setLocation("Zaal De Linde, Zorg- en Veiligheidshuis Lindeveld");
		m.setState(MeetingState.CLOSED);
		m.setChair(profs.get(chair));
		m.setSecretary(secretary == null ? null : profs.get(secretary));
		if (inSeries) {
			m.setSeries(series);
		}
		casebook.getMeetings().add(m);
		meetings.put(id, m);
		return m;
	}

	private void attend(Meeting m, String profSlug, AttendanceStatus status, String role, String note) {
		Professional p = profs.get(profSlug);
		Attendance a = F.createAttendance();
		a.setId("att-" + m.getId().substring("meeting-".length()) + "-" + profSlug);
		a.setProfessional(p);
		a.setOrganisation(p.getOrganisation());
		a.setStatus(status);
		a.setRole(role);
		a.setNote(note);
		m.getAttendance().add(a);
	}

	private AgendaItem item(Meeting m, AgendaItemKind kind, String title, String caseNumber, String reason,
			Urgency urgency, int timebox, int actualSeconds, DecisionType decision, String decisionNote,
			String noodscenario, Date nextDate) {
		AgendaItem i = F.createAgendaItem();
		i.setId("item-" + m.getId().substring("meeting-".length()) + "-" + String.format("%02d", m.getItems().size() + 1));
		i.setKind(kind);
		i.setTitle(title);
		i.setCase(caseNumber == null ? null : cases.get(caseNumber));
		i.setReason(reason);
		i.setUrgency(urgency);
		i.setTimeboxMinutes(timebox);
		i.setActualDurationSeconds(actualSeconds);
		i.setDecision(decision);
		i.setDecisionNote(decisionNote);
		i.setNoodscenario(noodscenario);
		i.setNextDate(nextDate);
		m.getItems().add(i);
		return i;
	}

	private void prep(AgendaItem item, String orgId, PreparationStatus status, String note) {
		Preparation p = F.createPreparation();
		p.setId("prep-" + item.getId().substring("item-".length()) + "-" + orgId.substring("org-".length()));
		p.setOrganisation(orgs.get(orgId));
		p.setStatus(status);
		p.setNote(note);
		item.getPreparations().add(p);
	}

	// ---------------------------------------------------------------------------------------------
	// Agreements

	private void buildAgreements() {
		// Standing agreements from before M1 (no source meeting in this casebook).
		Agreement olaf = agreement("LV-13", "agr-LV-13-01", null, "Kwartaalgesprek nazorg met Olaf; stagnatie direct melden aan het ZVH.",
				AgreementType.CLIENT_CONTACT, AgreementStatus.OPEN, "jeroen-visser", "org-lindestroom", date(2025, 12, 16),
				date(2026, 3, 31), null, false);
		olaf.setConfirmedValidOn(date(2026, 1, 13));
		Agreement petraOld = agreement("LV-02", "agr-LV-02-01", null, "GGZ-beoordeling aan huis in november.",
				AgreementType.GATHER_INFORMATION, AgreementStatus.NOT_DONE, "hanna-brouwer", "org-ggz", date(2025, 11, 18),
				date(2025, 12, 15), null, false);
		petraOld.setNonCompletionReason(NonCompletionReason.NOT_CARRIED_OUT);

		// M1, 13 January: ten agreements. Reviewed in M2: 6 done, 2 overdue, 1 no longer valid; one not due yet.
		Meeting m1 = meetings.get(MEETING_M1);
		Date d1 = date(2026, 1, 13);
		agreement("LV-01", "agr-M1-01", m1, "Detox-intake voor Robin binnen twee weken.", AgreementType.INTERVENTION,
				AgreementStatus.DONE, "jeroen-visser", "org-lindestroom", d1, date(2026, 1, 27), date(2026, 1, 26), false);
		Agreement police = agreement("LV-01", "agr-M1-02", m1,
				"Politie levert wekelijks een incidentenoverzicht van Robin aan de casusregisseur (akkoord van de politieleiding nodig).",
				AgreementType.GATHER_INFORMATION, AgreementStatus.OPEN, "chantal-bos", "org-politie", d1, date(2026, 2, 3), null, true);
		police.setConfirmedValidOn(date(2026, 2, 10));
		agreement("LV-02", "agr-M1-03", m1, "Huisbezoek bij Petra door de GGD samen met de wijkagent.",
				AgreementType.CLIENT_CONTACT, AgreementStatus.DONE, "linda-meijer", "org-ggd", d1, date(2026, 1, 27),
				date(2026, 1, 22), false);
		agreement("LV-02", "agr-M1-04", m1, "Brakelstede deelt het overzicht van overlastmeldingen en de stand van de huurachterstand.",
				AgreementType.GATHER_INFORMATION, AgreementStatus.OPEN, null, ORG_BRAKELSTEDE, d1, date(2026, 1, 31), null, false);
		agreement("LV-06", "agr-M1-05", m1, "Reclassering brengt de risico's richting de ex-partner in kaart.",
				AgreementType.GATHER_INFORMATION, AgreementStatus.DONE, "mark-de-boer", "org-reclassering", d1,
				date(2026, 2, 6), date(2026, 2, 5), false);
		agreement("LV-06", "agr-M1-06", m1, "OM gaat na welke voorwaarden gelden en wat er bij overtreding mogelijk is.",
				AgreementType.GATHER_INFORMATION, AgreementStatus.DONE, "pieter-van-dam", "org-om", d1, date(2026, 2, 6),
				date(2026, 1, 30), false);
		agreement("LV-08", "agr-M1-07", m1, "Basisvoorwaarden voor het einde van de ISD in kaart brengen (ID, wonen, inkomen, zorg).",
				AgreementType.INTERVENTION, AgreementStatus.DONE, "fatma-yilmaz", "org-gemeente-lindeveld", d1,
				date(2026, 2, 10), date(2026, 2, 9), false);
		Agreement hamidPlace = agreement("LV-08", "agr-M1-08", m1, "Lindehaven houdt een plek vrij voor Hamid na de ISD.",
				AgreementType.INTERVENTION, AgreementStatus.NO_LONGER_VALID, "sofie-van-leeuwen", "org-lindehaven", d1,
				date(2026, 3, 1), null, false);
		hamidPlace.setNonCompletionReason(NonCompletionReason.CIRCUMSTANCES_CHANGED);
		agreement("LV-04", "agr-M1-09", m1, "ID-kaart voor Dirk aanvragen vanuit de PI.", AgreementType.INTERVENTION,
				AgreementStatus.DONE, "youssef-amrani", "org-pi", d1, date(2026, 2, 3), date(2026, 1, 28), false);
		agreement("LV-04", "agr-M1-10", m1, "Voorschot op de uitkering van Dirk regelen, uiterlijk het volgende casusoverleg.",
				AgreementType.INTERVENTION, AgreementStatus.OPEN, "bas-hendriks", "org-gemeente-lindeveld", d1,
				date(2026, 3, 10), null, false);

		// M2, 10 February: eight agreements.
		Meeting m2 = meetings.get(MEETING_M2);
		Date d2 = date(2026, 2, 10);
		agreement("LV-06", "agr-M2-01", m2, "Procesregisseur agendeert Kevin in het regieteam.", AgreementType.ESCALATION,
				AgreementStatus.DONE, "karim-el-idrissi", ORG_ZVH, d2, date(2026, 2, 20), date(2026, 2, 11), false);
		agreement("LV-06", "agr-M2-02", m2, "GGZ doet diagnostiek bij Kevin en deelt de uitkomst met de reclassering.",
				AgreementType.GATHER_INFORMATION, AgreementStatus.OPEN, "hanna-brouwer", "org-ggz", d2, date(2026, 3, 12), null, false);
		agreement("LV-05a", "agr-M2-03", m2, "Stadsbank doet een schuldenonderzoek voor het huishouden Lamberts.",
				AgreementType.INTERVENTION, AgreementStatus.OPEN, "bas-hendriks", "org-gemeente-lindeveld", d2,
				date(2026, 3, 10), null, false);
		agreement("LV-05a", "agr-M2-04", m2, "GGD zoekt via de buurvrouw contact met Ria.", AgreementType.CLIENT_CONTACT,
				AgreementStatus.OPEN, "linda-meijer", "org-ggd", d2, date(2026, 3, 3), null, false);
		agreement("LV-05c", "agr-M2-05", m2, "Wijkagent voert een gesprek met Jayden en zijn ouders.",
				AgreementType.CLIENT_CONTACT, AgreementStatus.DONE, "ruud-veenstra", "org-politie", d2, date(2026, 2, 28),
				date(2026, 2, 19), false);
		agreement("LV-09", "agr-M2-06", m2, "Procesregisseur stuurt het beleidssignaal naar de Stuurgroep Veiligheid.",
				AgreementType.ESCALATION, AgreementStatus.DONE, "karim-el-idrissi", ORG_ZVH, d2, date(2026, 2, 24),
				date(2026, 2, 12), false);
		agreement("LV-03", "agr-M2-07", m2, "Reclassering bereidt toezicht voor en levert vóór de zitting een advies aan het OM.",
				AgreementType.INTERVENTION, AgreementStatus.OPEN, "eva-koster", "org-reclassering", d2, date(2026, 3, 31), null, false);
		agreement("LV-12", "agr-M2-08", m2, "Gezamenlijk huisbezoek in de Kwartelhof (LV-02 en LV-12) met politie en verhuurder.",
				AgreementType.CLIENT_CONTACT, AgreementStatus.OPEN, "ingrid-posthuma", "org-gemeente-brakelmeer", d2,
				date(2026, 3, 10), null, false);

		// M3, 24 February, focusoverleg on LV-01: the plan in four agreements.
		Meeting m3 = meetings.get(MEETING_M3);
		Date d3 = date(2026, 2, 24);
		agreement("LV-01", "agr-M3-01", m3, "Proefplaats beschermd wonen bij Lindehaven voor Robin, zes weken.",
				AgreementType.INTERVENTION, AgreementStatus.OPEN, "sofie-van-leeuwen", "org-lindehaven", d3, date(2026, 3, 16), null, false);
		agreement("LV-01", "agr-M3-02", m3, "Opnamedatum klinische detox vastleggen, aansluitend op de proefplaats.",
				AgreementType.INTERVENTION, AgreementStatus.OPEN, "mila-dekker", "org-lindestroom", d3, date(2026, 3, 9), null, false);
		agreement("LV-01", "agr-M3-03", m3, "Dagbesteding in de fietsenwerkplaats regelen, start na de detox.",
				AgreementType.INTERVENTION, AgreementStatus.OPEN, "fatma-yilmaz", "org-gemeente-lindeveld", d3, date(2026, 3, 31), null, false);
		agreement("LV-01", "agr-M3-04", m3, "Casusregisseur ziet Robin wekelijks en evalueert het plan in een volgend focusoverleg.",
				AgreementType.CLIENT_CONTACT, AgreementStatus.OPEN, "jeroen-visser", "org-lindestroom", d3, date(2026, 4, 7), null, false);
	}

	private Agreement agreement(String caseNumber, String id, Meeting source, String description, AgreementType type,
			AgreementStatus status, String ownerSlug, String orgId, Date createdOn, Date dueDate, Date completedOn,
			boolean dependsOnHomeOrganisation) {
		Agreement a = F.createAgreement();
		a.setId(id);
		a.setDescription(description);
		a.setType(type);
		a.setStatus(status);
		a.setOwner(ownerSlug == null ? null : profs.get(ownerSlug));
		a.setOrganisation(orgs.get(orgId));
		a.setSourceMeeting(source);
		a.setCreatedOn(createdOn);
		a.setDueDate(dueDate);
		a.setCompletedOn(completedOn);
		a.setDependsOnHomeOrganisation(dependsOnHomeOrganisation);
		cases.get(caseNumber).getAgreements().add(a);
		return a;
	}

	// ---------------------------------------------------------------------------------------------
	// Regional network

	private void buildNetwork() {
		Covenant covenant = F.createCovenant();
		covenant.setId(COVENANT_ID);
		covenant.setName("ZVH Lindeveld 2025");
		covenant.setValidFrom(date(2025, 1, 1));
		covenant.setValidTo(date(2028, 12, 31));
		covenant.setRetentionYears(5);
		covenant.setSharingRules("Partners delen per casus alleen wat nodig is (need-to-know), op grond van de publieke taak of een wettelijke plicht. Medische gegevens alleen met toestemming of bij een wettelijke uitzondering. Iedere verstrekking wordt gelogd. Gegevens worden vijf jaar na afsluiting beoordeeld en zo nodig vernietigd. Wilgendonk treedt in 2026 (jaar 2) toe via de centrumgemeente.");
		casebook.getCovenants().add(covenant);
		task(covenant, ORG_ZVH, "Procesregie: triage, agenda, verslag, bewaking van afspraken en opschaling.");
		task(covenant, "org-gemeente-lindeveld", "Centrumgemeente: financiering van het ZVH, nazorg ex-gedetineerden, inkomen en schuldhulp (Stadsbank), ook namens Ravenskamp en vanaf 2026 Wilgendonk.");
		task(covenant, "org-gemeente-brakelmeer", "Regie op zorg en veiligheid in Brakelmeer; levert een vaste gedelegeerde.");
		task(covenant, "org-politie", "Gedelegeerde met mandaat; checkt politiegegevens van iedere agendapersoon.");
		task(covenant, "org-om", "Selecteert verdachten voor het overleg; zet strafrechtelijke kaders in.");
		task(covenant, "org-pi", "Meldt binnenkomst en vrijlating; deelt het D&R-plan.");
		task(covenant, "org-reclassering", "Advies, toezicht en gedragsinterventies; terugmelding aan het OM.");
		task(covenant, "org-lindestroom", "Verslavingszorg, verslavingsreclassering en justitieel casemanagement.");
		task(covenant, "org-ggz", "Specialistische ggz, FACT en crisisdienst; deelt binnen de grenzen van het beroepsgeheim.");
		task(covenant, "org-ggd", "Bemoeizorg; bundelt zorginformatie voor het casusoverleg.");
		task(covenant, ORG_BRAKELSTEDE, "Woonruimte, tweedekansbeleid en signalering van overlast en huurachterstand.");
		task(covenant, "org-lindehaven", "Opvang en beschermd wonen; proefplaatsen voor casussen van het overleg.");

		Date y2025 = date(2025, 1, 1);
		relation("rel-funding-gemeente-lindestroom", RelationKind.FUNDING, "org-gemeente-lindeveld", "org-lindestroom",
				"addiction-programme", "Financiert het verslavingsprogramma", y2025, null, 3, TensionDimension.NONE, "covenant",
				"Subsidie voor justitieel casemanagement verslaafden.", null);
		relation("rel-funding-gemeente-reclassering", RelationKind.FUNDING, "org-gemeente-lindeveld", "org-reclassering",
				"extra-capacity", "Financiert extra reclasseringscapaciteit", y2025, date(2026, 12, 31), 2, TensionDimension.NONE,
				"covenant", "Twee fte extra voor veelplegers, tijdelijk.", null);
		relation("rel-route-politie-zvh", RelationKind.REFERRAL, "org-politie", ORG_ZVH, "field-referral",
				"Aanmelding casussen (PGA, veelplegers)", y2025, null, 3, TensionDimension.NONE, "covenant", null, null);
		relation("rel-route-ggd-zvh", RelationKind.REFERRAL, "org-ggd", ORG_ZVH, "field-referral",
				"Aanmelding zorgmijders en verward gedrag", y2025, null, 3, TensionDimension.NONE, "covenant", null, null);
		relation("rel-route-zsm-zvh", RelationKind.REFERRAL, "org-om", ORG_ZVH, "zsm-plus",
				"ZSM-plus: complexe zaken naar het casusoverleg", y2025, null, 2, TensionDimension.NONE, "covenant",
				"Via de ZSM-tafel (politie, OM en partners) binnen de termijn van inverzekeringstelling.", null);
		relation("rel-route-pi-gemeente-lindeveld", RelationKind.REFERRAL, "org-pi", "org-gemeente-lindeveld",
				"prison-notice", "Melding binnenkomst en vrijlating", y2025, null, 3, TensionDimension.NONE, "covenant", null, null);
		relation("rel-route-pi-gemeente-brakelmeer", RelationKind.REFERRAL, "org-pi", "org-gemeente-brakelmeer",
				"prison-notice", "Melding binnenkomst en vrijlating", y2025, null, 2, TensionDimension.NONE, "covenant", null, null);
		relation("rel-route-lindehaven-lindestroom", RelationKind.REFERRAL, "org-lindehaven", "org-lindestroom",
				"field-referral", "Verwijzing bewoners met verslaving", y2025, null, 2, TensionDimension.NONE, "observation", null, null);
		relation("rel-mandate-om-reclassering", RelationKind.MANDATE, "org-om", "org-reclassering", "assignment",
				"Opdracht voor advies en toezicht", y2025, null, 3, TensionDimension.NONE, "covenant", null, null);
		relation("rel-escalation-zvh-stuurgroep", RelationKind.ESCALATION, ORG_ZVH, STEERING_BODY_ID, "level-4",
				"Opschaling naar de Stuurgroep Veiligheid", y2025, null, 2, TensionDimension.NONE, "covenant",
				"Voor beleidssignalen en partners die blokkeren.", null);
		relation("rel-info-ggd-zvh", RelationKind.INFORMATION_SHARING, "org-ggd", ORG_ZVH, "care-bundle",
				"Zorginformatie per agendapersoon", y2025, null, 3, TensionDimension.NONE, "covenant", null, null);
		relation("rel-info-reclassering-om", RelationKind.INFORMATION_SHARING, "org-reclassering", "org-om", "report",
				"Rapportages en terugmeldingen", y2025, null, 3, TensionDimension.NONE, "covenant", null, null);
		relation("rel-coop-reclassering-pi", RelationKind.COOPERATION, "org-reclassering", "org-pi", "co-location",
				"Reclasseringswerker werkt in de PI", y2025, null, 3, TensionDimension.NONE, "observation",
				"Eva Koster heeft een werkplek in PI De Lindehorst.", null);
		relation("rel-tension-lindehaven-lindestroom", RelationKind.TENSION, "org-lindehaven", "org-lindestroom",
				"intake-catch-22", "Intake-catch-22: geen wonen bij gebruik, geen detox zonder woning", date(2025, 6, 1), null, 2,
				TensionDimension.DOMAIN_GAP, "case",
				"Lindehaven neemt niemand op die actief gebruikt; Lindestroom start geen detox zonder woonplek voor daarna. Zichtbaar in LV-01.",
				"LV-01");
		relation("rel-tension-ggz-om", RelationKind.TENSION, "org-ggz", "org-om", "culture",
				"Beroepsgeheim tegenover veiligheid", y2025, null, 1, TensionDimension.CULTURE, "observation",
				"GGZ deelt zonder toestemming niets; het OM wil bij dreiging alles weten. Zichtbaar in LV-06.", "LV-06");
		relation("rel-missing-brakelstede-zvh", RelationKind.MISSING, ORG_BRAKELSTEDE, ORG_ZVH, "should-attend",
				"Woningcorporatie niet meer aan tafel", date(2025, 3, 1), null, 0, TensionDimension.NONE, "observation",
				"Brakelstede is verplichte partij van het casusoverleg maar komt sinds maart 2025 niet meer.", null);
		relation("rel-handover-lindestroom-ggz", RelationKind.HANDOVER, "org-lindestroom", "org-ggz", "warm-handover",
				"Warme overdracht naar het FACT-team", date(2025, 11, 1), null, 2, TensionDimension.NONE, "case",
				"Na afsluiting van het justitieel casemanagement.", "LV-13");
	}

	private void task(Covenant covenant, String orgId, String description) {
		Organisation party = orgs.get(orgId);
		covenant.getParties().add(party);
		CovenantTask t = F.createCovenantTask();
		t.setId("task-" + orgId.substring("org-".length()));
		t.setParty(party);
		t.setDescription(description);
		covenant.getTasks().add(t);
	}

	private void relation(String id, RelationKind kind, String sourceId, String targetId, String subtype, String label,
			Date from, Date to, int strength, TensionDimension tension, String knowledgeSource, String notes,
			String caseNumber) {
		Relation r = F.createRelation();
		r.setId(id);
		r.setKind(kind);
		r.setSource(orgs.get(sourceId));
		r.setTarget(orgs.get(targetId));
		r.setSubtype(subtype);
		r.setLabel(label);
		r.setValidFrom(from);
		r.setValidTo(to);
		r.setStrength(strength);
		r.setTension(tension);
		r.setKnowledgeSource(knowledgeSource);
		r.setNotes(notes);
		r.setCase(caseNumber == null ? null : cases.get(caseNumber));
		casebook.getRelations().add(r);
	}
}
