/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXParseException;

import nl.casustafel.reflection.core.QuestionSetProblem.Severity;
import nl.casustafel.reflection.core.internal.Messages;
import nl.casustafel.reflection.core.internal.QuestionSetResource;
import nl.casustafel.reflection.model.LocalizedText;
import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.QuestionSet;
import nl.casustafel.reflection.model.ReflectionPackage;
import nl.casustafel.reflection.model.Theme;

/**
 * Reads, validates and writes question-set files. A question-set file is an XMI document whose
 * root element is a {@code reflection:QuestionSet} of the package
 * {@value ReflectionPackage#eNS_URI}; see the bundle README and the extension point schema for
 * the format.
 *
 * @since 0.1
 */
public final class QuestionSets {

	/** What an id of a set, theme or question may consist of. */
	public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*"); //$NON-NLS-1$

	/** The usual extension of question-set files. */
	public static final String FILE_EXTENSION = "xmi"; //$NON-NLS-1$

	/**
	 * A position in a file.
	 *
	 * @param line   the line, from 1 (0: not known)
	 * @param column the column, from 1 (0: not known)
	 */
	public record Position(int line, int column) {

		/** Unknown position. */
		public static final Position UNKNOWN = new Position(0, 0);
	}

	/**
	 * What reading a file gave.
	 *
	 * @param set      the set, or {@code null} when the file has errors
	 * @param problems the problems found (errors and warnings)
	 */
	public record ReadResult(QuestionSet set, List<QuestionSetProblem> problems) {

		/**
		 * @return whether the set can be used
		 */
		public boolean ok() {
			return set != null;
		}

		/**
		 * @return the errors only
		 */
		public List<QuestionSetProblem> errors() {
			return problems.stream().filter(QuestionSetProblem::isError).toList();
		}
	}

	private QuestionSets() {
		// static access only
	}

