/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of organisations and relations in CSV files and GraphML data, with the Dutch column
 * names accepted on import. Exports use the English keys.
 */
public final class NetworkColumns {

	/** Organisation and relation id. */
	public static final String ID = "id"; //$NON-NLS-1$

	/** Organisation name. */
	public static final String NAME = "name"; //$NON-NLS-1$

	/** Organisation short name. */
	public static final String SHORT_NAME = "shortName"; //$NON-NLS-1$

	/** Organisation logic: CARE, JUSTICE, MUNICIPALITY, OTHER (or zorg, justitie, gemeente, overig). */
	public static final String LOGIC = "logic"; //$NON-NLS-1$

	/** Organisation type (a vocabulary key such as {@code police}). */
	public static final String TYPE = "type"; //$NON-NLS-1$

	/** Notes of an organisation or relation. */
	public static final String NOTES = "notes"; //$NON-NLS-1$

	/** Relation kind: a {@link nl.casustafel.model.RelationKind} literal or its Dutch or English label. */
	public static final String KIND = "kind"; //$NON-NLS-1$

	/** Relation source: an organisation id or name. */
	public static final String SOURCE = "source"; //$NON-NLS-1$

	/** Relation target: an organisation id or name. */
	public static final String TARGET = "target"; //$NON-NLS-1$

	/** Relation subtype. */
	public static final String SUBTYPE = "subtype"; //$NON-NLS-1$

	/** Relation label. */
	public static final String LABEL = "label"; //$NON-NLS-1$

	/** First day a relation holds, yyyy-mm-dd. */
	public static final String VALID_FROM = "validFrom"; //$NON-NLS-1$

	/** Last day a relation holds, yyyy-mm-dd. */
	public static final String VALID_TO = "validTo"; //$NON-NLS-1$

	/** Relation strength, a whole number. */
	public static final String STRENGTH = "strength"; //$NON-NLS-1$

	/** Kind of tension: NONE, CULTURE, STRUCTURE, DOMAIN_GAP, FUNDING_RULE, REPRESENTATION, SPLITTING. */
	public static final String TENSION = "tension"; //$NON-NLS-1$

	/** Where the knowledge of a relation comes from (case, covenant, observation). */
	public static final String KNOWLEDGE_SOURCE = "knowledgeSource"; //$NON-NLS-1$

	/** The organisation columns, in export order. */
	public static final List<String> ORGANISATION_FIELDS = List.of(ID, NAME, SHORT_NAME, LOGIC, TYPE, NOTES);

	/** The relation columns, in export order. */
	public static final List<String> RELATION_FIELDS = List.of(ID, KIND, SOURCE, TARGET, SUBTYPE, LABEL, VALID_FROM,
			VALID_TO, STRENGTH, TENSION, KNOWLEDGE_SOURCE, NOTES);

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("naam", NAME), //$NON-NLS-1$
			Map.entry("organisatie", NAME), //$NON-NLS-1$
			Map.entry("korte naam", SHORT_NAME), Map.entry("kortenaam", SHORT_NAME), Map.entry("afkorting", SHORT_NAME), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("logica", LOGIC), Map.entry("organisatietype", TYPE), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("notities", NOTES), Map.entry("toelichting", NOTES), Map.entry("opmerkingen", NOTES), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("soort", KIND), Map.entry("relatiesoort", KIND), Map.entry("relatie", KIND), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("bron", SOURCE), Map.entry("van", SOURCE), Map.entry("doel", TARGET), Map.entry("naar", TARGET), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("subsoort", SUBTYPE), Map.entry("omschrijving", LABEL), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("geldig van", VALID_FROM), Map.entry("geldigvan", VALID_FROM), Map.entry("vanaf", VALID_FROM), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("geldig tot", VALID_TO), Map.entry("geldigtot", VALID_TO), Map.entry("tot", VALID_TO), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("sterkte", STRENGTH), Map.entry("spanning", TENSION), Map.entry("kennisbron", KNOWLEDGE_SOURCE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private NetworkColumns() {
		// static access only
	}

	/**
	 * @param header a column name as written in a file (any case, Dutch or English, with or without
	 *               spaces, hyphens or underscores)
	 * @param fields the fields that may match
	 * @return the field, or {@code null} when the column is unknown
	 */
	public static String field(String header, List<String> fields) {
		String plain = header.strip().toLowerCase(Locale.ROOT);
		String squeezed = plain.replaceAll("[\\s_\\-.]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
		for (String field : fields) {
			if (field.toLowerCase(Locale.ROOT).equals(squeezed)) {
				return field;
			}
		}
		String alias = ALIASES.get(plain);
		if (alias == null) {
			alias = ALIASES.get(squeezed);
		}
		return alias != null && fields.contains(alias) ? alias : null;
	}
}
