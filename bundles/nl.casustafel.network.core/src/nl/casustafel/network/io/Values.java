/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.io;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.RelationKind;
import nl.casustafel.model.TensionDimension;
import nl.casustafel.network.NetworkGraph;

/**
 * Reading and writing the values of network files: enumerations by literal or Dutch/English word,
 * days as yyyy-mm-dd (also d-m-yyyy and d/m/yyyy on import).
 */
final class Values {

	private static final Map<String, OrganisationLogic> LOGICS = new HashMap<>();

	private static final Map<String, RelationKind> KINDS = new HashMap<>();

	private static final Map<String, TensionDimension> TENSIONS = new HashMap<>();

	private static final List<DateTimeFormatter> DAY_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			strict("d-M-uuuu"), strict("d/M/uuuu"), strict("uuuu/M/d")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	static {
		for (OrganisationLogic logic : OrganisationLogic.VALUES) {
			LOGICS.put(key(logic.getLiteral()), logic);
		}
		alias(LOGICS, OrganisationLogic.CARE, "zorg"); //$NON-NLS-1$
		alias(LOGICS, OrganisationLogic.JUSTICE, "justitie", "strafrecht", "veiligheid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		alias(LOGICS, OrganisationLogic.MUNICIPALITY, "gemeente", "gemeentelijk"); //$NON-NLS-1$ //$NON-NLS-2$
		alias(LOGICS, OrganisationLogic.OTHER, "overig", "anders"); //$NON-NLS-1$ //$NON-NLS-2$
		for (RelationKind kind : RelationKind.VALUES) {
			KINDS.put(key(kind.getLiteral()), kind);
		}
		alias(KINDS, RelationKind.REFERRAL, "verwijzing", "route", "aanmelding"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		alias(KINDS, RelationKind.INFORMATION_SHARING, "informatie", "informatiedeling", "information"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		alias(KINDS, RelationKind.FUNDING, "financiering"); //$NON-NLS-1$
		alias(KINDS, RelationKind.MANDATE, "mandaat", "opdracht", "assignment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		alias(KINDS, RelationKind.ESCALATION, "opschaling"); //$NON-NLS-1$
		alias(KINDS, RelationKind.COVENANT, "convenant"); //$NON-NLS-1$
		alias(KINDS, RelationKind.COOPERATION, "samenwerking"); //$NON-NLS-1$
		alias(KINDS, RelationKind.TENSION, "spanning", "frictie"); //$NON-NLS-1$ //$NON-NLS-2$
		alias(KINDS, RelationKind.HANDOVER, "overdracht", "toezegging", "commitment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		alias(KINDS, RelationKind.MISSING, "ontbreekt", "afwezig", "ontbrekend"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		alias(KINDS, RelationKind.OTHER, "overig", "anders"); //$NON-NLS-1$ //$NON-NLS-2$
		for (TensionDimension tension : TensionDimension.VALUES) {
			TENSIONS.put(key(tension.getLiteral()), tension);
		}
		alias(TENSIONS, TensionDimension.NONE, "geen"); //$NON-NLS-1$
		alias(TENSIONS, TensionDimension.CULTURE, "cultuur"); //$NON-NLS-1$
		alias(TENSIONS, TensionDimension.STRUCTURE, "structuur"); //$NON-NLS-1$
		alias(TENSIONS, TensionDimension.DOMAIN_GAP, "domeinkloof", "domein"); //$NON-NLS-1$ //$NON-NLS-2$
		alias(TENSIONS, TensionDimension.FUNDING_RULE, "financieringsregel", "financiering"); //$NON-NLS-1$ //$NON-NLS-2$
		alias(TENSIONS, TensionDimension.REPRESENTATION, "representatie", "vertegenwoordiging"); //$NON-NLS-1$ //$NON-NLS-2$
		alias(TENSIONS, TensionDimension.SPLITTING, "splijting", "splitsing"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Values() {
		// static access only
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

	@SafeVarargs
	private static <T> void alias(Map<String, T> map, T value, String... words) {
		for (String word : words) {
			map.put(key(word), value);
		}
	}

	private static String key(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the logic, or {@code null} when the text names none */
	static OrganisationLogic logic(String text) {
		return LOGICS.get(key(text));
	}

	/** @return the kind, or {@code null} when the text names none */
	static RelationKind kind(String text) {
		return KINDS.get(key(text));
	}

	/** @return the tension, or {@code null} when the text names none */
	static TensionDimension tension(String text) {
		return TENSIONS.get(key(text));
	}

	/** @return the day as a model date (noon, local time), or {@code null} when the text is no day */
	static Date day(String text) {
		for (DateTimeFormatter format : DAY_FORMATS) {
			try {
				LocalDate day = LocalDate.parse(text.strip(), format);
				return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
			} catch (DateTimeParseException e) {
				// try the next format
			}
		}
		return null;
	}

	/** @return the day as yyyy-mm-dd, or an empty text for {@code null} */
	static String format(Date date) {
		return date == null ? "" : NetworkGraph.toLocalDate(date).toString(); //$NON-NLS-1$
	}

	/** @return the text, or an empty text for {@code null} */
	static String text(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
