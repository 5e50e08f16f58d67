/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.LifeDomain;

/**
 * The default vocabulary keys Casustafel writes into casebooks, with their Dutch labels.
 * <p>
 * Keys are stable, English and lower-case with hyphens; they are what code and plug-ins compare.
 * The labels are the defaults stored with a casebook (for life domains) or shown when no other
 * vocabulary is contributed. The demo region and the synthetic generator use only these keys.
 * </p>
 * <p>
 * All maps are unmodifiable and keep the order in which the guide lists the terms.
 * </p>
 */
@SuppressWarnings("nls")
public final class DefaultVocabulary {

	/** Prefix of the id of a {@link LifeDomain} made by {@link #addLifeDomains(Casebook)}. */
	public static final String LIFE_DOMAIN_ID_PREFIX = "domain-";

	/** The 16 default life domains (leefgebieden): key to Dutch name. */
	public static final Map<String, String> LIFE_DOMAINS = ordered(
			"housing", "Wonen",
			"income", "Inkomen",
			"debts", "Schulden",
			"daytime-activity", "Werk, opleiding en dagbesteding",
			"addiction", "Verslaving",
			"mental-health", "Psychische gezondheid",
			"physical-health", "Lichamelijke gezondheid",
			"lvb", "Licht verstandelijke beperking (LVB)",
			"network", "Netwerk en familie",
			"relationships", "Relaties",
			"parenting", "Opvoeding",
			"justice", "Justitie",
			"nuisance", "Overlast",
			"self-reliance", "Zelfredzaamheid",
			"id-admin", "ID en administratieve status",
			"leisure", "Vrije tijd");

	/** Organisation types: key to Dutch label. */
	public static final Map<String, String> ORGANISATION_TYPES = ordered(
			"safety-house", "Zorg- en Veiligheidshuis",
			"municipality", "Gemeente",
			"police", "Politie",
			"public-prosecution", "Openbaar Ministerie",
			"prison", "Penitentiaire inrichting",
			"probation", "Reclassering",
			"addiction-care", "Verslavingszorg",
			"mental-health", "GGZ",
			"public-health", "GGD",
			"housing", "Woningcorporatie",
			"shelter", "Maatschappelijke opvang en beschermd wonen",
			"youth-care", "Jeugdzorg",
			"debt-help", "Schuldhulpverlening",
			"steering-body", "Stuurgroep / bestuurlijk escalatieorgaan");

	/** Case phases (the configurable life of a case, GUIDE 3): key to Dutch label. */
	public static final Map<String, String> PHASES = ordered(
			"signalled", "Gesignaleerd",
			"referred", "Aangemeld",
			"triaged", "Getrieerd",
			"routed", "Doorgeleid",
			"rejected", "Afgewezen (warme doorverwijzing)",
			"on-hold", "Aangehouden",
			"admitted", "Toegelaten",
			"scheduled", "Geagendeerd",
			"discussed", "Besproken",
			"in-execution", "In uitvoering",
			"monitored", "Gemonitord",
			"re-agendered", "Opnieuw geagendeerd",
			"escalated", "Opgeschaald",
			"closing", "Afsluiting",
			"aftercare", "Nazorg",
			"closed", "Afgesloten");

	/** Roles of professionals (role assignments, attendance) and of involvements: key to Dutch label. */
	public static final Map<String, String> ROLES = ordered(
			"chair", "Voorzitter",
			"process-director", "Procesregisseur",
			"secretary", "Secretaris",
			"case-director", "Casusregisseur",
			"delegate", "Gedelegeerde",
			"substitute-delegate", "Plaatsvervangend gedelegeerde",
			"policy-advisor", "Beleidsadviseur",
			"aftercare-coordinator", "Nazorgcoördinator",
			"debt-help", "Schuldhulpverlening",
			"neighbourhood-officer", "Wijkagent",
			"pga-coordinator", "Coördinator persoonsgerichte aanpak",
			"prosecutor", "Officier van justitie",
			"case-manager", "Casemanager",
			"probation-officer", "Reclasseringswerker",
			"supervision", "Toezicht",
			"learning-facilitator", "Leerprocesbegeleider",
			"physician", "Arts",
			"psychiatrist", "Psychiater",
			"care-provider", "Zorgverlener",
			"care-coordinator", "Zorgcoördinator",
			"outreach", "Bemoeizorg",
			"housing-provider", "Verhuurder",
			"enforcement", "Handhaving",
			"prosecution", "Vervolging",
			"aftercare", "Nazorg",
			"municipality", "Gemeentelijke regie",
			"information", "Informatie",
			"team-leader", "Teamleider",
			"escalation-contact", "Escalatiecontact",
			"client", "Cliënt",
			"guest", "Gast");

	/** Entry routes of a referral (GUIDE 3): key to Dutch label. */
	public static final Map<String, String> ENTRY_ROUTES = ordered(
			"field-referral", "Veldaanmelding",
			"om-selection", "Selectie verdachten door OM",
			"zsm-plus", "ZSM-plus",
			"prison-notice", "Melding vrijlating PI",
			"end-of-measure", "Einde maatregel",
			"prolific-offender-list", "Veelplegerslijst",
			"professional-escalation", "Opschaling door professional");

	/** Kinds of timeline events: key to Dutch label. */
	public static final Map<String, String> EVENT_KINDS = ordered(
			"signal", "Signaal",
			"referral", "Aanmelding",
			"triage", "Triage",
			"arrest", "Aanhouding",
			"detention", "Detentie",
			"hearing", "Zitting",
			"release", "Vrijlating",
			"intake", "Intake",
			"placement", "Plaatsing",
			"relapse", "Terugval",
			"incident", "Incident",
			"meeting", "Overleg",
			"escalation", "Opschaling",
			"closure", "Afsluiting");

	/** Gap types of policy signals: key to Dutch label. */
	public static final Map<String, String> GAP_TYPES = ordered(
			"provision", "Ontbrekende voorziening",
			"law", "Wet- en regelgeving",
			"funding", "Financiering",
			"capacity", "Capaciteit");

	/** Keys of the default meeting types. */
	public static final String MEETING_TYPE_CASUSOVERLEG = "casusoverleg";
	/** Key of the focusoverleg meeting type. */
	public static final String MEETING_TYPE_FOCUSOVERLEG = "focusoverleg";
	/** Key of the regieteam meeting type. */
	public static final String MEETING_TYPE_REGIETEAM = "regieteam";

	private DefaultVocabulary() {
		// constants only
	}

	/**
	 * Adds the 16 default life domains to a casebook, with ids {@code domain-<key>}.
	 *
	 * @param casebook the casebook to add to
	 * @return the new life domains by key, in guide order
	 */
	public static Map<String, LifeDomain> addLifeDomains(Casebook casebook) {
		Map<String, LifeDomain> result = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : LIFE_DOMAINS.entrySet()) {
			LifeDomain domain = CasebookFactory.eINSTANCE.createLifeDomain();
			domain.setId(LIFE_DOMAIN_ID_PREFIX + entry.getKey());
			domain.setKey(entry.getKey());
			domain.setName(entry.getValue());
			casebook.getLifeDomains().add(domain);
			result.put(entry.getKey(), domain);
		}
		return result;
	}

	private static Map<String, String> ordered(String... keysAndLabels) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndLabels.length; i += 2) {
			map.put(keysAndLabels[i], keysAndLabels[i + 1]);
		}
		return Collections.unmodifiableMap(map);
	}
}
