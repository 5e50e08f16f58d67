/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.core;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.RankedServices;
import nl.casustafel.learning.core.internal.Messages;
import nl.casustafel.learning.core.internal.PdfMinutesExporter;
import nl.casustafel.learning.core.spi.MinutesExporter;
import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.Contribution;
import nl.casustafel.learning.model.LearningPackage.Literals;
import nl.casustafel.learning.model.LearningPoint;
import nl.casustafel.learning.model.LearningSession;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.model.SessionMode;
import nl.casustafel.learning.model.StepLog;
import nl.casustafel.learning.model.TheoryItem;
import nl.casustafel.model.AttendanceStatus;
import nl.casustafel.model.Professional;

/**
 * The minutes of a learning session: its learning points first, then intended actions, takeaways,
 * advice, the theory, and how the steps went. One content, two forms: mail-ready text
 * ({@link #mailText(LearningSession)}) and a file written by the highest-ranked applicable
 * {@link MinutesExporter} (PDF by default). Texts are in the user's language.
 *
 * @since 0.1
 */
public final class LearningMinutes {

	/**
	 * A labelled value in the minutes' heading (date, place, roles, attendance).
	 *
	 * @param label the label
	 * @param value the value
	 */
	public record Fact(String label, String value) {
	}

	/**
	 * A section of the minutes.
	 *
	 * @param heading  the heading
	 * @param lines    its lines (paragraphs or list items)
	 * @param numbered whether the lines are a numbered list (otherwise bullets, or paragraphs when
	 *                 {@code bullets} is false)
	 * @param bullets  whether the lines are list items
	 */
	public record Section(String heading, List<String> lines, boolean numbered, boolean bullets) {
	}

	/**
	 * The whole content.
	 *
	 * @param title    the title
	 * @param facts    the facts under the title
	 * @param sections the sections, in order
	 */
	public record Content(String title, List<Fact> facts, List<Section> sections) {
	}

	private LearningMinutes() {
		// static access only
	}

