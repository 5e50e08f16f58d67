/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

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
import nl.casustafel.model.TensionDimension;
import nl.casustafel.model.TimelineEvent;
import nl.casustafel.model.Urgency;

/**
 * Generates synthetic casebooks of any size for tests and benchmarks.
 * <p>
 * The output depends only on the seed, the number of cases and the reference date: the same
 * arguments give an equal casebook (same ids, same values, same order) on every machine. Sizes are
 * proportional to the number of cases: one organisation per {@value #CASES_PER_ORGANISATION} cases
 * (at least {@value #MIN_ORGANISATIONS}), two to four professionals per organisation, one meeting
 * series per {@value #CASES_PER_SERIES} cases meeting monthly for two years with at most
 * {@value #MAX_CASE_ITEMS_PER_MEETING} case items per meeting, plus agreements, involvements, life
 * domains, timeline events, relations and covenants in realistic proportions. Everybody in it is
 * fictional: pseudonyms and names are built from syllables, identities use invented streets,
 * postcodes starting with 0 and BSN-like numbers failing the eleven-test. The result validates
 * without errors.
 * </p>
 * <p>
 * Ten thousand cases take a few seconds. Instances are immutable and may be shared.
 * </p>
 *
 * <pre>
 * Casebook big = new SyntheticCasebookGenerator(42).generate(10_000);
 * </pre>
 */
@SuppressWarnings("nls")
public final class SyntheticCasebookGenerator {

	/** Fewest organisations in a generated casebook: one of each kind at a casusoverleg table. */
	public static final int MIN_ORGANISATIONS = 12;

	/** Cases per organisation. */
	public static final int CASES_PER_ORGANISATION = 12;

	/** Cases per meeting series (one casusoverleg table). */
	public static final int CASES_PER_SERIES = 60;

	/** Most case items on one casusoverleg agenda. */
	public static final int MAX_CASE_ITEMS_PER_MEETING = 6;

	/** Months of meeting history per series. */
	public static final int MONTHS_OF_HISTORY = 24;

	private static final CasebookFactory F = CasebookFactory.eINSTANCE;

	private final long seed;
	private final LocalDate referenceDate;

	/**
	 * A generator with {@link DemoRegion#REFERENCE_DATE} as "today".
	 *
	 * @param seed the seed; equal seeds give equal casebooks
	 */
	public SyntheticCasebookGenerator(long seed) {
		this(seed, DemoRegion.REFERENCE_DATE);
	}

	/**
	 * @param seed          the seed; equal seeds give equal casebooks
	 * @param referenceDate "today" for the generated data: meetings before it are closed, the next
	 *                      one is planned, agreements due before it are overdue or settled
	 */
	public SyntheticCasebookGenerator(long seed, LocalDate referenceDate) {
		this.seed = seed;
		this.referenceDate = Objects.requireNonNull(referenceDate);
	}

	/**
	 * Generates a casebook.
	 *
	 * @param caseCount the number of cases, at least 0
	 * @return a new casebook, not in any resource
	 */
	public Casebook generate(int caseCount) {
		if (caseCount < 0) {
			throw new IllegalArgumentException("caseCount < 0: " + caseCount);
		}
		return new Run(caseCount).build();
	}

	/**
	 * @param caseCount a number of cases
	 * @return how many organisations {@link #generate(int)} makes for it
	 */
	public static int organisationCount(int caseCount) {
		return Math.max(MIN_ORGANISATIONS, caseCount / CASES_PER_ORGANISATION);
	}

	/**
	 * @param caseCount a number of cases
	 * @return how many meeting series {@link #generate(int)} makes for it
	 */
	public static int seriesCount(int caseCount) {
		return Math.max(1, (caseCount + CASES_PER_SERIES - 1) / CASES_PER_SERIES);
	}

	/**
	 * @param caseCount a number of cases
	 * @return how many municipalities {@link #generate(int)} makes for it
	 */
	public static int municipalityCount(int caseCount) {
		return Math.max(4, caseCount / 500);
	}

	// ---------------------------------------------------------------------------------------------
	// Vocabulary of the generator

	private static final String[] FIRST_START = { "Ro", "Ma", "Jo", "Pe", "Sa", "Ke", "Li", "Da", "Ni", "Wi", "Ge",
			"Ha", "Ti", "Bra", "Fre", "Ja", "Mar", "Ber", "Hen", "Ru", "Ste", "An", "El", "Se", "Lu", "No", "Ya", "Mi",
			"Ta", "Ce", "Do", "Fe", "Ri", "Kos", "Wou" };
	private static final String[] FIRST_END = { "bin", "rco", "ris", "ter", "nne", "vin", "sa", "ndy", "lem", "rit",
			"nk", "ra", "ke", "lo", "ssa", "mon", "tje", "ny", "ck", "ly", "ne", "do", "ri", "ma", "jn", "mid", "sse",
			"ra", "ud", "ek" };
	private static final String[] SURNAME_PREFIX = { "", "", "", "", "van ", "de ", "van der ", "van den ", "ter ",
			"de " };
	private static final String[] SURNAME_ROOT = { "Lin", "Bra", "Wil", "Ra", "Ver", "Hoog", "Mol", "Kamp", "Veld",
			"Donk", "Berg", "Stra", "Bos", "Hol", "Brink", "Mee", "Zand", "Ei", "Haze", "Wou", "Gal", "Ros", "Kor",
			"Vel", "Ham" };
	private static final String[] SURNAME_END = { "man", "stra", "kamp", "veld", "ink", "huis", "ing", "er", "ma",
			"sen", "hof", "dijk", "beek", "horst", "ens", "ert", "ga" };
	private static final String[] PLACE_START = { "Linde", "Brakel", "Ravens", "Wilgen", "Eiken", "Hazel", "Berken",
			"Vlier", "Essen", "Meidoorn", "Elzen", "Beuken", "Dorren", "Hulst", "Rietel", "Zwanen", "Kraaien",
			"Vossen", "Haver", "Gerst", "Wolfs", "Heide", "Lijster", "Kievit" };
	private static final String[] PLACE_END = { "veld", "meer", "kamp", "donk", "dorp", "horst", "broek", "wijk",
			"oord", "hoven", "dam", "rade", "loo", "zijl", "burg" };
	private static final String[] STREET_START = { "Kwartel", "Gagel", "Lisdodde", "Reiger", "Vlinder", "Populieren",
			"Kastanje", "Eenden", "Hooiberg", "Wilgenroosje", "Zwaluw", "Merel", "Fuut", "Distel", "Boterbloem",
			"Koekoek" };
	private static final String[] STREET_END = { "hof", "straat", "pad", "laan", "kade", "weg", "gaarde", "wal",
			"plein", "singel" };
	private static final String[] DISTRICTS = { "Noord", "Zuid", "Oost", "West", "Centrum", "Midden", "Buiten" };

	private static final String[] TYPES = { "safety-house", "municipality", "municipality", "police",
			"public-prosecution", "prison", "probation", "addiction-care", "mental-health", "public-health", "housing",
			"shelter" };
	private static final String[] EXTRA_TYPES = { "municipality", "police", "probation", "addiction-care",
			"mental-health", "public-health", "housing", "shelter", "youth-care", "debt-help", "prison",
			"public-prosecution", "safety-house" };
	private static final int[] EXTRA_TYPE_WEIGHTS = { 12, 10, 8, 10, 12, 5, 12, 8, 8, 6, 3, 3, 3 };

	private static final Map<String, String[]> NAME_PATTERNS = new HashMap<>();
	private static final Map<String, String[][]> INTERVENTIONS = new HashMap<>();
	private static final Map<String, String[]> FUNCTIONS = new HashMap<>();
	private static final Map<String, String> INVOLVEMENT_ROLES = new HashMap<>();

