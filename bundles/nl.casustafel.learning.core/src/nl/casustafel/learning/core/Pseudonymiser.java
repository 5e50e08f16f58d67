/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.learning.core.internal.Messages;
import nl.casustafel.learning.model.LearningPackage.Literals;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.model.AgeBand;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Gender;
import nl.casustafel.model.Household;
import nl.casustafel.model.InformalTie;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.LifeDomainStatus;
import nl.casustafel.model.Municipality;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Person;
import nl.casustafel.model.Professional;
import nl.casustafel.model.ProtectedIdentity;
import nl.casustafel.model.Referral;
import nl.casustafel.model.Severity;
import nl.casustafel.model.Subject;
import nl.casustafel.model.TimelineEvent;

/**
 * Turns a real case of the casebook into a pseudonymised learning case, for a casusleerbijeenkomst.
 * <p>
 * What is kept: the kind of person (gender, an age in decades or an age band, flags and target
 * groups), the situation per life domain, the judicial frame and risks, the partners involved, the
 * course of events without dates, and the reason and question. What is stripped: names, initials
 * and pseudonyms of the subject and household, the protected identity (name, citizen service
 * number, address, street, postcode, phone, date of birth), case number and internal ids, the names
 * of the professionals involved, informal ties' names, the names of small municipalities (fewer
 * than {@value #SMALL_MUNICIPALITY} inhabitants), and every number, date, postcode, phone number and
 * e-mail address in free text (small-number details). The result is text only: nothing in it
 * refers back to the case.
 * </p>
 * <p>
 * Free text can still hold details no rule recognises (a nickname, a rare event): the facilitator
 * reads the write-up before it is shared. {@link #findIdentifiers(String, Casebook)} checks any
 * text against the identifiers of every subject in the casebook.
 * </p>
 *
 * @since 0.1
 */
public final class Pseudonymiser {

	/** Municipalities with fewer inhabitants than this are not named in a learning case. */
	public static final int SMALL_MUNICIPALITY = 50_000;