	/**
	 * Reads and validates a question-set file. Never throws on bad content: everything wrong is in
	 * the result's problems, with line and column where known.
	 *
	 * @param in          the file's content (not closed)
	 * @param contributor who supplied the file (a plugin's symbolic name, or
	 *                    {@link RegisteredQuestionSet#IMPORT}), used in problems
	 * @param location    the file's path, used in problems
	 * @return the set (when it has no errors) and the problems
	 */
	public static ReadResult read(InputStream in, String contributor, String location) {
		List<QuestionSetProblem> problems = new ArrayList<>();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(ReflectionPackage.eNS_URI, ReflectionPackage.eINSTANCE);
		QuestionSetResource resource = new QuestionSetResource(URI.createURI("questionset:/" + location)); //$NON-NLS-1$
		resourceSet.getResources().add(resource);
		Throwable failure = null;
		try {
			resource.load(in, loadOptions());
		} catch (IOException | RuntimeException e) {
			failure = e;
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(problem(Severity.ERROR, contributor, location, error.getLine(), error.getColumn(),
					describe(error)));
		}
		if (failure != null && problems.isEmpty()) {
			SAXParseException parse = cause(failure, SAXParseException.class);
			if (parse != null) {
				problems.add(problem(Severity.ERROR, contributor, location, parse.getLineNumber(),
						parse.getColumnNumber(), NLS.bind(Messages.read_notWellFormed, parse.getMessage())));
			} else {
				problems.add(problem(Severity.ERROR, contributor, location, 0, 0,
						NLS.bind(Messages.read_failed, rootMessage(failure))));
			}
		}
		if (!problems.isEmpty()) {
			return new ReadResult(null, List.copyOf(problems));
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof QuestionSet)) {
			problems.add(problem(Severity.ERROR, contributor, location, 0, 0, Messages.read_notAQuestionSet));
			return new ReadResult(null, List.copyOf(problems));
		}
		QuestionSet set = (QuestionSet) resource.getContents().get(0);
		problems.addAll(validate(set, contributor, location, resource::positionOf));
		boolean errors = problems.stream().anyMatch(QuestionSetProblem::isError);
		return new ReadResult(errors ? null : set, List.copyOf(problems));
	}

	/**
	 * Where an object of a file is, for {@link QuestionSets#validate}.
	 */
	@FunctionalInterface
	public interface Positions {
		/**
		 * @param object an object of the set
		 * @return its position, {@code null} or {@link Position#UNKNOWN} when not known
		 */
		Position positionOf(EObject object);
	}

	/**
	 * Checks a set: ids present, well-formed and unique (themes and questions within the set), a
	 * title and at least one question, every question with a text; texts in both Dutch and English
	 * (a missing language is a warning).
	 *
	 * @param set         the set
	 * @param contributor for the problems
	 * @param location    for the problems
	 * @param positions   where the objects are in the file, or {@code null}
	 * @return the problems; empty when the set is fine
	 */
	public static List<QuestionSetProblem> validate(QuestionSet set, String contributor, String location,
			Positions positions) {
		List<QuestionSetProblem> problems = new ArrayList<>();
		Positions where = positions != null ? positions : object -> Position.UNKNOWN;
		Checker check = new Checker(problems, contributor, location, where);
		check.id(set, set.getId(), Messages.validate_what_set);
		check.text(set, set.getTitle(), NLS.bind(Messages.validate_what_setTitle, String.valueOf(set.getId())), true);
		if (set.getThemes().isEmpty()) {
			check.error(set, Messages.validate_noThemes);
		}
		Set<String> themeIds = new HashSet<>();
		Map<String, Question> questionIds = new HashMap<>();
		int questions = 0;
		for (Theme theme : set.getThemes()) {
			String themeLabel = NLS.bind(Messages.validate_what_theme, String.valueOf(theme.getId()));
			if (check.id(theme, theme.getId(), themeLabel) && !themeIds.add(theme.getId())) {
				check.error(theme, NLS.bind(Messages.validate_duplicateId, themeLabel));
			}
			check.text(theme, theme.getTitle(), NLS.bind(Messages.validate_what_themeTitle, theme.getId()), true);
			for (Question question : theme.getQuestions()) {
				questions++;
				String questionLabel = NLS.bind(Messages.validate_what_question, String.valueOf(question.getId()));
				if (check.id(question, question.getId(), questionLabel)
						&& questionIds.putIfAbsent(question.getId(), question) != null) {
					check.error(question, NLS.bind(Messages.validate_duplicateId, questionLabel));
				}
				check.text(question, question.getText(), questionLabel, true);
				for (String tag : question.getTags()) {
					if (tag == null || tag.isBlank() || tag.chars().anyMatch(Character::isWhitespace)) {
						check.warning(question, NLS.bind(Messages.validate_badTag, questionLabel, tag));
					}
				}
			}
		}
		if (questions == 0 && !set.getThemes().isEmpty()) {
			check.error(set, Messages.validate_noQuestions);
		}
		return problems;
	}

	/**
	 * Writes a set as a question-set file (UTF-8 XMI).
	 *
	 * @param set the set; not changed (a copy is written)
	 * @param out where to write (not closed)
	 * @throws IOException when writing fails
	 */
	public static void write(QuestionSet set, OutputStream out) throws IOException {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("questionset:/export.xmi")); //$NON-NLS-1$
		resource.getContents().add(EcoreUtil.copy(set));
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		resource.save(out, options);
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		// Question-set files come from outside: no DOCTYPE, so no external entities.
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	private static String describe(Resource.Diagnostic error) {
		if (error instanceof FeatureNotFoundException e) {
			return NLS.bind(Messages.read_unknownFeature, e.getName());
		}
		if (error instanceof IllegalValueException e) {
			return NLS.bind(Messages.read_illegalValue, e.getValue(), e.getFeature().getName());
		}
		if (error instanceof PackageNotFoundException e) {
			return NLS.bind(Messages.read_unknownFormat, e.uri(), ReflectionPackage.eNS_URI);
		}
		if (error instanceof ClassNotFoundException e) {
			return NLS.bind(Messages.read_unknownClass, e.getName());
		}
		if (error instanceof Exception e) {
			SAXParseException parse = cause(e, SAXParseException.class);
			if (parse != null) {
				return NLS.bind(Messages.read_notWellFormed, parse.getMessage());
			}
		}
		return NLS.bind(Messages.read_failed, stripLocation(error.getMessage()));
	}

	/** EMF appends "(uri, line, column)" to its messages; the problem says that itself. */
	private static String stripLocation(String message) {
		if (message == null) {
			return ""; //$NON-NLS-1$
		}
		int index = message.lastIndexOf(" (questionset:/"); //$NON-NLS-1$
		return index > 0 ? message.substring(0, index) : message;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() != null ? stripLocation(root.getMessage()) : root.getClass().getSimpleName();
	}

	private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static QuestionSetProblem problem(Severity severity, String contributor, String location, int line,
			int column, String message) {
		return new QuestionSetProblem(severity, contributor, location, Math.max(0, line), Math.max(0, column), message);
	}

	/** Collects the problems of one set. */
	private record Checker(List<QuestionSetProblem> problems, String contributor, String location, Positions where) {

		boolean id(EObject object, String id, String what) {
			if (id == null || id.isBlank()) {
				error(object, NLS.bind(Messages.validate_missingId, what));
				return false;
			}
			if (!ID.matcher(id).matches()) {
				error(object, NLS.bind(Messages.validate_badId, what));
				return false;
			}
			return true;
		}

		void text(EObject object, LocalizedText text, String what, boolean required) {
			boolean dutch = text != null && text.getNl() != null && !text.getNl().isBlank();
			boolean english = text != null && text.getEn() != null && !text.getEn().isBlank();
			if (!dutch && !english) {
				if (required) {
					error(object, NLS.bind(Messages.validate_missingText, what));
				}
			} else if (!dutch) {
				warning(object, NLS.bind(Messages.validate_missingDutch, what));
			} else if (!english) {
				warning(object, NLS.bind(Messages.validate_missingEnglish, what));
			}
		}

		void error(EObject object, String message) {
			add(Severity.ERROR, object, message);
		}

		void warning(EObject object, String message) {
			add(Severity.WARNING, object, message);
		}

		private void add(Severity severity, EObject object, String message) {
			Position position = where.positionOf(object);
			if (position == null) {
				position = Position.UNKNOWN;
			}
			problems.add(problem(severity, contributor, location, position.line(), position.column(), message));
		}
	}
}
