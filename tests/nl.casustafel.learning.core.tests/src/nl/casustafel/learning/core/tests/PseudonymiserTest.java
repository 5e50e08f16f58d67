/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.learning.core.LearningCaseText;
import nl.casustafel.learning.core.Pseudonymiser;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Household;
import nl.casustafel.model.Person;
import nl.casustafel.model.ProtectedIdentity;
import nl.casustafel.model.Subject;

/**
 * A real case turned into a learning case keeps none of the case's identifiers: not its protected
 * identity (name, citizen service number, address, date of birth), not its pseudonym, case number
 * or ids, and nothing in the stored session points back to it.
 */
class PseudonymiserTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	@TempDir
	Path folder;

	private final Pseudonymiser pseudonymiser = new Pseudonymiser(DemoRegion.REFERENCE_DATE, ZONE);

	@Test
	void noDemoCaseLeaksAnIdentifier() {
		Casebook casebook = DemoRegion.create();
		assertEquals(15, casebook.getCases().size());
		for (Case source : casebook.getCases()) {
			LearningCaseText text = pseudonymiser.pseudonymise(source);
			String all = text.title() + '\n' + text.writeUp() + '\n' + text.question();

			for (String identifier : identifiers(source)) {
				assertFalse(containsWord(all, identifier),
						() -> source.getCaseNumber() + " leaks \u201C" + identifier + "\u201D in:\n" + all);
			}
			assertTrue(pseudonymiser.leaks(all, source).isEmpty(), () -> source.getCaseNumber() + ": " + pseudonymiser.leaks(all, source));
			assertFalse(Pattern.compile("\\d{3,}").matcher(all.replace("18\u201323", "")).find(),
					() -> source.getCaseNumber() + " keeps a number:\n" + all);
			assertFalse(text.writeUp().isBlank());
		}
	}

	@Test
	void learningCaseKeepsWhatTheGroupNeeds() {
		Case robin = caseNumbered(DemoRegion.create(), "LV-01");

		LearningCaseText text = pseudonymiser.pseudonymise(robin);

		assertEquals("Leercasus: man van in de dertig \u2014 wonen, verslaving, inkomen", text.title());
		assertTrue(text.writeUp().contains("Man van in de dertig, woonachtig in de centrumgemeente van de regio."), text::writeUp);
		assertTrue(text.writeUp().contains("Kenmerken: LVB, dakloos."), text::writeUp);
		assertTrue(text.writeUp().contains("Leefgebieden"), text::writeUp);
		assertTrue(text.writeUp().contains("Lindestroom (kent de persoon)"), text::writeUp);
		assertTrue(text.question().startsWith("Wie neemt de regie op \u00E9\u00E9n plan"), text::question);
		assertTrue(text.writeUp().contains("[getal] antecedenten"), "small numbers are stripped: " + text.writeUp());
	}

	@Test
	void storedSessionHoldsNoLinkBackAndNoIdentifier() throws Exception {
		try (CasebookSession casebook = Fixtures.demoCasebook(folder)) {
			Case source = caseNumbered(casebook.getCasebook(), "LV-04");
			LearningSession session = Fixtures.newSession(casebook);
			casebook.getEditingDomain().getCommandStack().execute(
					Pseudonymiser.apply(casebook.getEditingDomain(), session, pseudonymiser.pseudonymise(source)));
			casebook.save();

			for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(session, true)) {
				for (EObject target : object.eCrossReferences()) {
					assertFalse(target instanceof Case || target instanceof Subject || target instanceof ProtectedIdentity,
							() -> object.eClass().getName() + " refers to " + target);
				}
			}
			String stored = contributionsFiles(casebook.getFolder());
			assertTrue(stored.contains("Leercasus"), "the learning case is saved with the casebook");
			for (String identifier : identifiers(source)) {
				assertFalse(containsWord(stored, identifier), () -> "stored session holds \u201C" + identifier + '\u201D');
			}
			assertFalse(stored.contains("cases/") || stored.contains("identities/") || stored.contains("subjects/"),
					"no reference into the case files");
		}
	}

	@Test
	void handTypedNamesAreFound() {
		Casebook casebook = DemoRegion.create();
		ProtectedIdentity identity = caseNumbered(casebook, "LV-02").getSubject().getIdentity();

		List<String> found = Pseudonymiser.findIdentifiers("Gesprek met " + identity.getFullName() + " (Petra) over LV-02.", casebook);

		assertTrue(found.contains(identity.getFullName()), found::toString);
		assertTrue(found.contains("Petra"), found::toString);
		assertTrue(found.contains("LV-02"), found::toString);
		assertEquals(List.of(), Pseudonymiser.findIdentifiers(pseudonymiser.pseudonymise(caseNumbered(casebook, "LV-02")).writeUp(), casebook));
	}

	// ---------------------------------------------------------------------------------------------

	/** Everything that identifies the case, gathered independently of the Pseudonymiser. */
	private static List<String> identifiers(Case source) {
		List<String> identifiers = new ArrayList<>();
		identifiers.add(source.getCaseNumber());
		identifiers.add(source.getId());
		List<Subject> subjects = new ArrayList<>();
		subjects.add(source.getSubject());
		if (source.getSubject() instanceof Person person && person.getHousehold() != null) {
			subjects.add(person.getHousehold());
		}
		if (source.getSubject() instanceof Household household) {
			subjects.addAll(household.getMembers());
		}
		for (Subject subject : subjects) {
			identifiers.add(subject.getId());
			identifiers.add(subject.getPseudonym());
			if (subject.getInitials() != null && subject.getInitials().length() >= 3) {
				identifiers.add(subject.getInitials());
			}
			ProtectedIdentity identity = subject.getIdentity();
			if (identity == null) {
				continue;
			}
			identifiers.add(identity.getId());
			identifiers.add(identity.getFullName());
			identifiers.add(identity.getBsn());
			identifiers.add(identity.getAddress());
			identifiers.add(identity.getPhone());
			if (identity.getBirthDate() != null) {
				for (String pattern : List.of("dd-MM-yyyy", "yyyy-MM-dd", "d MMMM yyyy", "d-M-yyyy")) {
					SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.of("nl", "NL"));
					format.setTimeZone(TimeZone.getTimeZone(ZONE));
					identifiers.add(format.format(identity.getBirthDate()));
				}
			}
			if (subject instanceof Person person) {
				identifiers.add(Integer.toString(person.getBirthYear()));
				String fullName = identity.getFullName();
				if (fullName != null) {
					// the surname (last word)
					String[] words = fullName.trim().split("\\s+");
					identifiers.add(words[words.length - 1]);
				}
			}
			if (identity.getAddress() != null) {
				identifiers.add(identity.getAddress().replaceAll("\\s*\\d.*$", "").replaceAll("\\s*\\(.*$", "")); // street
			}
		}
		identifiers.removeIf(identifier -> identifier == null || identifier.isBlank() || identifier.equals("0"));
		return identifiers;
	}

	private static boolean containsWord(String text, String word) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.strip()) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
	}

	private static Case caseNumbered(Casebook casebook, String number) {
		return casebook.getCases().stream().filter(c -> number.equals(c.getCaseNumber())).findFirst().orElseThrow();
	}

	private static String contributionsFiles(Path casebook) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.list(casebook.resolve("contributions"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".xmi")).toList()) {
				text.append(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}
}