	static {
		NAME_PATTERNS.put("safety-house", new String[] { "Zorg- en Veiligheidshuis %s", "ZVH %s" });
		NAME_PATTERNS.put("municipality", new String[] { "Gemeente %s", "Gemeente %s" });
		NAME_PATTERNS.put("police", new String[] { "Politie basisteam %s", "Politie" });
		NAME_PATTERNS.put("public-prosecution", new String[] { "OM parket %s", "OM" });
		NAME_PATTERNS.put("prison", new String[] { "PI De %s", "PI" });
		NAME_PATTERNS.put("probation", new String[] { "Reclassering unit %s", "Reclassering" });
		NAME_PATTERNS.put("addiction-care", new String[] { "Verslavingszorg %s", "Verslavingszorg" });
		NAME_PATTERNS.put("mental-health", new String[] { "GGZ %s", "GGZ" });
		NAME_PATTERNS.put("public-health", new String[] { "GGD %s", "GGD" });
		NAME_PATTERNS.put("housing", new String[] { "Woonstichting %s", "Woonstichting" });
		NAME_PATTERNS.put("shelter", new String[] { "Opvang %s", "Opvang" });
		NAME_PATTERNS.put("youth-care", new String[] { "Jeugdzorg %s", "Jeugdzorg" });
		NAME_PATTERNS.put("debt-help", new String[] { "Schuldhulp %s", "Schuldhulp" });

		INTERVENTIONS.put("safety-house", new String[][] { { "Casusoverleg complexe casuïstiek", "justice" },
				{ "Procesregie en opschaling", null } });
		INTERVENTIONS.put("municipality", new String[][] { { "Schuldhulpverlening", "debts" },
				{ "Voorschot levensonderhoud", "income" }, { "Nazorg ex-gedetineerden", "id-admin" },
				{ "Sociaal wijkteam", "self-reliance" } });
		INTERVENTIONS.put("police", new String[][] { { "Persoonsgerichte aanpak", "justice" },
				{ "Aanspreekgesprek wijkagent", "nuisance" } });
		INTERVENTIONS.put("public-prosecution", new String[][] { { "ZSM-afdoening", "justice" },
				{ "Vordering bijzondere voorwaarden", "justice" } });
		INTERVENTIONS.put("prison", new String[][] { { "D&R-plan en MDO", "justice" },
				{ "ID-aanvraag vanuit detentie", "id-admin" } });
		INTERVENTIONS.put("probation", new String[][] { { "Toezicht op bijzondere voorwaarden", "justice" },
				{ "Adviesrapportage", "justice" }, { "Werkstraf", "daytime-activity" } });
		INTERVENTIONS.put("addiction-care", new String[][] { { "Klinische detox", "addiction" },
				{ "Ambulante verslavingszorg", "addiction" }, { "Justitieel casemanagement", "addiction" } });
		INTERVENTIONS.put("mental-health", new String[][] { { "FACT-team", "mental-health" },
				{ "Crisisdienst", "mental-health" } });
		INTERVENTIONS.put("public-health", new String[][] { { "Bemoeizorg", "mental-health" },
				{ "Zorginformatie voor het casusoverleg", null } });
		INTERVENTIONS.put("housing", new String[][] { { "Tweedekansbeleid", "housing" },
				{ "Prikkelarme woning", "housing" } });
		INTERVENTIONS.put("shelter", new String[][] { { "Nachtopvang", "housing" }, { "Beschermd wonen", "housing" } });
		INTERVENTIONS.put("youth-care", new String[][] { { "Gezinscoaching", "parenting" },
				{ "Jeugdreclassering", "justice" } });
		INTERVENTIONS.put("debt-help", new String[][] { { "Budgetbeheer", "debts" }, { "Schuldsanering", "debts" } });

		FUNCTIONS.put("safety-house", new String[] { "Procesregisseur", "Voorzitter casusoverleg", "Secretaris" });
		FUNCTIONS.put("municipality", new String[] { "Nazorgcoördinator", "Consulent inkomen", "Beleidsadviseur veiligheid", "Regisseur sociaal domein" });
		FUNCTIONS.put("police", new String[] { "Wijkagent", "Coördinator PGA", "Jeugdagent" });
		FUNCTIONS.put("public-prosecution", new String[] { "Officier van justitie", "Parketsecretaris" });
		FUNCTIONS.put("prison", new String[] { "Casemanager", "Medewerker maatschappelijke dienstverlening" });
		FUNCTIONS.put("probation", new String[] { "Toezichthouder", "Adviseur", "Reclasseringswerker" });
		FUNCTIONS.put("addiction-care", new String[] { "Casemanager", "Verslavingsarts", "Ambulant begeleider" });
		FUNCTIONS.put("mental-health", new String[] { "Psychiater", "Verpleegkundige FACT", "Psycholoog" });
		FUNCTIONS.put("public-health", new String[] { "Sociaal verpleegkundige", "Bemoeizorger" });
		FUNCTIONS.put("housing", new String[] { "Consulent leefbaarheid", "Woonconsulent" });
		FUNCTIONS.put("shelter", new String[] { "Begeleider beschermd wonen", "Teamleider opvang" });
		FUNCTIONS.put("youth-care", new String[] { "Gezinscoach", "Jeugdreclasseerder" });
		FUNCTIONS.put("debt-help", new String[] { "Schuldhulpverlener", "Budgetcoach" });

		INVOLVEMENT_ROLES.put("safety-house", "information");
		INVOLVEMENT_ROLES.put("municipality", "aftercare");
		INVOLVEMENT_ROLES.put("police", "enforcement");
		INVOLVEMENT_ROLES.put("public-prosecution", "prosecution");
		INVOLVEMENT_ROLES.put("prison", "case-manager");
		INVOLVEMENT_ROLES.put("probation", "supervision");
		INVOLVEMENT_ROLES.put("addiction-care", "care-provider");
		INVOLVEMENT_ROLES.put("mental-health", "care-provider");
		INVOLVEMENT_ROLES.put("public-health", "outreach");
		INVOLVEMENT_ROLES.put("housing", "housing-provider");
		INVOLVEMENT_ROLES.put("shelter", "care-provider");
		INVOLVEMENT_ROLES.put("youth-care", "care-provider");
		INVOLVEMENT_ROLES.put("debt-help", "debt-help");
	}

	private static final Map<String, String> DOMAIN_PHRASES = new LinkedHashMap<>();
	private static final Map<String, String> DOMAIN_QUESTIONS = new LinkedHashMap<>();

	static {
		phrase("housing", "dakloosheid of een dreigende huisuitzetting", "Wie zorgt voor passende huisvesting, en wat is nodig om die te behouden?");
		phrase("income", "het ontbreken van een stabiel inkomen", "Hoe regelen we op korte termijn een inkomen?");
		phrase("debts", "problematische schulden", "Wie start schuldhulp, en hoe voorkomen we nieuwe schulden?");
		phrase("daytime-activity", "het ontbreken van werk, opleiding of dagbesteding", "Welke dagbesteding past, en wie regelt die?");
		phrase("addiction", "middelengebruik dat het dagelijks leven beheerst", "Is er een ingang voor verslavingszorg, vrijwillig of met drang?");
		phrase("mental-health", "vermoedelijk ernstige psychische problematiek", "Wie stelt vast wat er psychisch speelt, en is verplichte zorg aan de orde?");
		phrase("physical-health", "een zorgwekkende lichamelijke gezondheid", "Hoe krijgen we medische zorg op gang?");
		phrase("lvb", "een licht verstandelijke beperking zonder passende begeleiding", "Welke begeleiding sluit aan bij de beperking?");
		phrase("network", "een nauwelijks steunend netwerk", "Wie in het netwerk kan een rol spelen?");
		phrase("relationships", "een onveilige relatie of huiselijk geweld", "Hoe borgen we de veiligheid van de betrokkenen?");
		phrase("parenting", "zorgen over de opvoeding van de kinderen", "Wat hebben de kinderen nodig, en wie spreekt met de ouders?");
		phrase("justice", "herhaaldelijke contacten met politie en justitie", "Welk justitieel kader ondersteunt de aanpak?");
		phrase("nuisance", "aanhoudende overlast voor de buurt", "Hoe stoppen we de overlast zonder het probleem te verplaatsen?");
		phrase("self-reliance", "het niet zelfstandig kunnen redden", "Welke ondersteuning thuis is nodig?");
		phrase("id-admin", "het ontbreken van een geldig ID of briefadres", "Wie regelt ID en briefadres?");
		phrase("leisure", "vrije tijd in een negatief netwerk", "Welke vrijetijdsbesteding trekt weg uit het oude netwerk?");
	}