	/**
	 * @param session a session
	 * @return the minutes' content in the user's language
	 */
	public static Content build(LearningSession session) {
		String methodName = session.getMethod() == null ? "" : Language.text(session.getMethod().getName()); //$NON-NLS-1$
		String name = !blank(session.getTitle()) ? session.getTitle() : methodName.isEmpty() ? Messages.minutes_session : methodName;
		String title = NLS.bind(Messages.minutes_title, name);
		List<Fact> facts = new ArrayList<>();
		if (session.getDate() != null) {
			facts.add(new Fact(Messages.minutes_date, formatDate(session.getDate())));
		}
		addFact(facts, Messages.minutes_location, session.getLocation());
		if (session.getHost() != null) {
			addFact(facts, Messages.minutes_host, session.getHost().getName());
		}
		facts.add(new Fact(Messages.minutes_mode, mode(session.getMode())));
		if (session.getMethod() != null) {
			facts.add(new Fact(Messages.minutes_method,
					NLS.bind(Messages.minutes_methodValue, methodName, Integer.valueOf(session.getMethod().totalMinutes()))));
		}
		addFact(facts, Messages.minutes_chair, name(session.getChair()));
		addFact(facts, Messages.minutes_presenter, name(session.getInbrenger()));
		addFact(facts, Messages.minutes_theoryPreparer, name(session.getTheoryPreparer()));
		List<String> present = new ArrayList<>();
		List<String> absent = new ArrayList<>();
		for (Participant participant : session.getParticipants()) {
			String label = participant.displayName();
			List<String> notes = new ArrayList<>();
			if (participant.isGuest()) {
				notes.add(Messages.minutes_guest);
			}
			if (participant.getAttendance() == AttendanceStatus.ONLINE) {
				notes.add(Messages.minutes_online);
			}
			if (!notes.isEmpty()) {
				label += " (" + String.join(", ", notes) + ')'; //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (participant.getAttendance() == AttendanceStatus.ABSENT
					|| participant.getAttendance() == AttendanceStatus.EXCUSED) {
				absent.add(label);
			} else {
				present.add(label);
			}
		}
		addFact(facts, Messages.minutes_present, String.join(", ", present)); //$NON-NLS-1$
		addFact(facts, Messages.minutes_absent, String.join(", ", absent)); //$NON-NLS-1$

		List<Section> sections = new ArrayList<>();
		List<String> caseLines = new ArrayList<>();
		if (!blank(session.getCaseTitle())) {
			caseLines.add(session.getCaseTitle());
		}
		String question = !blank(session.getFinalQuestion()) ? session.getFinalQuestion() : session.getCaseQuestion();
		if (!blank(question)) {
			caseLines.add(NLS.bind(Messages.minutes_question, question));
		}
		addSection(sections, Messages.minutes_case, caseLines, false, false);

		List<String> points = new ArrayList<>();
		for (LearningPoint point : session.getLearningPoints()) {
			String line = point.getText();
			List<String> tags = LearningTags.normalise(point.getTags());
			if (!tags.isEmpty()) {
				line += " [" + String.join(", ", tags) + ']'; //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (point.isForTeam()) {
				line += " (" + Messages.minutes_forTeam + ')'; //$NON-NLS-1$
			}
			points.add(line);
		}
		addSection(sections, NLS.bind(Messages.minutes_learningPoints, Integer.valueOf(points.size())), points, true, true);
		addSection(sections, Messages.minutes_actions, texts(session, CaptureKind.ACTION, false), false, true);
		addSection(sections, Messages.minutes_takeaways, texts(session, CaptureKind.TAKEAWAY, false), false, true);

		List<Contribution> advice = contributions(session, CaptureKind.ADVICE);
		long linked = advice.stream().filter(contribution -> contribution.getTheory() != null).count();
		List<String> adviceLines = new ArrayList<>();
		for (Contribution contribution : advice) {
			String line = contribution.getText();
			if (contribution.getParticipant() != null) {
				line = contribution.getParticipant().displayName() + ": " + line; //$NON-NLS-1$
			}
			if (contribution.getTheory() != null) {
				line += " [" + NLS.bind(Messages.minutes_theoryLink, nonNull(contribution.getTheory().getTitle())) + ']'; //$NON-NLS-1$
			}
			adviceLines.add(line);
		}
		addSection(sections, NLS.bind(Messages.minutes_advice, Integer.valueOf(advice.size()), Long.valueOf(linked)),
				adviceLines, false, true);

		List<String> theory = new ArrayList<>();
		for (TheoryItem item : session.getTheoryItems()) {
			StringBuilder line = new StringBuilder(nonNull(item.getTitle()));
			if (!blank(item.getSummary())) {
				line.append(": ").append(item.getSummary()); //$NON-NLS-1$
			}
			if (!blank(item.getReference())) {
				line.append(" (").append(item.getReference()).append(')'); //$NON-NLS-1$
			}
			if (!blank(item.getHandout())) {
				line.append(' ').append(NLS.bind(Messages.minutes_handout, item.getHandout()));
			}
			theory.add(line.toString());
		}
		addSection(sections, Messages.minutes_theory, theory, false, true);

		List<String> course = new ArrayList<>();
		for (StepLog log : session.getStepLogs()) {
			MethodStep step = log.getStep();
			if (step == null) {
				continue;
			}
			String stepName = stepName(step);
			int actualMinutes = (int) Math.round(log.getActualSeconds() / 60.0);
			int planned = step.getMinutes() + log.getExtraMinutes();
			String line;
			if (log.isSkipped()) {
				line = NLS.bind(Messages.minutes_stepSkipped, stepName);
			} else if (log.getEndedAt() == null) {
				line = NLS.bind(Messages.minutes_stepRunning, stepName);
			} else {
				line = NLS.bind(Messages.minutes_stepDuration,
						new Object[] { stepName, Integer.valueOf(actualMinutes), Integer.valueOf(step.getMinutes()) });
				if (log.getExtraMinutes() > 0) {
					line += "; " + NLS.bind(Messages.minutes_stepExtended, Integer.valueOf(log.getExtraMinutes())); //$NON-NLS-1$
				}
				if (actualMinutes > planned) {
					line += "; " + NLS.bind(Messages.minutes_stepOverran, Integer.valueOf(actualMinutes - planned)); //$NON-NLS-1$
				}
			}
			course.add(line);
		}
		int questions = contributions(session, CaptureKind.QUESTION).size();
		if (questions > 0) {
			course.add(NLS.bind(Messages.minutes_questionsAsked, Integer.valueOf(questions)));
		}
		addSection(sections, Messages.minutes_course, course, false, true);
		addSection(sections, Messages.minutes_parked, texts(session, CaptureKind.PARKED, false), false, true);
		return new Content(title, facts, sections);
	}

	/**
	 * @param session a session
	 * @return the subject line for mailing the minutes
	 */
	public static String mailSubject(LearningSession session) {
		String date = session.getDate() == null ? "" : ", " + formatShortDate(session.getDate()); //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.minutes_mailSubject, nonNull(session.getTitle()), date).strip();
	}

	/**
	 * @param session a session
	 * @return the minutes as plain text, ready to paste into a mail
	 */
	public static String mailText(LearningSession session) {
		Content content = build(session);
		StringBuilder text = new StringBuilder();
		text.append(content.title()).append("\n\n"); //$NON-NLS-1$
		for (Fact fact : content.facts()) {
			text.append(fact.label()).append(": ").append(fact.value()).append('\n'); //$NON-NLS-1$
		}
		for (Section section : content.sections()) {
			text.append('\n').append(section.heading()).append('\n');
			int number = 1;
			for (String line : section.lines()) {
				if (section.numbered()) {
					text.append(number++).append(". "); //$NON-NLS-1$
				} else if (section.bullets()) {
					text.append("- "); //$NON-NLS-1$
				}
				text.append(line).append('\n');
			}
		}
		return text.toString();
	}