	private static final Set<String> NAME_PARTICLES = Set.of("de", "den", "der", "van", "het", "ter", "ten", "te", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"la", "le", "el", "al", "op", "in", "'t"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"); //$NON-NLS-1$
	private static final Pattern POSTCODE = Pattern.compile("\\b\\d{4}\\s?[A-Z]{2}\\b"); //$NON-NLS-1$
	private static final Pattern CASE_NUMBER = Pattern.compile("\\b[A-Z]{2,5}-\\d+[a-z]?\\b"); //$NON-NLS-1$
	private static final Pattern AMOUNT = Pattern.compile("(€|EUR)\\s?\\d[\\d.,]*\\s?[kK]?"); //$NON-NLS-1$
	private static final Pattern DATE = Pattern.compile("\\b\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}\\b"); //$NON-NLS-1$
	private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b"); //$NON-NLS-1$
	private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)*"); //$NON-NLS-1$
	private static final Pattern INITIALS = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\.){1,4}(?![\\p{L}])"); //$NON-NLS-1$

	private final LocalDate today;
	private final ZoneId zone;

	/**
	 * @param today the day the learning case is made (to turn a birth year into an age)
	 * @param zone  the time zone of the casebook's dates
	 */
	public Pseudonymiser(LocalDate today, ZoneId zone) {
		this.today = today;
		this.zone = zone;
	}

	/**
	 * Makes the learning case in the user's language.
	 *
	 * @param source a case of the casebook
	 * @return the title, write-up and question, pseudonymised
	 */
	public LearningCaseText pseudonymise(Case source) {
		Map<String, String> replacements = replacements(source);
		Subject subject = CasebookLists.resolvedOrNull(source.getSubject());
		String who = describeSubject(subject);
		List<LifeDomainStatus> domains = new ArrayList<>(CasebookLists.resolved(source.getLifeDomains()));
		domains.sort(Comparator.comparing((LifeDomainStatus status) -> severityRank(status.getSeverity())).reversed());

		StringBuilder title = new StringBuilder(NLS.bind(Messages.case_title, who));
		List<String> mainDomains = new ArrayList<>();
		for (LifeDomainStatus status : domains) {
			if (status.getDomain() != null && severityRank(status.getSeverity()) >= severityRank(Severity.SEVERE)
					&& mainDomains.size() < 3) {
				mainDomains.add(lower(status.getDomain().getName()));
			}
		}
		if (!mainDomains.isEmpty()) {
			title.append(" \u2014 ").append(String.join(", ", mainDomains)); //$NON-NLS-1$ //$NON-NLS-2$
		}

		StringBuilder text = new StringBuilder();
		section(text, Messages.case_who, capitalise(who) + place(subject) + '.' + characteristics(subject));
		Referral referral = CasebookLists.resolvedOrNull(source.getReferral());
		String reason = scrub(source.getReason(), replacements);
		if (reason.isBlank() && referral != null) {
			reason = scrub(referral.getReason(), replacements);
		}
		section(text, Messages.case_reason, reason);
		StringBuilder domainText = new StringBuilder();
		for (LifeDomainStatus status : domains) {
			if (status.getDomain() == null) {
				continue;
			}
			domainText.append("- ").append(status.getDomain().getName()); //$NON-NLS-1$
			domainText.append(" (").append(severity(status.getSeverity())).append(')'); //$NON-NLS-1$
			String note = scrub(status.getNote(), replacements);
			if (!note.isBlank()) {
				domainText.append(": ").append(note); //$NON-NLS-1$
			}
			domainText.append('\n');
		}
		section(text, Messages.case_domains, domainText.toString().strip());
		section(text, Messages.case_judicialFrame, scrub(source.getJudicialFrame(), replacements));
		section(text, Messages.case_risks, scrub(source.getRisks(), replacements));
		section(text, Messages.case_partners, partners(source, replacements));
		section(text, Messages.case_network, network(source, replacements));
		section(text, Messages.case_course, course(source, replacements));
		String question = scrub(source.getQuestion(), replacements);
		section(text, Messages.case_question, question);
		return new LearningCaseText(title.toString(), text.toString().strip(), question);
	}

	/**
	 * @param domain  the casebook's editing domain
	 * @param session the learning session
	 * @param text    a learning case from {@link #pseudonymise(Case)}
	 * @return a command putting the learning case into the session (title, write-up, question)
	 */
	public static Command apply(EditingDomain domain, LearningSession session, LearningCaseText text) {
		CompoundCommand command = new CompoundCommand(Messages.command_learningCase);
		command.append(SetCommand.create(domain, session, Literals.LEARNING_SESSION__CASE_TITLE, text.title()));
		command.append(SetCommand.create(domain, session, Literals.LEARNING_SESSION__CASE_WRITE_UP, text.writeUp()));
		command.append(SetCommand.create(domain, session, Literals.LEARNING_SESSION__CASE_QUESTION, text.question()));
		return command;
	}

	/**
	 * The identifying strings of a case: what a learning case made from it must never contain.
	 *
	 * @param source a case
	 * @return its identifiers (names, pseudonyms, protected data, case number, ids, the names of
	 *         the professionals involved, small municipalities), longest first
	 */
	public List<String> identifiers(Case source) {
		return new ArrayList<>(replacements(source).keySet());
	}

	/**
	 * @param text   any text
	 * @param source a case
	 * @return the identifiers of the case that occur in the text (as whole words, ignoring case)
	 */
	public List<String> leaks(String text, Case source) {
		List<String> found = new ArrayList<>();
		for (String identifier : identifiers(source)) {
			if (containsWord(text, identifier)) {
				found.add(identifier);
			}
		}
		return found;
	}

	/**
	 * Checks a text against the identifiers of every subject in a casebook: pseudonyms, full names
	 * and surnames, citizen service numbers, streets and case numbers.
	 *
	 * @param text     any text, for example a case write-up typed by hand
	 * @param casebook the casebook
	 * @return the identifiers found (as whole words, ignoring case), without duplicates
	 */
	public static List<String> findIdentifiers(String text, Casebook casebook) {
		Set<String> found = new LinkedHashSet<>();
		if (text == null || text.isBlank() || casebook == null) {
			return List.of();
		}
		for (Subject subject : CasebookLists.resolved(casebook.getSubjects())) {
			check(text, subject.getPseudonym(), found);
			ProtectedIdentity identity = CasebookLists.resolvedOrNull(subject.getIdentity());
			if (identity != null) {
				check(text, identity.getFullName(), found);
				List<String> parts = nameParts(identity.getFullName());
				if (!parts.isEmpty()) {
					check(text, parts.get(parts.size() - 1), found);
				}
				check(text, identity.getBsn(), found);
				for (String street : streets(identity.getAddress())) {
					check(text, street, found);
				}
			}
		}
		for (Case aCase : CasebookLists.resolved(casebook.getCases())) {
			check(text, aCase.getCaseNumber(), found);
		}
		return new ArrayList<>(found);
	}

	private static void check(String text, String identifier, Set<String> found) {
		if (identifier != null && identifier.strip().length() >= 3 && containsWord(text, identifier.strip())) {
			found.add(identifier.strip());
		}
	}

	// ---------------------------------------------------------------------------------------------

	/** Identifier to replacement, longest identifier first. */
	private Map<String, String> replacements(Case source) {
		Map<String, String> map = new LinkedHashMap<>();
		String client = Messages.case_placeholderClient;
		String removed = Messages.case_placeholderRemoved;
		put(map, source.getCaseNumber(), removed);
		put(map, source.getId(), removed);
		Subject subject = CasebookLists.resolvedOrNull(source.getSubject());
		List<Subject> subjects = new ArrayList<>();
		if (subject != null) {
			subjects.add(subject);
			if (subject instanceof Person person && person.getHousehold() != null) {
				subjects.add(person.getHousehold());
				subjects.addAll(person.getHousehold().getMembers());
			}
			if (subject instanceof Household household) {
				subjects.addAll(household.getMembers());
			}
		}
		for (Subject s : subjects) {
			put(map, s.getId(), removed);
			put(map, s.getPseudonym(), client);
			if (s.getInitials() != null && s.getInitials().strip().length() >= 3) {
				put(map, s.getInitials(), client);
			}
			ProtectedIdentity identity = CasebookLists.resolvedOrNull(s.getIdentity());
			if (identity != null) {
				put(map, identity.getId(), removed);
				put(map, identity.getFullName(), client);
				if (s instanceof Person) {
					// A household's "full name" holds common words ("Huishouden ..."); its pseudonym covers it.
					for (String part : nameParts(identity.getFullName())) {
						put(map, part, client);
					}
				}
				put(map, identity.getBsn(), removed);
				put(map, identity.getAddress(), removed);
				for (String street : streets(identity.getAddress())) {
					put(map, street, removed);
				}
				put(map, firstAddressLine(identity.getAddress()), removed);
				Matcher postcode = POSTCODE.matcher(identity.getAddress() == null ? "" : identity.getAddress()); //$NON-NLS-1$
				while (postcode.find()) {
					put(map, postcode.group(), removed);
				}
				put(map, identity.getPhone(), removed);
				for (String date : dateForms(identity.getBirthDate())) {
					put(map, date, removed);
				}
			}
			if (s instanceof Person person && person.getBirthYear() > 0) {
				put(map, Integer.toString(person.getBirthYear()), removed);
			}
		}
		for (Professional professional : professionals(source)) {
			put(map, professional.getName(), Messages.case_placeholderProfessional);
			for (String part : nameParts(professional.getName())) {
				put(map, part, Messages.case_placeholderProfessional);
			}
		}
		Municipality municipality = subject == null ? null : CasebookLists.resolvedOrNull(subject.getMunicipality());
		if (municipality != null && isSmall(municipality)) {
			put(map, municipality.getName(), Messages.case_placeholderMunicipality);
		}
		if (source.eContainer() instanceof Casebook casebook) {
			for (Municipality other : casebook.getMunicipalities()) {
				if (isSmall(other)) {
					put(map, other.getName(), Messages.case_placeholderMunicipality);
				}
			}
		}
		List<Map.Entry<String, String>> entries = new ArrayList<>(map.entrySet());
		entries.sort(Comparator.comparing((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed());
		Map<String, String> sorted = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : entries) {
			sorted.put(entry.getKey(), entry.getValue());
		}
		return sorted;
	}

	private static void put(Map<String, String> map, String identifier, String replacement) {
		if (identifier != null && !identifier.isBlank()) {
			map.putIfAbsent(identifier.strip(), replacement);
		}
	}

	private static Set<Professional> professionals(Case source) {
		Set<Professional> professionals = new LinkedHashSet<>();
		addProfessional(professionals, source.getCasusregisseur());
		for (Involvement involvement : CasebookLists.resolved(source.getInvolvements())) {
			addProfessional(professionals, involvement.getProfessional());
		}
		Referral referral = CasebookLists.resolvedOrNull(source.getReferral());
		if (referral != null) {
			addProfessional(professionals, referral.getReferrerProfessional());
		}
		return professionals;
	}

	private static void addProfessional(Set<Professional> professionals, Professional professional) {
		Professional resolved = CasebookLists.resolvedOrNull(professional);
		if (resolved != null && resolved.getName() != null) {
			professionals.add(resolved);
		}
	}

	private static boolean isSmall(Municipality municipality) {
		return municipality.getName() != null && municipality.getPopulation() > 0
				&& municipality.getPopulation() < SMALL_MUNICIPALITY;
	}

	private static List<String> nameParts(String name) {
		List<String> parts = new ArrayList<>();
		if (name == null) {
			return parts;
		}
		for (String part : name.split("[\\s()]+")) { //$NON-NLS-1$
			String cleaned = part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (cleaned.length() >= 3 && !NAME_PARTICLES.contains(cleaned.toLowerCase(Locale.ROOT))
					&& Character.isUpperCase(cleaned.charAt(0))) {
				parts.add(cleaned);
			}
		}
		return parts;
	}

	/**
	 * The first part of an address (before the first comma), without notes in brackets and house
	 * numbers: a street, or the institution someone receives post at.
	 */
	private static String firstAddressLine(String address) {
		if (address == null) {
			return null;
		}
		String first = address.split(",")[0].replaceAll("\\(.*?\\)", " ").replaceAll("\\d+\\S*", " ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return first.length() >= 4 ? first : null;
	}

	/** Street names in an address: words of four or more letters before a house number. */
	private static List<String> streets(String address) {
		List<String> streets = new ArrayList<>();
		if (address == null) {
			return streets;
		}
		Matcher matcher = Pattern.compile("(\\p{L}[\\p{L}' -]{3,}?)\\s+\\d").matcher(address); //$NON-NLS-1$
		while (matcher.find()) {
			streets.add(matcher.group(1).strip());
		}
		return streets;
	}

	private List<String> dateForms(Date date) {
		if (date == null) {
			return List.of();
		}
		List<String> forms = new ArrayList<>();
		for (String pattern : List.of("dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d MMMM yyyy")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			for (Locale locale : List.of(Locale.of("nl", "NL"), Locale.ENGLISH)) { //$NON-NLS-1$ //$NON-NLS-2$
				SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
				format.setTimeZone(TimeZone.getTimeZone(zone));
				String text = format.format(date);
				if (!forms.contains(text)) {
					forms.add(text);
				}
			}
		}
		return forms;
	}

	/**
	 * Strips identifiers and small-number details from free text.
	 *
	 * @param text         the text, may be {@code null}
	 * @param replacements identifier to replacement, longest first
	 * @return the scrubbed text; {@code ""} for {@code null}
	 */
	private static String scrub(String text, Map<String, String> replacements) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String result = text;
		for (Map.Entry<String, String> entry : replacements.entrySet()) {
			result = wordPattern(entry.getKey()).matcher(result).replaceAll(Matcher.quoteReplacement(entry.getValue()));
		}
		result = EMAIL.matcher(result).replaceAll(Matcher.quoteReplacement(Messages.case_placeholderRemoved));
		result = CASE_NUMBER.matcher(result).replaceAll(Matcher.quoteReplacement(Messages.case_placeholderRemoved));
		result = POSTCODE.matcher(result).replaceAll(Matcher.quoteReplacement(Messages.case_placeholderRemoved));
		result = AMOUNT.matcher(result).replaceAll(Matcher.quoteReplacement(Messages.case_placeholderAmount));
		result = DATE.matcher(result).replaceAll(Matcher.quoteReplacement(Messages.case_placeholderDate));
		result = YEAR.matcher(result).replaceAll(Matcher.quoteReplacement(Messages.case_placeholderYear));
		result = NUMBER.matcher(result).replaceAll(Matcher.quoteReplacement(Messages.case_placeholderNumber));
		result = INITIALS.matcher(result).replaceAll(Matcher.quoteReplacement(Messages.case_placeholderInitials));
		return result.strip();
	}

	private static Pattern wordPattern(String word) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])", //$NON-NLS-1$ //$NON-NLS-2$
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static boolean containsWord(String text, String word) {
		return text != null && word != null && !word.isBlank() && wordPattern(word.strip()).matcher(text).find();
	}

	private String describeSubject(Subject subject) {
		if (subject instanceof Household household) {
			return NLS.bind(Messages.case_household, Integer.valueOf(Math.max(1, household.getMembers().size())));
		}
		Gender gender = subject instanceof Person person ? person.getGender() : Gender.UNKNOWN;
		String noun = switch (gender) {
		case MALE -> Messages.case_man;
		case FEMALE -> Messages.case_woman;
		default -> Messages.case_person;
		};
		if (!(subject instanceof Person person)) {
			return noun;
		}
		int age = person.getBirthYear() > 0 ? today.getYear() - person.getBirthYear() : -1;
		if (person.getAgeBand() == AgeBand.MINOR || age >= 0 && age < 18) {
			return NLS.bind(Messages.case_minor, noun);
		}
		if (person.getAgeBand() == AgeBand.YOUNG_ADULT || age >= 18 && age <= 23) {
			return NLS.bind(Messages.case_youngAdult, noun);
		}
		if (age < 0) {
			return NLS.bind(Messages.case_adult, noun);
		}
		String decade = switch (Math.min(age, 79) / 10) {
		case 2 -> Messages.case_decade20;
		case 3 -> Messages.case_decade30;
		case 4 -> Messages.case_decade40;
		case 5 -> Messages.case_decade50;
		case 6 -> Messages.case_decade60;
		default -> Messages.case_decade70;
		};
		return NLS.bind(gender == Gender.FEMALE ? Messages.case_agedFemale : Messages.case_agedMale, noun, decade);
	}

	private static String place(Subject subject) {
		Municipality municipality = subject == null ? null : CasebookLists.resolvedOrNull(subject.getMunicipality());
		if (municipality == null) {
			return ""; //$NON-NLS-1$
		}
		if (isSmall(municipality)) {
			return Messages.case_placeSmall;
		}
		return municipality.getCentreMunicipality() == null ? Messages.case_placeCentre : Messages.case_placeOther;
	}

	private static String characteristics(Subject subject) {
		if (subject == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder text = new StringBuilder();
		if (!subject.getFlags().isEmpty()) {
			text.append(' ').append(NLS.bind(Messages.case_flags, String.join(", ", subject.getFlags()))); //$NON-NLS-1$
		}
		if (!subject.getTargetGroups().isEmpty()) {
			text.append(' ').append(NLS.bind(Messages.case_targetGroups, String.join(", ", subject.getTargetGroups()))); //$NON-NLS-1$
		}
		return text.toString();
	}

	private static String partners(Case source, Map<String, String> replacements) {
		StringBuilder text = new StringBuilder();
		for (Involvement involvement : CasebookLists.resolved(source.getInvolvements())) {
			if (involvement.getOrganisation() == null || involvement.getOrganisation().getName() == null) {
				continue;
			}
			String name = scrub(involvement.getOrganisation().getName(), replacements);
			if (name.contains(Messages.case_placeholderRemoved) || name.contains(Messages.case_placeholderClient)) {
				// The organisation is part of the subject's address (e.g. the prison they receive post at).
				name = organisationKind(involvement.getOrganisation().getLogic());
			}
			text.append("- ").append(name); //$NON-NLS-1$
			if (involvement.isKnowsPerson()) {
				text.append(" (").append(Messages.case_knowsPerson).append(')'); //$NON-NLS-1$
			}
			text.append('\n');
		}
		return text.toString().strip();
	}

	private static String organisationKind(OrganisationLogic logic) {
		if (logic == null) {
			return Messages.case_organisationOther;
		}
		return switch (logic) {
		case CARE -> Messages.case_organisationCare;
		case JUSTICE -> Messages.case_organisationJustice;
		case MUNICIPALITY -> Messages.case_organisationMunicipality;
		default -> Messages.case_organisationOther;
		};
	}

	private static String network(Case source, Map<String, String> replacements) {
		StringBuilder text = new StringBuilder();
		for (InformalTie tie : CasebookLists.resolved(source.getInformalTies())) {
			String relationship = scrub(tie.getRelationship(), replacements);
			if (relationship.isBlank()) {
				continue;
			}
			text.append("- ").append(relationship); //$NON-NLS-1$
			String note = scrub(tie.getNote(), replacements);
			if (!note.isBlank()) {
				text.append(": ").append(note); //$NON-NLS-1$
			}
			text.append('\n');
		}
		return text.toString().strip();
	}

	private static String course(Case source, Map<String, String> replacements) {
		List<TimelineEvent> events = new ArrayList<>(CasebookLists.resolved(source.getTimeline()));
		events.sort(Comparator.comparing(TimelineEvent::getDate, Comparator.nullsFirst(Comparator.naturalOrder())));
		StringBuilder text = new StringBuilder();
		for (TimelineEvent event : events) {
			String title = scrub(event.getTitle(), replacements);
			if (title.isBlank()) {
				continue;
			}
			text.append("- ").append(title); //$NON-NLS-1$
			String description = scrub(event.getDescription(), replacements);
			if (!description.isBlank()) {
				text.append(": ").append(description); //$NON-NLS-1$
			}
			text.append('\n');
		}
		return text.toString().strip();
	}

	private static void section(StringBuilder text, String heading, String body) {
		if (body == null || body.isBlank()) {
			return;
		}
		text.append(heading).append('\n').append(body.strip()).append("\n\n"); //$NON-NLS-1$
	}

	private static int severityRank(Severity severity) {
		return severity == null || severity == Severity.UNKNOWN ? 0 : severity.getValue();
	}

	private static String severity(Severity severity) {
		if (severity == null) {
			return Messages.severity_unknown;
		}
		return switch (severity) {
		case NONE -> Messages.severity_none;
		case MILD -> Messages.severity_mild;
		case MODERATE -> Messages.severity_moderate;
		case SEVERE -> Messages.severity_severe;
		case CRISIS -> Messages.severity_crisis;
		default -> Messages.severity_unknown;
		};
	}

	private static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Language.locale()); //$NON-NLS-1$
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