	private static final String[] REASON_CONTEXT = { "Meerdere partners zijn betrokken maar werken langs elkaar heen.",
			"Eerdere interventies hielden geen stand.", "De aanmelder weet het niet meer.",
			"Er is sprake van zorgmijding.", "Het einde van detentie of een maatregel komt in zicht.",
			"Buurtbewoners en verhuurder dringen aan op een aanpak.", "Niemand heeft op dit moment de regie.",
			"Er zijn signalen van escalatie." };
	private static final String[] ITEM_REASONS = { "Nieuw aangemeld.", "Afspraken uit het vorige overleg niet nagekomen.",
			"Nieuw incident gemeld.", "Voortgang bespreken.", "Einde detentie nadert.",
			"Nieuwe informatie van de aanmelder.", "Vraag om opschaling.", "Terugval na een stabiele periode." };
	private static final String[] GENERIC_QUESTIONS = { "Wie neemt de regie, en welke afspraken maken we voor de komende zes weken?",
			"Welk kader (drang of dwang) is passend als vrijwillige hulp niet lukt?",
			"Is opschaling naar het regieteam nodig?", "Kan de casus naar een lager niveau of worden afgesloten?" };
	private static final String[] NOODSCENARIOS = { "Bij een nieuw incident wordt de casus binnen een week opnieuw geagendeerd.",
			"Bij acuut gevaar schakelt de politie de crisisdienst in.",
			"Bij een nieuwe aanhouding vraagt het OM een justitieel kader aan.",
			"Bij uitval neemt de casusregisseur binnen twee dagen contact op met alle partners." };
	private static final String[] PHASE_OPEN = { "admitted", "scheduled", "discussed", "in-execution", "in-execution",
			"in-execution", "monitored", "monitored", "re-agendered" };
	private static final String[] TIES = { "moeder", "vader", "zus", "broer", "partner", "ex-partner", "buurvrouw",
			"vriend", "dochter", "zoon" };
	private static final String[] EVENT_TITLES = { "Melding", "Aanmelding", "Triage", "Aanhouding", "Zitting",
			"Intake", "Plaatsing", "Terugval", "Incident", "Huisbezoek" };
	private static final String[] EVENT_KINDS = { "signal", "referral", "triage", "arrest", "hearing", "intake",
			"placement", "relapse", "incident", "signal" };
	private static final String[] ENTRY_ROUTES = DefaultVocabulary.ENTRY_ROUTES.keySet().toArray(new String[0]);
	private static final String[] DOMAIN_KEYS = DefaultVocabulary.LIFE_DOMAINS.keySet().toArray(new String[0]);

	private static void phrase(String key, String phrase, String question) {
		DOMAIN_PHRASES.put(key, phrase);
		DOMAIN_QUESTIONS.put(key, question);
	}

	// ---------------------------------------------------------------------------------------------

	/** One generation: all mutable state lives here, so the generator itself stays immutable. */
	private final class Run {

		private final int caseCount;
		private final SplittableRandom random;
		private final Casebook casebook = F.createCasebook();
		private final List<Municipality> municipalities = new ArrayList<>();
		private Map<String, LifeDomain> domains;
		private final List<Organisation> organisations = new ArrayList<>();
		private final Map<Organisation, List<Professional>> staff = new HashMap<>();
		private final List<Organisation> safetyHouses = new ArrayList<>();
		private final Set<String> usedNames = new HashSet<>();
		private final List<List<Organisation>> pools = new ArrayList<>();
		private final List<List<Case>> seriesCases = new ArrayList<>();
		private MeetingType casusoverleg;
		private MeetingType focusoverleg;
		private MeetingType regieteam;
		private int professionalCount;
		private int meetingCount;
		private int agreementCount;
		private int relationCount;

		Run(int caseCount) {
			this.caseCount = caseCount;
			this.random = new SplittableRandom(seed ^ 0x5DEECE66DL * (caseCount + 1L));
		}

		Casebook build() {
			casebook.setId("casebook-synthetic-" + caseCount + "-" + seed);
			String region = place();
			casebook.setName("Synthetische regio " + region + " (" + caseCount + " casussen, seed " + seed + ")");
			casebook.setRegion(region);
			buildMunicipalities();
			domains = DefaultVocabulary.addLifeDomains(casebook);
			buildOrganisations();
			buildProfessionals();
			buildMeetingTypesAndPools();
			buildCases();
			buildMeetings();
			buildNetwork();
			return casebook;
		}

		// -----------------------------------------------------------------------------------------

		private void buildMunicipalities() {
			int count = municipalityCount(caseCount);
			for (int i = 0; i < count; i++) {
				Municipality m = F.createMunicipality();
				m.setId("mun-" + pad(i + 1, 3));
				m.setName(uniqueName(place()));
				m.setPopulation(i == 0 ? 100_000 + random.nextInt(150_000) : 8_000 + random.nextInt(52_000));
				m.setCentreMunicipality(i == 0 ? null : municipalities.get(0));
				casebook.getMunicipalities().add(m);
				municipalities.add(m);
			}
		}

		private void buildOrganisations() {
			int count = organisationCount(caseCount);
			for (int i = 0; i < count; i++) {
				String type = i < TYPES.length ? TYPES[i] : EXTRA_TYPES[weighted(EXTRA_TYPE_WEIGHTS)];
				Municipality municipality = i < TYPES.length
						? municipalities.get(type.equals("municipality") && i == 2 ? 1 : 0)
						: municipalities.get(skewedIndex(municipalities.size()));
				Organisation o = F.createOrganisation();
				o.setId("org-" + pad(i + 1, 4));
				o.setType(type);
				o.setLogic(logicOf(type));
				o.setMunicipality(municipality);
				String[] pattern = NAME_PATTERNS.get(type);
				String place = type.equals("municipality") || random.nextInt(3) > 0 ? municipality.getName() : place();
				o.setName(uniqueName(String.format(pattern[0], place)));
				o.setShortName(pattern[1].contains("%s") ? String.format(pattern[1], place) : pattern[1]);
				o.setSecrecyRegime(o.getLogic() == OrganisationLogic.CARE ? "Medisch beroepsgeheim"
						: "Publieke taak binnen het convenant");
				if (random.nextInt(4) == 0) {
					o.setIntakeRules("Aanmelding via het vaste formulier; intake binnen " + (1 + random.nextInt(6)) + " weken.");
				}
				o.setCapacity(10 + random.nextInt(300));
				o.setWaitingWeeks(random.nextInt(4) == 0 ? random.nextInt(26) : 0);
				String[][] catalogue = INTERVENTIONS.get(type);
				int interventions = 1 + random.nextInt(catalogue.length);
				for (int k = 0; k < interventions; k++) {
					Intervention intervention = F.createIntervention();
					intervention.setId("int-" + pad(i + 1, 4) + "-" + (k + 1));
					intervention.setName(catalogue[k][0]);
					intervention.setDescription(catalogue[k][0] + " van " + o.getName() + ".");
					intervention.setDomain(catalogue[k][1] == null ? null : domains.get(catalogue[k][1]));
					intervention.setCapacity(random.nextInt(100));
					intervention.setWaitingWeeks(random.nextInt(12));
					o.getInterventions().add(intervention);
				}
				casebook.getOrganisations().add(o);
				organisations.add(o);
				if (type.equals("safety-house")) {
					safetyHouses.add(o);
				}
			}
		}