	/**
	 * @param session a session
	 * @return the e-mail addresses of the chair, presenter and participants present, without
	 *         duplicates
	 */
	public static List<String> recipients(LearningSession session) {
		Set<String> addresses = new LinkedHashSet<>();
		addAddress(addresses, session.getChair());
		addAddress(addresses, session.getInbrenger());
		for (Participant participant : session.getParticipants()) {
			addAddress(addresses, participant.getProfessional());
		}
		return new ArrayList<>(addresses);
	}

	/**
	 * @param session a session
	 * @return a {@code mailto:} address that opens a new mail to {@link #recipients(LearningSession)}
	 *         with the subject and the minutes as text
	 */
	public static URI mailto(LearningSession session) {
		String to = String.join(",", recipients(session)); //$NON-NLS-1$
		String query = "subject=" + encode(mailSubject(session)) + "&body=" + encode(mailText(session)); //$NON-NLS-1$ //$NON-NLS-2$
		return URI.create("mailto:" + to + '?' + query); //$NON-NLS-1$
	}

	/**
	 * @param session a session
	 * @return the exporter to use: the applicable {@link MinutesExporter} service of highest ranking,
	 *         or the built-in PDF exporter
	 */
	public static MinutesExporter exporter(LearningSession session) {
		return RankedServices.highest(MinutesExporter.class, exporter -> exporter.appliesTo(session))
				.orElseGet(PdfMinutesExporter::new);
	}

	/**
	 * @param domain  the casebook's editing domain
	 * @param session the session
	 * @param sentOn  when the minutes were sent
	 * @return a command recording that the minutes were sent
	 */
	public static Command markSent(EditingDomain domain, LearningSession session, Date sentOn) {
		return SetCommand.create(domain, session, Literals.LEARNING_SESSION__MINUTES_SENT_ON, sentOn);
	}

	/**
	 * @param step a step
	 * @return its number and title, for example "3 Analyseren"
	 */
	public static String stepName(MethodStep step) {
		String label = step.getLabel();
		String title = Language.text(step.getTitle());
		return blank(label) ? title : label + ' ' + title;
	}

	/**
	 * @param mode a session mode
	 * @return its name in the user's language
	 */
	public static String mode(SessionMode mode) {
		if (mode == null) {
			return Messages.mode_inPerson;
		}
		return switch (mode) {
		case ONLINE -> Messages.mode_online;
		case HYBRID -> Messages.mode_hybrid;
		default -> Messages.mode_inPerson;
		};
	}

	/**
	 * @param date a date
	 * @return the date in full in the user's language, for example "dinsdag 3 maart 2026"
	 */
	public static String formatDate(Date date) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Language.locale()) //$NON-NLS-1$
				.format(date.toInstant().atZone(ZoneId.systemDefault()));
	}

	private static String formatShortDate(Date date) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Language.locale()) //$NON-NLS-1$
				.format(date.toInstant().atZone(ZoneId.systemDefault()));
	}

	private static List<Contribution> contributions(LearningSession session, CaptureKind kind) {
		return session.getContributions().stream().filter(contribution -> contribution.getKind() == kind).toList();
	}

	private static List<String> texts(LearningSession session, CaptureKind kind, boolean withNames) {
		List<String> lines = new ArrayList<>();
		for (Contribution contribution : contributions(session, kind)) {
			String line = contribution.getText();
			if (withNames && contribution.getParticipant() != null) {
				line = contribution.getParticipant().displayName() + ": " + line; //$NON-NLS-1$
			}
			lines.add(line);
		}
		return lines;
	}

	private static void addFact(List<Fact> facts, String label, String value) {
		if (!blank(value)) {
			facts.add(new Fact(label, value));
		}
	}

	private static void addSection(List<Section> sections, String heading, List<String> lines, boolean numbered,
			boolean bullets) {
		if (!lines.isEmpty()) {
			sections.add(new Section(heading, List.copyOf(lines), numbered, bullets));
		}
	}

	private static void addAddress(Set<String> addresses, Professional professional) {
		Professional resolved = CasebookLists.resolvedOrNull(professional);
		if (resolved != null && !blank(resolved.getEmail())) {
			addresses.add(resolved.getEmail().strip());
		}
	}

	private static String name(Professional professional) {
		Professional resolved = CasebookLists.resolvedOrNull(professional);
		return resolved == null ? null : resolved.getName();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
