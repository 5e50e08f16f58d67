/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import nl.casustafel.learning.core.LearningMethods;
import nl.casustafel.learning.core.LearningSessions;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.Contribution;
import nl.casustafel.learning.model.LearningFactory;
import nl.casustafel.learning.model.LearningLibrary;
import nl.casustafel.learning.model.LearningMethod;
import nl.casustafel.learning.model.LearningPoint;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.model.SessionMode;
import nl.casustafel.learning.model.SessionState;
import nl.casustafel.learning.model.StepLog;
import nl.casustafel.learning.model.TheoryItem;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Identifiable;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;

/**
 * The learning material of the Lindeveld demo region (GUIDE.md 10): a theory library of five items
 * and three sessions of the team at PI De Lindehorst. The main one is the casusleerbijeenkomst of
 * 3 March 2026: chair Anouk Peters, presenter Eva Koster, six participants including the guest
 * Fatma Yilmaz, hybrid; a pseudonymised case in which a positive drug test blocks phased release;
 * theory on the stages of change and motivational interviewing; 14 questions, 6 pieces of advice
 * (4 linked to theory), 3 intended actions, 4 tagged learning points; step 3 ran 5 minutes over;
 * minutes mailed the same day. Before it, an incident-method session in December 2025; after it,
 * a session in preparation for 7 April 2026.
 * <p>
 * Everybody and everything in it is fictional. Ids are stable: {@code learning-library},
 * {@code learning-2026-03-03}, {@code theory-stages-of-change}, ...
 * </p>
 *
 * @since 0.1
 */
@SuppressWarnings("nls")
public final class LearningDemo {

	/** Id of the demo learning library. */
	public static final String LIBRARY_ID = "learning-library";

	/** Id of the casusleerbijeenkomst of 3 March 2026. */
	public static final String SESSION_MARCH = "learning-2026-03-03";

	/** Id of the incident-method session of 9 December 2025. */
	public static final String SESSION_DECEMBER = "learning-2025-12-09";

	/** Id of the session in preparation for 7 April 2026. */
	public static final String SESSION_APRIL = "learning-2026-04-07";

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
	private static final LearningFactory F = LearningFactory.eINSTANCE;

	private final Casebook casebook;
	private final LearningLibrary library = F.createLearningLibrary();
	private int counter;

	private LearningDemo(Casebook casebook) {
		this.casebook = casebook;
	}

	/**
	 * Adds the demo learning library to a Lindeveld demo casebook (one made by
	 * {@code nl.casustafel.core.demo.DemoRegion}), unless it has a learning library already or lacks
	 * the professionals the sessions need.
	 *
	 * @param casebook the demo casebook, not yet in a session (no commands are used)
	 * @return whether the library was added
	 */
	public static boolean addTo(Casebook casebook) {
		if (LearningSessions.library(casebook) != null || find(casebook, Professional.class, "prof-anouk-peters") == null) {
			return false;
		}
		casebook.getContributions().add(new LearningDemo(casebook).build());
		return true;
	}