		private void buildProfessionals() {
			Date start = date(referenceDate.minusYears(3));
			for (Organisation o : organisations) {
				List<Professional> people = new ArrayList<>();
				int count = 2 + random.nextInt(3);
				String[] functions = FUNCTIONS.get(o.getType());
				for (int k = 0; k < count; k++) {
					Professional p = F.createProfessional();
					p.setId("prof-" + pad(++professionalCount, 5));
					String first = firstName();
					String last = surname();
					p.setName(first + " " + last);
					p.setFunction(functions[k % functions.length]);
					p.setEmail(first.toLowerCase() + "." + last.replace(" ", "").toLowerCase() + "@"
							+ o.getId() + ".example");
					p.setOrganisation(o);
					p.setValidFrom(start);
					role(p, k == 0 ? "delegate" : roleFor(o.getType()), o, start, null);
					if (k == 1 && random.nextInt(10) == 0) {
						// A second hat: seconded to a safety house.
						role(p, "care-coordinator", safetyHouses.isEmpty() ? o : pick(safetyHouses), start, null);
					}
					casebook.getProfessionals().add(p);
					people.add(p);
				}
				// Delegate rotation in about one organisation in eight.
				if (random.nextInt(8) == 0) {
					Professional leaving = people.get(0);
					LocalDate rotation = referenceDate.minusDays(30 + random.nextInt(300));
					Date lastDay = date(rotation.minusDays(1));
					leaving.setValidTo(lastDay);
					leaving.getRoles().get(0).setValidTo(lastDay);
					Professional successor = F.createProfessional();
					successor.setId("prof-" + pad(++professionalCount, 5));
					String first = firstName();
					String last = surname();
					successor.setName(first + " " + last);
					successor.setFunction(leaving.getFunction());
					successor.setEmail(first.toLowerCase() + "." + last.replace(" ", "").toLowerCase() + "@"
							+ o.getId() + ".example");
					successor.setOrganisation(o);
					successor.setValidFrom(date(rotation));
					role(successor, "delegate", o, date(rotation), null);
					leaving.setSubstitute(successor);
					casebook.getProfessionals().add(successor);
					people.add(successor);
				} else if (people.size() > 1) {
					people.get(0).setSubstitute(people.get(1));
				}
				o.getEscalationContacts().add(people.get(people.size() > 2 ? 2 : 0));
				staff.put(o, people);
			}
		}

		private void role(Professional p, String role, Organisation hat, Date from, Date to) {
			RoleAssignment r = F.createRoleAssignment();
			r.setId("role-" + p.getId().substring(5) + "-" + (p.getRoles().size() + 1));
			r.setRole(role);
			r.setHat(hat);
			r.setValidFrom(from);
			r.setValidTo(to);
			p.getRoles().add(r);
		}

		private void buildMeetingTypesAndPools() {
			casusoverleg = meetingType(DefaultVocabulary.MEETING_TYPE_CASUSOVERLEG, "Casusoverleg", 60, 10, 6);
			focusoverleg = meetingType(DefaultVocabulary.MEETING_TYPE_FOCUSOVERLEG, "Focusoverleg", 60, 60, 1);
			regieteam = meetingType(DefaultVocabulary.MEETING_TYPE_REGIETEAM, "Regieteam", 90, 30, 2);
			for (int i = 0; i < Math.min(9, organisations.size()); i++) {
				casusoverleg.getRequiredParties().add(organisations.get(i));
			}
			casusoverleg.getRequiredParties().remove(organisations.get(2)); // the second municipality is optional
			regieteam.getRequiredParties().add(organisations.get(0));
			regieteam.getRequiredParties().add(organisations.get(1));

			int series = seriesCount(caseCount);
			int orgCount = organisations.size();
			for (int s = 0; s < series; s++) {
				// Each table: a safety house plus a window of partners, overlapping with its neighbours.
				List<Organisation> pool = new ArrayList<>();
				pool.add(safetyHouses.get(s % safetyHouses.size()));
				int window = Math.min(orgCount, 12);
				int offset = series == 1 ? 1 : (s * Math.max(1, orgCount / series)) % orgCount;
				for (int k = 0; pool.size() < window + 1 && k < orgCount; k++) {
					Organisation o = organisations.get((offset + k) % orgCount);
					if (!pool.contains(o)) {
						pool.add(o);
					}
				}
				pools.add(pool);
				seriesCases.add(new ArrayList<>());
			}
		}

		private MeetingType meetingType(String key, String name, int duration, int timebox, int maxCasesPerHour) {
			MeetingType t = F.createMeetingType();
			t.setId("mt-" + key);
			t.setKey(key);
			t.setName(name);
			t.setDefaultDurationMinutes(duration);
			t.setDefaultTimeboxMinutes(timebox);
			t.setMaxCasesPerHour(maxCasesPerHour);
			casebook.getMeetingTypes().add(t);
			return t;
		}

		// -----------------------------------------------------------------------------------------
		// Cases

		private void buildCases() {
			int identityCount = 0;
			int i = 0;
			while (i < caseCount) {
				int seriesIndex = i % pools.size();
				List<Organisation> pool = pools.get(seriesIndex);
				boolean household = caseCount - i >= 2 && random.nextInt(100) < 4;
				int members = household ? Math.min(caseCount - i, 2 + random.nextInt(2)) : 1;
				Municipality municipality = municipalities.get(skewedIndex(municipalities.size()));
				String street = street();
				Household h = null;
				if (household) {
					h = F.createHousehold();
					h.setId("subject-H" + pad(i + 1, 5));
					String familyName = surname();
					h.setPseudonym("Huishouden " + familyName);
					h.setInitials(familyName.substring(0, 1) + ".");
					h.setMunicipality(municipality);
					casebook.getSubjects().add(h);
				}
				List<Case> group = new ArrayList<>();
				for (int k = 0; k < members; k++, i++) {
					Person person = person(i + 1, municipality, street, h != null && k == members - 1);
					person.setIdentity(identity(++identityCount, person, street));
					if (h != null) {
						h.getMembers().add(person);
					}
					// Keep a household on one table.
					List<Organisation> table = h != null ? pools.get((i - k) % pools.size()) : pool;
					Case c = newCase(i + 1, person, table);
					seriesCases.get(h != null ? (i - k) % pools.size() : seriesIndex).add(c);
					group.add(c);
				}
				for (int a = 0; a < group.size(); a++) {
					for (int b = 0; b < group.size(); b++) {
						if (a != b) {
							group.get(a).getLinkedCases().add(group.get(b));
						}
					}
				}
			}
			// Street links: about one case in thirty shares a street with an earlier case on its table.
			for (List<Case> cases : seriesCases) {
				for (int k = 1; k < cases.size(); k++) {
					if (random.nextInt(30) == 0) {
						Case a = cases.get(k);
						Case b = cases.get(random.nextInt(k));
						if (!a.getLinkedCases().contains(b)) {
							a.getLinkedCases().add(b);
							b.getLinkedCases().add(a);
						}
					}
				}
			}
		}

		private Person person(int number, Municipality municipality, String street, boolean minorInHousehold) {
			Person p = F.createPerson();
			p.setId("subject-" + pad(number, 5));
			String pseudonym = firstName();
			p.setPseudonym(pseudonym);
			p.setInitials(pseudonym.substring(0, 1) + ".");
			int g = random.nextInt(100);
			p.setGender(g < 76 ? Gender.MALE : g < 97 ? Gender.FEMALE : g < 99 ? Gender.OTHER : Gender.UNKNOWN);
			int year = referenceDate.getYear();
			int band = minorInHousehold ? 0 : random.nextInt(100);
			if (band < 5) {
				p.setAgeBand(AgeBand.MINOR);
				p.setBirthYear(year - 12 - random.nextInt(6));
			} else if (band < 25) {
				p.setAgeBand(AgeBand.YOUNG_ADULT);
				p.setBirthYear(year - 19 - random.nextInt(5));
			} else {
				p.setAgeBand(AgeBand.ADULT);
				p.setBirthYear(year - 25 - random.nextInt(45));
			}
			p.setMunicipality(municipality);
			if (random.nextInt(6) == 0) {
				p.getFlags().add("LVB");
			}
			if (random.nextInt(5) == 0) {
				p.getTargetGroups().add(pick(new String[] { "veelpleger", "zeer actieve veelpleger", "verward gedrag",
						"jongvolwassene", "huiselijk geweld", "ex-gedetineerde" }));
			}
			casebook.getSubjects().add(p);
			return p;
		}

		private ProtectedIdentity identity(int number, Person person, String street) {
			ProtectedIdentity id = F.createProtectedIdentity();
			id.setId("identity-" + pad(number, 5));
			id.setFullName(person.getPseudonym() + " " + surname());
			id.setBsn(DemoSupport.fakeBsn(seed * 1_000_003L + number));
			id.setAddress(street + " " + (1 + random.nextInt(120)) + ", 0" + (100 + random.nextInt(900)) + " "
					+ (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + " "
					+ person.getMunicipality().getName());
			id.setBirthDate(date(LocalDate.of(person.getBirthYear(), 1 + random.nextInt(12), 1 + random.nextInt(28))));
			casebook.getIdentities().add(id);
			return id;
		}

		private Case newCase(int number, Person person, List<Organisation> table) {
			Case c = F.createCase();
			String caseNumber = "SY-" + pad(number, 5);
			c.setId("case-" + caseNumber);
			c.setCaseNumber(caseNumber);
			c.setSubject(person);
			int complexity = random.nextInt(100);
			c.setComplexity(complexity < 70 ? 1 : complexity < 92 ? 2 : 3);
			int u = random.nextInt(100);
			c.setUrgency(u < 70 ? Urgency.NORMAL : u < 95 ? Urgency.HIGH : Urgency.CRISIS);

			LocalDate opened = referenceDate.minusDays(14 + random.nextInt(MONTHS_OF_HISTORY * 30 + 180));
			LocalDate known = opened.minusDays(random.nextInt(3_650));
			c.setOpenedOn(date(opened));
			c.setKnownSince(date(known));
			int s = random.nextInt(100);
			boolean closed = s < 15 && opened.isBefore(referenceDate.minusMonths(9));
			if (closed) {
				c.setStatus(CaseStatus.CLOSED);
				c.setPhase(random.nextInt(3) == 0 ? "aftercare" : "closed");
				LocalDate closedOn = opened.plusDays(180 + random.nextInt(
						(int) Math.max(1, ChronoUnit.DAYS.between(opened.plusDays(180), referenceDate))));
				c.setClosedOn(date(closedOn.isBefore(referenceDate) ? closedOn : referenceDate.minusDays(1)));
				c.setClosureReason(pick(new String[] { "Doelen bereikt; reguliere hulp overgedragen (warme overdracht).",
						"Situatie gestabiliseerd; partners zetten de hulp zelf voort.",
						"Een jaar zonder nieuwe delicten; nazorg per kwartaal.",
						"Betrokkene verhuisd naar een andere regio; dossier overgedragen.",
						"Betrokkene stopt de samenwerking; partners blijven alert." }));
			} else {
				c.setStatus(s < 55 ? CaseStatus.ACTIVE : s < 67 ? CaseStatus.PRIORITY : s < 82 ? CaseStatus.LOW_FLAME
						: s < 88 ? CaseStatus.IN_CLINIC : CaseStatus.IN_DETENTION);
				c.setPhase(PHASE_OPEN[random.nextInt(PHASE_OPEN.length)]);
			}

			// Life domains: three to seven, the first two drive reason and question.
			int domainCount = 3 + random.nextInt(5);
			List<String> keys = distinctDomains(domainCount);
			for (int k = 0; k < keys.size(); k++) {
				LifeDomainStatus status = F.createLifeDomainStatus();
				status.setId("lds-" + caseNumber + "-" + keys.get(k));
				status.setDomain(domains.get(keys.get(k)));
				int sev = random.nextInt(100);
				status.setSeverity(k < 2 ? (sev < 60 ? Severity.SEVERE : sev < 80 ? Severity.CRISIS : Severity.MODERATE)
						: (sev < 10 ? Severity.UNKNOWN : sev < 20 ? Severity.NONE : sev < 45 ? Severity.MILD
								: sev < 75 ? Severity.MODERATE : Severity.SEVERE));
				if (random.nextInt(3) == 0) {
					status.setResponsible(pick(table));
				}
				c.getLifeDomains().add(status);
			}
			c.setReason("Aangemeld wegens " + DOMAIN_PHRASES.get(keys.get(0)) + " en " + DOMAIN_PHRASES.get(keys.get(1))
					+ ". " + pick(REASON_CONTEXT));
			c.setQuestion(random.nextInt(4) == 0 ? pick(GENERIC_QUESTIONS) : DOMAIN_QUESTIONS.get(keys.get(0)));
			if (random.nextInt(3) == 0) {
				c.setNoodscenario(pick(NOODSCENARIOS));
			}
			if (keys.contains("justice") || c.getStatus() == CaseStatus.IN_DETENTION) {
				c.setJudicialFrame(pick(new String[] { "Voorwaardelijke straf met bijzondere voorwaarden.",
						"Voorlopige hechtenis.", "ISD-maatregel.", "Voorwaardelijk sepot met meldplicht.",
						"Geen lopend kader." }));
			}
			if (random.nextInt(2) == 0) {
				c.setRisks(pick(new String[] { "Recidive.", "Overlast en agressie.", "Zelfverwaarlozing.",
						"Dreiging richting een benoemde persoon.", "Suïcidaliteit." }));
			}
			c.getTags().add(pick(new String[] { "veelpleger", "verward gedrag", "huiselijk geweld", "nazorg",
					"zorgmijding", "jongvolwassene", "overlast" }));

			// Casusregisseur and involvements: two to six partners of the table.
			int involvementCount = 2 + random.nextInt(5);
			List<Organisation> involved = distinct(table, involvementCount);
			Professional regisseur = null;
			for (int k = 0; k < involved.size(); k++) {
				Organisation o = involved.get(k);
				Involvement inv = F.createInvolvement();
				inv.setId("inv-" + caseNumber + "-" + (k + 1));
				inv.setOrganisation(o);
				Professional p = random.nextInt(8) == 0 ? null : pick(staff.get(o));
				inv.setProfessional(p);
				inv.setRole(k == 0 ? "case-director" : INVOLVEMENT_ROLES.get(o.getType()));
				inv.setKnowsPerson(k == 0 || random.nextInt(100) < 55);
				inv.setSince(date(opened.minusDays(random.nextInt(365))));
				inv.getDomains().add(domains.get(keys.get(k % keys.size())));
				if (random.nextInt(3) == 0) {
					LifeDomain extra = domains.get(keys.get(random.nextInt(keys.size())));
					if (!inv.getDomains().contains(extra)) {
						inv.getDomains().add(extra);
					}
				}
				c.getInvolvements().add(inv);
				if (k == 0) {
					regisseur = p != null ? p : staff.get(o).get(0);
				}
			}
			c.setCasusregisseur(regisseur);

			if (random.nextInt(10) < 8) {
				Referral r = F.createReferral();
				r.setId("ref-" + caseNumber);
				r.setDate(date(opened.minusDays(random.nextInt(21))));
				r.setEntryRoute(pick(ENTRY_ROUTES));
				Organisation referrer = pick(table);
				r.setReferrer(referrer);
				r.setReferrerProfessional(random.nextInt(2) == 0 ? pick(staff.get(referrer)) : null);
				r.setReason(c.getReason());
				r.setUrgency(c.getUrgency());
				c.setReferral(r);
			}

			int ties = random.nextInt(3);
			for (int k = 0; k < ties; k++) {
				InformalTie t = F.createInformalTie();
				t.setId("tie-" + caseNumber + "-" + (k + 1));
				String relationship = pick(TIES);
				t.setRelationship(relationship);
				t.setLabel(Character.toUpperCase(relationship.charAt(0)) + relationship.substring(1) + " ("
						+ (char) ('A' + random.nextInt(26)) + ".)");
				t.setKnowsPerson(random.nextInt(3) > 0);
				c.getInformalTies().add(t);
			}

			int events = 2 + random.nextInt(7);
			long span = Math.max(1, ChronoUnit.DAYS.between(known, referenceDate));
			List<LocalDate> eventDates = new ArrayList<>();
			for (int k = 0; k < events; k++) {
				eventDates.add(known.plusDays(random.nextLong(span)));
			}
			eventDates.sort(null);
			for (int k = 0; k < events; k++) {
				TimelineEvent e = F.createTimelineEvent();
				e.setId("evt-" + caseNumber + "-" + (k + 1));
				e.setDate(date(eventDates.get(k)));
				int kind = random.nextInt(EVENT_KINDS.length);
				e.setKind(EVENT_KINDS[kind]);
				e.setTitle(EVENT_TITLES[kind]);
				int prov = random.nextInt(10);
				e.setProvenance(prov < 6 ? Provenance.DIRECT : prov < 8 ? Provenance.VERIFIED
						: Provenance.VIA_CLIENT_UNVERIFIED);
				e.setSource(pick(involved));
				c.getTimeline().add(e);
			}

			if (random.nextInt(10) == 0) {
				ConsentRecord consent = F.createConsentRecord();
				consent.setId("consent-" + caseNumber + "-1");
				consent.setScope("Delen van gegevens met de partners in het casusoverleg.");
				consent.setBasis(DisclosureBasis.CONSENT);
				consent.setSignedOn(date(opened));
				consent.setExpiresOn(date(opened.plusYears(1)));
				consent.getRecipients().addAll(involved);
				c.getConsents().add(consent);
				Disclosure d = F.createDisclosure();
				d.setId("disc-" + caseNumber + "-1");
				d.setCategory(DefaultVocabulary.LIFE_DOMAINS.get(keys.get(0)));
				d.setDate(date(opened.plusDays(7)));
				d.setBasis(DisclosureBasis.CONSENT);
				d.setConsent(consent);
				d.setFrom(involved.get(0));
				d.setTo(involved.get(involved.size() - 1));
				d.setClientInformed(true);
				c.getDisclosures().add(d);
			} else if (random.nextInt(12) == 0) {
				Disclosure d = F.createDisclosure();
				d.setId("disc-" + caseNumber + "-1");
				d.setCategory(DefaultVocabulary.LIFE_DOMAINS.get(keys.get(0)));
				d.setDate(date(opened.plusDays(7)));
				d.setBasis(random.nextInt(3) == 0 ? DisclosureBasis.LEGAL_DUTY : DisclosureBasis.COVENANT);
				d.setFrom(involved.get(0));
				d.setTo(pick(table));
				d.setClientInformed(random.nextInt(2) == 0);
				c.getDisclosures().add(d);
			}

			casebook.getCases().add(c);
			return c;
		}

		// -----------------------------------------------------------------------------------------
		// Meetings, agendas and agreements

		private void buildMeetings() {
			for (int s = 0; s < pools.size(); s++) {
				List<Organisation> pool = pools.get(s);
				MeetingSeries series = F.createMeetingSeries();
				series.setId("series-" + pad(s + 1, 3));
				series.setName("Casusoverleg " + pool.get(0).getName() + " tafel " + (s + 1));
				series.setType(casusoverleg);
				casebook.getMeetingSeries().add(series);

				List<Case> cases = seriesCases.get(s);
				Map<Case, Integer> timesDiscussed = new HashMap<>();
				int weekday = random.nextInt(5);
				// Monthly for MONTHS_OF_HISTORY months up to the reference date, then the next one, planned.
				List<LocalDate> days = new ArrayList<>();
				for (int month = MONTHS_OF_HISTORY; month >= 0; month--) {
					LocalDate day = referenceDate.minusMonths(month).withDayOfMonth(1).plusDays(7 + weekday + (s % 7));
					if (day.isBefore(referenceDate)) {
						days.add(day);
					}
				}
				days.add(referenceDate.plusDays(7 + random.nextInt(21)));
				for (LocalDate day : days) {
					boolean past = day.isBefore(referenceDate);
					List<Case> agenda = chooseAgenda(cases, day, timesDiscussed);
					if (agenda.isEmpty() && past) {
						continue;
					}
					Meeting m = meeting(series, casusoverleg, day, pool, past);
					item(m, AgendaItemKind.OPEN_AGREEMENTS, null, 10, past);
					for (Case c : agenda) {
						AgendaItem item = item(m, AgendaItemKind.CASE, c, 10, past);
						if (past) {
							agreements(c, m, day, pool, 1 + random.nextInt(3));
							if (item.getDecision() == DecisionType.ESCALATE && c.getEscalations().isEmpty()) {
								escalate(c, day, pool);
							}
						}
					}
					if (past && random.nextInt(3) == 0) {
						item(m, AgendaItemKind.READ_BACK, null, 0, true);
					}
				}
			}
			// Focusoverleg for about one case in forty.
			for (int s = 0; s < pools.size(); s++) {
				for (Case c : seriesCases.get(s)) {
					if (random.nextInt(40) == 0) {
						LocalDate day = c.getOpenedOn().toInstant().atZone(DemoSupport.ZONE).toLocalDate()
								.plusDays(30 + random.nextInt(120));
						if (day.isBefore(referenceDate) && (c.getClosedOn() == null || c.getClosedOn().after(date(day)))) {
							List<Organisation> involved = new ArrayList<>();
							for (Involvement inv : c.getInvolvements()) {
								involved.add(inv.getOrganisation());
							}
							Meeting m = meeting(null, focusoverleg, day, involved, true);
							item(m, AgendaItemKind.CASE, c, 60, true);
							agreements(c, m, day, involved, 2 + random.nextInt(3));
						}
					}
				}
			}
		}

		private List<Case> chooseAgenda(List<Case> cases, LocalDate day, Map<Case, Integer> timesDiscussed) {
			Date when = date(day);
			List<Case> eligible = new ArrayList<>();
			for (Case c : cases) {
				if (!c.getOpenedOn().after(when) && (c.getClosedOn() == null || c.getClosedOn().after(when))) {
					eligible.add(c);
				}
			}
			// Least discussed first; ties keep the table's order, so the result is reproducible.
			eligible.sort((a, b) -> Integer.compare(timesDiscussed.getOrDefault(a, 0), timesDiscussed.getOrDefault(b, 0)));
			int size = Math.min(eligible.size(), 3 + random.nextInt(MAX_CASE_ITEMS_PER_MEETING - 2));
			List<Case> agenda = new ArrayList<>(eligible.subList(0, size));
			for (Case c : agenda) {
				timesDiscussed.merge(c, 1, Integer::sum);
			}
			return agenda;
		}

		private Meeting meeting(MeetingSeries series, MeetingType type, LocalDate day, List<Organisation> pool,
				boolean past) {
			Meeting m = F.createMeeting();
			m.setId("meeting-" + pad(++meetingCount, 5));
			m.setTitle(type.getName() + " " + (series == null ? pool.get(0).getName() : series.getName()) + ", " + day);
			m.setDate(DemoSupport.dateTime(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), 10, 0));
			m.setType(type);
			m.setDurationMinutes(type.getDefaultDurationMinutes());
			m.setLocation("Vergaderzaal " + pool.get(0).getShortName());
			m.setState(past ? MeetingState.CLOSED : MeetingState.PLANNED);
			m.setSeries(series);
			List<Professional> chairs = staff.get(pool.get(0));
			m.setChair(chairs.get(0));
			m.setSecretary(chairs.size() > 1 ? chairs.get(1) : null);
			int attendees = past ? Math.min(pool.size(), 6 + random.nextInt(6)) : 0;
			for (int k = 0; k < attendees; k++) {
				Organisation o = pool.get(k);
				Professional p = activeOn(staff.get(o), day);
				Attendance a = F.createAttendance();
				a.setId("att-" + m.getId().substring(8) + "-" + (k + 1));
				a.setProfessional(p);
				a.setOrganisation(o);
				a.setRole(k == 0 ? "chair" : "delegate");
				int st = random.nextInt(100);
				a.setStatus(k == 0 || st < 80 ? AttendanceStatus.PRESENT
						: st < 88 ? AttendanceStatus.ONLINE : st < 95 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT);
				m.getAttendance().add(a);
			}
			casebook.getMeetings().add(m);
			return m;
		}