	/**
	 * @param key the key of a built-in method ({@link LearningMethods#CASUSLEERBIJEENKOMST} or
	 *            {@link LearningMethods#INCIDENT_METHOD})
	 * @return the method read from this bundle's own data file (also outside OSGi)
	 */
	public static LearningMethod builtInMethod(String key) {
		String file = "/methods/" + key + ".xmi";
		try (InputStream in = LearningDemo.class.getResourceAsStream(file)) {
			if (in == null) {
				throw new IOException(file);
			}
			return LearningMethods.read(in, "nl.casustafel.learning.core");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private LearningLibrary build() {
		library.setId(LIBRARY_ID);
		TheoryItem stages = theory("theory-stages-of-change", "Fasen van gedragsverandering",
				"Veranderen gaat in fasen: van er nog niet aan denken, via twijfelen en voorbereiden, naar doen en volhouden. "
						+ "Een terugval hoort bij het proces: het is een moment om opnieuw in te stappen, niet om bij nul te beginnen. "
						+ "Wie weet in welke fase iemand zit, kiest een passende interventie.",
				"Prochaska & DiClemente, transtheoretisch model van gedragsverandering",
				"hand-outs/fasen-van-gedragsverandering.pdf", "anouk-peters", "motivatie", "verslaving");
		TheoryItem mi = theory("theory-motivational-interviewing", "Motiverende gespreksvoering",
				"Een gespreksstijl die iemands eigen redenen om te veranderen naar boven haalt: open vragen, goed luisteren en "
						+ "teruggeven wat je hoort, samenvatten. Weerstand bestrijd je niet; je beweegt mee en laat de keuze bij de ander.",
				"Miller & Rollnick, Motivational Interviewing", "hand-outs/motiverende-gespreksvoering.pdf",
				"anouk-peters", "motivatie", "gespreksvoering");
		theory("theory-rnr", "Risico, behoefte en responsiviteit",
				"Stem de intensiteit van toezicht en begeleiding af op het risico, richt je op wat samenhangt met delictgedrag, "
						+ "en pas de aanpak aan op wat iemand aankan, bijvoorbeeld bij een licht verstandelijke beperking.",
				"Andrews & Bonta, Risk-Need-Responsivity", null, "mark-de-boer", "risico", "lvb");
		theory("theory-good-lives", "Good Lives-model",
				"Mensen streven naar dingen die ieder mens belangrijk vindt, zoals verbondenheid, zelfstandigheid en zinvol werk. "
						+ "Begeleiding helpt daar haalbare, legale wegen voor te vinden, naast het beperken van risico's.",
				"Ward e.a., Good Lives Model", null, "mark-de-boer", "re-integratie", "motivatie");
		theory("theory-desistance", "Stoppen met criminaliteit (desistance)",
				"Stoppen is een proces met ups en downs dat gedragen wordt door nieuwe rollen, relaties en een ander zelfbeeld. "
						+ "De professional ondersteunt dat proces en erkent kleine stappen.",
				"Maruna; McNeill, desistance-onderzoek", null, "anouk-peters", "re-integratie", "detentiefasering");
		buildDecember();
		buildMarch(stages, mi);
		buildApril();
		return library;
	}

	// ---------------------------------------------------------------------------------------------

	private void buildMarch(TheoryItem stages, TheoryItem mi) {
		LearningSession s = session(SESSION_MARCH, LearningMethods.CASUSLEERBIJEENKOMST,
				"Casusleerbijeenkomst team PI De Lindehorst", at(2026, 3, 3, 13, 30));
		s.setLocation("PI De Lindehorst, vergaderruimte De Linde (en online)");
		s.setHost(find(casebook, Organisation.class, "org-pi"));
		s.setMode(SessionMode.HYBRID);
		s.setState(SessionState.FINISHED);
		s.setChair(prof("anouk-peters"));
		s.setInbrenger(prof("eva-koster"));
		s.setTheoryPreparer(prof("anouk-peters"));
		s.setSubmissionDeadline(at(2026, 2, 24, 17, 0));
		s.setCaseSubmittedOn(at(2026, 2, 23, 16, 12));
		s.getTheoryItems().add(stages);
		s.getTheoryItems().add(mi);
		s.setCaseTitle("Leercasus: man van in de veertig \u2014 positieve urinetest blokkeert de fasering");
		s.setCaseWriteUp("""
				Over wie het gaat
				Een man van in de veertig, gedetineerd voor een reeks vermogensdelicten. Hij heeft een lange geschiedenis \
				van middelengebruik en is in detentie stabiel geworden. Het re-integratieplan voorziet in een overgang naar \
				een beperkt beveiligde afdeling, met werk buiten de muren.

				Wat er speelt
				Kort voor het besluit over de fasering was een urinecontrole positief. Volgens hem ging het om eenmalig \
				gebruik na slecht nieuws over een familielid. De fasering is uitgesteld. Sindsdien trekt hij zich terug, \
				komt hij niet meer naar de arbeid en zegt hij dat \u201Chet toch niets uitmaakt\u201D.

				Betrokken partners
				Casemanager van de PI, reclassering (adviseert over de fasering), verslavingszorg (consulent in de PI) en \
				de nazorgcoördinator van zijn gemeente.

				Waar ik vastloop
				Ik wil hem niet kwijtraken, maar ik moet ook het risico eerlijk beoordelen. In gesprekken klapt hij dicht \
				zodra het over gebruik gaat.""");
		s.setCaseQuestion("Hoe houd ik hem betrokken bij zijn re-integratieplan nu de fasering is uitgesteld?");
		s.setFinalQuestion("Hoe bespreek ik het gebruik en het uitstel zo dat hij gemotiveerd blijft voor de volgende stap?");
		s.setMinutesSentOn(at(2026, 3, 3, 17, 10));

		Participant eva = participant(s, "eva-koster", AttendanceStatus.PRESENT, false);
		Participant gerda = participant(s, "gerda-smit", AttendanceStatus.PRESENT, false);
		Participant youssef = participant(s, "youssef-amrani", AttendanceStatus.ONLINE, false);
		Participant mark = participant(s, "mark-de-boer", AttendanceStatus.PRESENT, false);
		Participant jeroen = participant(s, "jeroen-visser", AttendanceStatus.ONLINE, false);
		Participant fatma = participant(s, "fatma-yilmaz", AttendanceStatus.PRESENT, true);

		List<MethodStep> steps = s.getMethod().getSteps();
		int[] actualMinutes = { 5, 6, 10, 20, 15, 14, 20 };
		LocalDateTime time = LocalDateTime.of(2026, 3, 3, 13, 30);
		for (int i = 0; i < steps.size(); i++) {
			StepLog log = F.createStepLog();
			log.setStep(steps.get(i));
			log.setStartedAt(Date.from(time.atZone(ZONE).toInstant()));
			time = time.plusMinutes(actualMinutes[i]);
			log.setEndedAt(Date.from(time.atZone(ZONE).toInstant()));
			log.setActualSeconds(actualMinutes[i] * 60);
			s.getStepLogs().add(log);
		}
		MethodStep theoryStep = steps.get(0);
		MethodStep introduce = steps.get(1);
		MethodStep clarify = steps.get(2);
		MethodStep analyse = steps.get(3);
		MethodStep advise = steps.get(4);
		MethodStep next = steps.get(5);
		MethodStep evaluate = steps.get(6);

		contribution(s, theoryStep, CaptureKind.THEORY, null,
				"Fasen van gedragsverandering en motiverende gespreksvoering: terugval als onderdeel van het proces.", null, stages);
		contribution(s, introduce, CaptureKind.NOTE, eva,
				"Uitstel van de fasering is vorige week besproken; nieuwe beoordeling over zes weken.", null, null);

		question(s, clarify, gerda, "Hoe lang zit hij nu vast en hoe lang nog?", "Ruim twee jaar; nog ongeveer een jaar te gaan.");
		question(s, clarify, gerda, "Wie heeft hem de uitslag van de controle verteld?", "De afdelingshoofd, zonder mij erbij.");
		question(s, clarify, gerda, "Werkte hij tot de uitslag nog op de arbeid?", "Ja, vijf dagen per week.");
		question(s, clarify, youssef, "Wat staat er in het plan over gebruik tijdens de fasering?", "Volledige onthouding, met steekproefcontroles.");
		question(s, clarify, youssef, "Was er eerder een positieve controle?", "Niet in deze detentie.");
		question(s, clarify, youssef, "Wanneer is de nieuwe beoordeling?", "Over zes weken.");
		question(s, clarify, mark, "Heeft hij contact met de verslavingsconsulent?", "Eén gesprek gehad, daarna afgezegd.");
		question(s, clarify, mark, "Wat was het slechte nieuws precies?", "Een familielid is ernstig ziek geworden.");
		question(s, clarify, mark, "Hoe reageerde hij toen je het uitstel besprak?", "Boos, daarna stil.");
		question(s, clarify, jeroen, "Welk middel zat in de uitslag?", "Cannabis.");
		question(s, clarify, jeroen, "Is er een behandelindicatie buiten de muren?", "Nog niet aangevraagd.");
		question(s, clarify, jeroen, "Heeft hij huisvesting na vrijlating?", "Nee, dat loopt via de gemeente.");
		question(s, clarify, fatma, "Weet de gemeente van het uitstel?", "Nee, nog niet doorgegeven.");
		question(s, clarify, fatma, "Heeft hij een geldig identiteitsbewijs?", "Ja, tot volgend jaar.");

		contribution(s, analyse, CaptureKind.NOTE, null,
				"De groep ziet het uitstel vooral als een breuk in het vertrouwen tussen hem en de inrichting, meer dan als een verslavingsprobleem.", null, null);
		contribution(s, analyse, CaptureKind.NOTE, null,
				"Kern: hij ervaart de uitslag als een eindoordeel; het plan biedt geen tussenstap om te laten zien dat hij wel verder wil.", null, null);

		contribution(s, advise, CaptureKind.ADVICE, gerda,
				"Bespreek de terugval samen met de casemanager als onderdeel van zijn veranderproces, niet als eindpunt.", null, stages);
		contribution(s, advise, CaptureKind.ADVICE, youssef,
				"Stel met hem een tussendoel op voor de komende zes weken waaraan hij zelf kan werken.", null, null);
		contribution(s, advise, CaptureKind.ADVICE, mark,
				"Vraag open naar wat hij zelf wil bereiken na zijn vrijlating en geef terug wat je hoort.", null, mi);
		contribution(s, advise, CaptureKind.ADVICE, mark,
				"Benoem je dubbele rol eerlijk: je wilt hem helpen en je moet het risico beoordelen.", null, mi);
		contribution(s, advise, CaptureKind.ADVICE, jeroen,
				"Bied een tweede gesprek met de verslavingsconsulent aan, zonder dat daar een oordeel aan vastzit.", null, stages);
		contribution(s, advise, CaptureKind.ADVICE, fatma,
				"Geef het uitstel nu door aan de gemeente, zodat huisvesting en inkomen niet stil komen te liggen.", null, null);

		contribution(s, next, CaptureKind.ACTION, eva,
				"Binnen een week een gesprek met hem en de casemanager over een tussendoel voor de komende zes weken.", null, null);
		contribution(s, next, CaptureKind.ACTION, eva,
				"De nazorgcoördinator van de gemeente vandaag informeren over het uitstel.", null, null);
		contribution(s, next, CaptureKind.ACTION, eva,
				"In het volgende gesprek beginnen met zijn eigen doelen, en pas daarna het gebruik bespreken.", null, null);

		contribution(s, evaluate, CaptureKind.TAKEAWAY, eva,
				"Ik heb het uitstel steeds als mijn boodschap gebracht; ik kan hem meer zelf laten zeggen wat hij wil.", null, null);
		contribution(s, evaluate, CaptureKind.TAKEAWAY, eva,
				"Het fasenmodel helpt me de terugval niet als mislukking te zien.", null, null);
		contribution(s, evaluate, CaptureKind.PARKED, null,
				"Uitslagen van urinecontroles komen laat bij de reclassering binnen (praktisch punt, voor het werkoverleg).", null, null);

		point(s, evaluate, eva, "Een terugval in gebruik is eerder regel dan uitzondering: bespreek hem als stap in het veranderproces, niet alleen als overtreding.",
				false, "motivatie", "detentiefasering");
		point(s, evaluate, eva, "Vraag bij uitstel van een fasering eerst wat de gedetineerde zelf wil bereiken; dat houdt het gesprek open.",
				false, "motivatie");
		point(s, evaluate, null, "Spreek tussen PI en reclassering af wie een uitslag van een urinecontrole met de gedetineerde bespreekt, en wanneer.",
				true, "samenwerking", "informatiedeling");
		point(s, evaluate, null, "Betrek de nazorgcoördinator van de gemeente vóór het besluit over fasering; anders lopen huisvesting en inkomen vast.",
				true, "basisvoorwaarden", "detentiefasering");
	}

	private void buildDecember() {
		LearningSession s = session(SESSION_DECEMBER, LearningMethods.INCIDENT_METHOD,
				"Incidentbespreking team PI De Lindehorst", at(2025, 12, 9, 14, 0));
		s.setLocation("PI De Lindehorst");
		s.setHost(find(casebook, Organisation.class, "org-pi"));
		s.setMode(SessionMode.IN_PERSON);
		s.setState(SessionState.FINISHED);
		s.setChair(prof("anouk-peters"));
		s.setInbrenger(prof("gerda-smit"));
		s.setTheoryPreparer(prof("mark-de-boer"));
		s.setCaseTitle("Incident: dreigende uitspraak tijdens een verlofaanvraag");
		s.setCaseQuestion("Wat doe je op het moment dat een gedetineerde in een gesprek dreigt?");
		s.setFinalQuestion("Wat doe je op het moment dat een gedetineerde in een gesprek dreigt?");
		s.setMinutesSentOn(at(2025, 12, 10, 9, 30));
		Participant gerda = participant(s, "gerda-smit", AttendanceStatus.PRESENT, false);
		participant(s, "youssef-amrani", AttendanceStatus.PRESENT, false);
		participant(s, "eva-koster", AttendanceStatus.PRESENT, false);
		participant(s, "mark-de-boer", AttendanceStatus.EXCUSED, false);
		List<MethodStep> steps = s.getMethod().getSteps();
		LocalDateTime time = LocalDateTime.of(2025, 12, 9, 14, 0);
		for (MethodStep step : steps) {
			StepLog log = F.createStepLog();
			log.setStep(step);
			log.setStartedAt(Date.from(time.atZone(ZONE).toInstant()));
			time = time.plusMinutes(step.getMinutes());
			log.setEndedAt(Date.from(time.atZone(ZONE).toInstant()));
			log.setActualSeconds(step.getMinutes() * 60);
			s.getStepLogs().add(log);
		}
		MethodStep close = steps.get(steps.size() - 1);
		point(s, close, gerda, "Benoem een dreigende uitspraak direct en rustig, en leg hem dezelfde dag vast.", false,
				"professionele dilemma's", "veiligheid");
		point(s, close, null, "Spreek als team af wanneer een gesprek wordt afgebroken en wie dan de afdeling inlicht.", true,
				"samenwerking", "veiligheid");
		point(s, close, null, "Gesprekken over verlof leveren spanning op: plan ze niet vlak voor het einde van de dag.", true,
				"detentiefasering");
	}

	private void buildApril() {
		LearningSession s = session(SESSION_APRIL, LearningMethods.CASUSLEERBIJEENKOMST,
				"Casusleerbijeenkomst april", at(2026, 4, 7, 13, 30));
		s.setLocation("PI De Lindehorst, vergaderruimte De Linde");
		s.setHost(find(casebook, Organisation.class, "org-pi"));
		s.setMode(SessionMode.IN_PERSON);
		s.setState(SessionState.PREPARING);
		s.setChair(prof("anouk-peters"));
		s.setInbrenger(prof("youssef-amrani"));
		s.setTheoryPreparer(prof("mark-de-boer"));
		s.setSubmissionDeadline(at(2026, 3, 31, 17, 0));
		participant(s, "youssef-amrani", AttendanceStatus.PRESENT, false);
		participant(s, "gerda-smit", AttendanceStatus.PRESENT, false);
		participant(s, "eva-koster", AttendanceStatus.PRESENT, false);
		participant(s, "mark-de-boer", AttendanceStatus.PRESENT, false);
		participant(s, "jeroen-visser", AttendanceStatus.ONLINE, false);
	}

	// ---------------------------------------------------------------------------------------------

	private LearningSession session(String id, String methodKey, String title, Date date) {
		LearningSession session = LearningSessions.newSession(builtInMethod(methodKey), title, date);
		session.setId(id);
		library.getSessions().add(session);
		return session;
	}

	private TheoryItem theory(String id, String title, String summary, String reference, String handout, String preparedBy,
			String... tags) {
		TheoryItem item = F.createTheoryItem();
		item.setId(id);
		item.setTitle(title);
		item.setSummary(summary);
		item.setReference(reference);
		item.setHandout(handout);
		item.setPreparedBy(prof(preparedBy));
		item.getTags().addAll(List.of(tags));
		library.getTheoryItems().add(item);
		return item;
	}

	private Participant participant(LearningSession session, String slug, AttendanceStatus attendance, boolean guest) {
		Participant participant = F.createParticipant();
		participant.setId(session.getId() + "-participant-" + slug);
		Professional professional = prof(slug);
		participant.setProfessional(professional);
		participant.setOrganisation(professional == null ? null : professional.getOrganisation());
		participant.setAttendance(attendance);
		participant.setGuest(guest);
		session.getParticipants().add(participant);
		return participant;
	}

	private void question(LearningSession session, MethodStep step, Participant participant, String text, String answer) {
		contribution(session, step, CaptureKind.QUESTION, participant, text, answer, null);
	}

	private void contribution(LearningSession session, MethodStep step, CaptureKind kind, Participant participant, String text,
			String answer, TheoryItem theory) {
		Contribution contribution = F.createContribution();
		contribution.setId(session.getId() + "-c" + ++counter);
		contribution.setKind(kind);
		contribution.setStep(step);
		contribution.setParticipant(participant);
		contribution.setText(text);
		contribution.setAnswer(answer);
		contribution.setTheory(theory);
		contribution.setCreatedAt(session.getDate());
		session.getContributions().add(contribution);
	}

	private void point(LearningSession session, MethodStep step, Participant participant, String text, boolean forTeam,
			String... tags) {
		LearningPoint point = F.createLearningPoint();
		point.setId(session.getId() + "-lp" + ++counter);
		point.setStep(step);
		point.setParticipant(participant);
		point.setText(text);
		point.setForTeam(forTeam);
		point.getTags().addAll(List.of(tags));
		point.setCreatedAt(session.getDate());
		session.getLearningPoints().add(point);
	}

	private Professional prof(String slug) {
		return find(casebook, Professional.class, "prof-" + slug);
	}

	private static Date at(int year, int month, int day, int hour, int minute) {
		return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant());
	}

	private static <T extends Identifiable> T find(Casebook casebook, Class<T> type, String id) {
		List<? extends Identifiable> list = type == Professional.class ? casebook.getProfessionals()
				: type == Organisation.class ? casebook.getOrganisations() : List.of();
		for (Identifiable candidate : list) {
			if (id.equals(candidate.getId()) && type.isInstance(candidate)) {
				return type.cast(candidate);
			}
		}
		return null;
	}
}