		private AgendaItem item(Meeting m, AgendaItemKind kind, Case c, int timebox, boolean past) {
			AgendaItem i = F.createAgendaItem();
			i.setId("item-" + m.getId().substring(8) + "-" + (m.getItems().size() + 1));
			i.setKind(kind);
			i.setTimeboxMinutes(timebox);
			switch (kind) {
			case OPEN_AGREEMENTS -> i.setTitle("Openstaande afspraken");
			case READ_BACK -> i.setTitle("Afspraken teruglezen");
			default -> {
				i.setTitle(c.getCaseNumber() + " " + c.getSubject().getPseudonym());
				i.setCase(c);
				i.setReason(pick(ITEM_REASONS));
				i.setQuestion(c.getQuestion());
				i.setUrgency(c.getUrgency());
				if (past) {
					int d = random.nextInt(100);
					i.setDecision(d < 60 ? DecisionType.INTERVENE : d < 72 ? DecisionType.MORE_INFORMATION
							: d < 80 ? DecisionType.REFER : d < 84 ? DecisionType.ESCALATE
									: d < 88 ? DecisionType.CLOSE : DecisionType.REAGENDA);
					i.setDecisionNote("Besluit vastgelegd door de voorzitter.");
					i.setActualDurationSeconds(timebox * 60 - 180 + random.nextInt(420));
					if (c.getNoodscenario() != null && random.nextInt(2) == 0) {
						i.setNoodscenario(c.getNoodscenario());
					}
				}
				int preparations = Math.min(c.getInvolvements().size(), 1 + random.nextInt(3));
				for (int k = 0; k < preparations; k++) {
					Preparation p = F.createPreparation();
					p.setId("prep-" + i.getId().substring(5) + "-" + (k + 1));
					p.setOrganisation(c.getInvolvements().get(k).getOrganisation());
					int st = random.nextInt(100);
					p.setStatus(past ? (st < 80 ? PreparationStatus.DELIVERED : st < 90 ? PreparationStatus.ASKED
							: PreparationStatus.MISSING) : (st < 40 ? PreparationStatus.DELIVERED : PreparationStatus.ASKED));
					i.getPreparations().add(p);
				}
			}
			}
			if (past && i.getActualDurationSeconds() == 0 && timebox > 0) {
				i.setActualDurationSeconds(timebox * 60);
			}
			m.getItems().add(i);
			return i;
		}

		private void agreements(Case c, Meeting m, LocalDate day, List<Organisation> pool, int count) {
			for (int k = 0; k < count; k++) {
				Agreement a = F.createAgreement();
				a.setId("agr-" + pad(++agreementCount, 6));
				Organisation o = c.getInvolvements().isEmpty() || random.nextInt(4) == 0 ? pick(pool)
						: pick(c.getInvolvements()).getOrganisation();
				Professional owner = random.nextInt(20) == 0 ? null : activeOn(staff.get(o), day);
				a.setOwner(owner);
				a.setOrganisation(o);
				a.setSourceMeeting(m);
				a.setCreatedOn(date(day));
				LocalDate due = day.plusDays(14 + random.nextInt(50));
				a.setDueDate(date(due));
				a.setDependsOnHomeOrganisation(random.nextInt(12) == 0);
				int t = random.nextInt(100);
				AgreementType type = t < 40 ? AgreementType.INTERVENTION : t < 65 ? AgreementType.GATHER_INFORMATION
						: t < 77 ? AgreementType.REFERRAL : t < 92 ? AgreementType.CLIENT_CONTACT
								: t < 96 ? AgreementType.ESCALATION : AgreementType.OTHER;
				a.setType(type);
				a.setDescription(describe(type, o, c));
				if (due.isBefore(referenceDate)) {
					int st = random.nextInt(100);
					if (st < 65) {
						a.setStatus(AgreementStatus.DONE);
						a.setCompletedOn(date(day.plusDays(1 + random.nextInt((int) ChronoUnit.DAYS.between(day, due) + 7))));
					} else if (st < 80) {
						a.setStatus(AgreementStatus.OPEN); // overdue
					} else if (st < 88) {
						a.setStatus(AgreementStatus.NOT_DONE);
						a.setNonCompletionReason(random.nextInt(2) == 0 ? NonCompletionReason.NOT_CARRIED_OUT
								: NonCompletionReason.CIRCUMSTANCES_CHANGED);
					} else if (st < 95) {
						a.setStatus(AgreementStatus.NO_LONGER_VALID);
						a.setNonCompletionReason(NonCompletionReason.NO_LONGER_VALID);
					} else {
						a.setStatus(AgreementStatus.REPLACED);
					}
				} else {
					a.setStatus(random.nextInt(10) == 0 ? AgreementStatus.DONE : AgreementStatus.OPEN);
					if (a.getStatus() == AgreementStatus.DONE) {
						a.setCompletedOn(date(referenceDate.minusDays(1)));
					}
				}
				c.getAgreements().add(a);
			}
		}

		private String describe(AgreementType type, Organisation o, Case c) {
			String who = o.getShortName();
			String pseudonym = c.getSubject().getPseudonym();
			String domain = c.getLifeDomains().get(0).getDomain().getName().toLowerCase();
			return switch (type) {
			case INTERVENTION -> o.getInterventions().isEmpty() ? who + " zet hulp in op " + domain + "."
					: who + " start " + pick(o.getInterventions()).getName().toLowerCase() + " voor " + pseudonym + ".";
			case GATHER_INFORMATION -> who + " brengt " + domain + " in kaart en deelt dit met de casusregisseur.";
			case REFERRAL -> who + " verwijst " + pseudonym + " warm door voor " + domain + ".";
			case CLIENT_CONTACT -> "Huisbezoek bij " + pseudonym + " door " + who + ".";
			case ESCALATION -> "Procesregisseur legt de casus voor aan het regieteam.";
			default -> "Casusregisseur werkt het overzicht van betrokken partners bij.";
			};
		}

		private void escalate(Case c, LocalDate day, List<Organisation> pool) {
			Escalation e = F.createEscalation();
			e.setId("esc-" + c.getCaseNumber() + "-1");
			boolean policy = random.nextInt(4) == 0;
			e.setLevel(policy ? 4 : 3);
			e.setDate(date(day));
			e.setAddressee(policy ? "Stuurgroep Veiligheid " + casebook.getRegion() : "Regieteam " + pool.get(0).getShortName());
			e.setQuestion(policy ? "Wat betekent deze casus voor het beleid van de regio?"
					: "Het overleg draait rondjes: wie neemt de regie?");
			if (random.nextInt(2) == 0) {
				e.setAnswer("Regie belegd bij " + pick(pool).getName() + ".");
			}
			c.getEscalations().add(e);
			if (policy) {
				PolicySignal signal = F.createPolicySignal();
				signal.setId("signal-" + c.getCaseNumber());
				String gap = pick(DefaultVocabulary.GAP_TYPES.keySet().toArray(new String[0]));
				signal.setGapType(gap);
				signal.setTitle(DefaultVocabulary.GAP_TYPES.get(gap) + " blokkeert de aanpak van " + c.getCaseNumber());
				signal.setDescription(c.getReason());
				signal.setAddressee(e.getAddressee());
				signal.setDate(date(day.plusDays(2)));
				signal.setCase(c);
				casebook.getPolicySignals().add(signal);
				e.setPolicySignal(signal);
			}
			if (c.getStatus() != CaseStatus.CLOSED) {
				c.setPhase("escalated");
			}
			LocalDate regieteamDay = day.plusDays(7);
			if (!regieteamDay.isBefore(referenceDate)) {
				regieteamDay = day;
			}
			Meeting m = meeting(null, regieteam, regieteamDay, pool, true);
			item(m, AgendaItemKind.CASE, c, 30, true);
		}

		// -----------------------------------------------------------------------------------------
		// Regional network

		private void buildNetwork() {
			RelationKind[] kinds = { RelationKind.REFERRAL, RelationKind.INFORMATION_SHARING, RelationKind.FUNDING,
					RelationKind.MANDATE, RelationKind.COOPERATION, RelationKind.ESCALATION, RelationKind.TENSION,
					RelationKind.HANDOVER, RelationKind.MISSING, RelationKind.OTHER };
			int[] weights = { 30, 15, 10, 5, 15, 5, 8, 5, 4, 3 };
			TensionDimension[] tensions = { TensionDimension.CULTURE, TensionDimension.STRUCTURE,
					TensionDimension.DOMAIN_GAP, TensionDimension.FUNDING_RULE, TensionDimension.REPRESENTATION,
					TensionDimension.SPLITTING };
			int count = organisations.size() * 5 / 2;
			List<Organisation> funders = new ArrayList<>();
			for (Organisation o : organisations) {
				if (o.getLogic() == OrganisationLogic.MUNICIPALITY) {
					funders.add(o);
				}
			}
			for (int k = 0; k < count; k++) {
				RelationKind kind = kinds[weighted(weights)];
				Organisation source;
				if (kind == RelationKind.FUNDING) {
					source = pick(funders);
				} else if (kind == RelationKind.ESCALATION) {
					source = pick(safetyHouses);
				} else {
					source = organisations.get(skewedIndex(organisations.size()));
				}
				Organisation target = organisations.get(random.nextInt(organisations.size()));
				if (target == source) {
					target = organisations.get((organisations.indexOf(source) + 1) % organisations.size());
				}
				Relation r = F.createRelation();
				r.setId("rel-" + pad(++relationCount, 5));
				r.setKind(kind);
				r.setSource(source);
				r.setTarget(target);
				r.setLabel(relationLabel(kind) + ": " + source.getShortName() + " \u2192 "
						+ target.getShortName());
				LocalDate from = referenceDate.minusDays(30 + random.nextInt(1_500));
				r.setValidFrom(date(from));
				if (random.nextInt(10) == 0) {
					r.setValidTo(date(from.plusDays(90 + random.nextInt(600))));
				}
				r.setStrength(1 + random.nextInt(3));
				r.setTension(kind == RelationKind.TENSION ? pick(tensions) : TensionDimension.NONE);
				r.setKnowledgeSource(pick(new String[] { "covenant", "observation", "case" }));
				casebook.getRelations().add(r);
			}
			for (int k = 0; k < safetyHouses.size(); k++) {
				Organisation house = safetyHouses.get(k);
				Covenant covenant = F.createCovenant();
				covenant.setId("covenant-" + pad(k + 1, 3));
				covenant.setName("Convenant " + house.getName());
				covenant.setValidFrom(date(referenceDate.minusYears(1 + random.nextInt(3)).withDayOfYear(1)));
				covenant.setValidTo(date(referenceDate.plusYears(1 + random.nextInt(3)).withDayOfYear(1).minusDays(1)));
				covenant.setRetentionYears(2 + random.nextInt(4));
				covenant.setSharingRules("Need-to-know per casus op grond van de publieke taak; medische gegevens alleen met toestemming.");
				List<Organisation> parties = new ArrayList<>();
				parties.add(house);
				for (List<Organisation> pool : pools) {
					if (pool.get(0) == house) {
						for (Organisation o : pool) {
							if (!parties.contains(o)) {
								parties.add(o);
							}
						}
					}
				}
				for (Organisation party : parties) {
					covenant.getParties().add(party);
					CovenantTask task = F.createCovenantTask();
					task.setId("task-" + pad(k + 1, 3) + "-" + party.getId().substring(4));
					task.setParty(party);
					task.setDescription(DefaultVocabulary.ORGANISATION_TYPES.get(party.getType()) + ": levert een gedelegeerde en deelt wat nodig is.");
					covenant.getTasks().add(task);
				}
				casebook.getCovenants().add(covenant);
			}
		}

		// -----------------------------------------------------------------------------------------
		// Helpers

		private Professional activeOn(List<Professional> people, LocalDate day) {
			Date when = date(day);
			for (Professional p : people) {
				if (!p.getValidFrom().after(when) && (p.getValidTo() == null || !p.getValidTo().before(when))) {
					return p;
				}
			}
			return people.get(0);
		}

		private List<String> distinctDomains(int count) {
			List<String> keys = new ArrayList<>();
			while (keys.size() < count) {
				String key = DOMAIN_KEYS[random.nextInt(DOMAIN_KEYS.length)];
				if (!keys.contains(key)) {
					keys.add(key);
				}
			}
			return keys;
		}

		private <T> List<T> distinct(List<T> from, int count) {
			List<T> result = new ArrayList<>();
			int n = Math.min(count, from.size());
			while (result.size() < n) {
				T t = from.get(random.nextInt(from.size()));
				if (!result.contains(t)) {
					result.add(t);
				}
			}
			return result;
		}

		private int weighted(int[] weights) {
			int total = 0;
			for (int w : weights) {
				total += w;
			}
			int r = random.nextInt(total);
			for (int i = 0; i < weights.length; i++) {
				r -= weights[i];
				if (r < 0) {
					return i;
				}
			}
			return weights.length - 1;
		}

		/** An index skewed towards 0 (the centre municipality, the first organisations). */
		private int skewedIndex(int size) {
			return random.nextInt(3) == 0 ? 0 : random.nextInt(size);
		}

		private <T> T pick(List<T> list) {
			return list.get(random.nextInt(list.size()));
		}

		private <T> T pick(T[] array) {
			return array[random.nextInt(array.length)];
		}

		private String firstName() {
			return pick(FIRST_START) + pick(FIRST_END);
		}

		private String surname() {
			String root = pick(SURNAME_ROOT) + pick(SURNAME_END);
			return pick(SURNAME_PREFIX) + root;
		}

		private String place() {
			return pick(PLACE_START) + pick(PLACE_END);
		}

		private String street() {
			return pick(STREET_START) + pick(STREET_END);
		}

		private String uniqueName(String base) {
			if (usedNames.add(base)) {
				return base;
			}
			for (String district : DISTRICTS) {
				String name = base + "-" + district;
				if (usedNames.add(name)) {
					return name;
				}
			}
			for (int n = 2;; n++) {
				String name = base + " " + n;
				if (usedNames.add(name)) {
					return name;
				}
			}
		}

		private Date date(LocalDate day) {
			return DemoSupport.date(day);
		}
	}

	private static OrganisationLogic logicOf(String type) {
		return switch (type) {
		case "police", "public-prosecution", "prison", "probation" -> OrganisationLogic.JUSTICE;
		case "municipality", "debt-help" -> OrganisationLogic.MUNICIPALITY;
		case "addiction-care", "mental-health", "public-health", "shelter", "youth-care" -> OrganisationLogic.CARE;
		default -> OrganisationLogic.OTHER;
		};
	}

	private static String relationLabel(RelationKind kind) {
		return switch (kind) {
		case REFERRAL -> "Verwijzing";
		case INFORMATION_SHARING -> "Informatiedeling";
		case FUNDING -> "Financiering";
		case MANDATE -> "Opdracht";
		case ESCALATION -> "Opschaling";
		case COVENANT -> "Convenant";
		case COOPERATION -> "Samenwerking";
		case TENSION -> "Spanning";
		case HANDOVER -> "Overdracht";
		case MISSING -> "Ontbrekend";
		default -> "Relatie";
		};
	}

	private static String roleFor(String type) {
		return switch (type) {
		case "safety-house" -> "process-director";
		case "police" -> "neighbourhood-officer";
		case "public-prosecution" -> "prosecutor";
		case "prison" -> "case-manager";
		case "probation" -> "probation-officer";
		case "municipality" -> "aftercare-coordinator";
		default -> "care-provider";
		};
	}

	private static String pad(int number, int width) {
		String s = Integer.toString(number);
		if (s.length() >= width) {
			return s;
		}
		StringBuilder b = new StringBuilder(width);
		for (int i = s.length(); i < width; i++) {
			b.append('0');
		}
		return b.append(s).toString();
	}
}
