/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

import java.nio.file.Path;
import java.util.List;

import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.TargetKind;

/**
 * All question sets Casustafel knows: the built-in ones, those contributed by plugins through the
 * extension point {@code nl.casustafel.reflection.questionSets}, and those a user imported as files.
 * An OSGi service (Declarative Services component
 * {@code nl.casustafel.reflection.core.QuestionSetRegistry}); in the workbench obtain it with
 * {@code PlatformUI.getWorkbench().getService(QuestionSetRegistry.class)} or an OSGi service
 * tracker.
 * <p>
 * Each file is read on its own: a file that cannot be read, or that is not valid, is reported in
 * {@link #getProblems()} (naming the plugin and the line and column) and logged, and the other sets
 * are not affected. Two sets with the same id: the first one wins (built-in, then contributed in
 * order of plugin name, then imported) and the second is reported. The sets are read when first
 * asked for and again when plugins come or go. Thread-safe.
 * </p>
 *
 * @since 0.1
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface QuestionSetRegistry {

	/** The id of the extension point through which plugins contribute question sets. */
	String EXTENSION_POINT_ID = "nl.casustafel.reflection.questionSets"; //$NON-NLS-1$

	/**
	 * @return every valid set: built-in first, then contributed, then imported; unmodifiable
	 */
	List<RegisteredQuestionSet> getSets();

	/**
	 * @param kind what the user works on (a case, a meeting, ...), or {@code null}
	 * @return the sets offered for it, in the order of {@link #getSets()}
	 */
	List<RegisteredQuestionSet> getSets(TargetKind kind);

	/**
	 * @param id a set id
	 * @return the set with that id, or {@code null}
	 */
	RegisteredQuestionSet getSet(String id);

	/**
	 * @param setId      a set id
	 * @param questionId a question id within that set
	 * @return the question, or {@code null} when the set or the question is not (or no longer) there
	 */
	Question findQuestion(String setId, String questionId);

	/**
	 * @return the problems found when the sets were last read: broken or invalid files, duplicate
	 *         ids, warnings; unmodifiable
	 */
	List<QuestionSetProblem> getProblems();

	/**
	 * Imports a question-set file: validates it and copies it into the import folder
	 * ({@link ReflectionPreferences#importFolder()}), where it is found at every start. A file with
	 * the id of an imported set replaces that set (an update).
	 *
	 * @param file the file
	 * @return the imported set
	 * @throws QuestionSetException when the file cannot be read, is not valid (see
	 *                              {@link QuestionSetException#getProblems()}), has the id of a
	 *                              built-in or contributed set, or cannot be copied
	 */
	RegisteredQuestionSet importSet(Path file) throws QuestionSetException;

	/**
	 * Removes an imported set (deletes its file from the import folder).
	 *
	 * @param id the id of an imported set
	 * @return whether there was such a set
	 * @throws QuestionSetException when the file cannot be deleted
	 */
	boolean removeImported(String id) throws QuestionSetException;

	/**
	 * Writes a set to a file in the question-set format, for example to adapt it and import it
	 * again under a new id.
	 *
	 * @param id   the id of a set
	 * @param file the file to write (replaced when it exists)
	 * @throws QuestionSetException when there is no such set or the file cannot be written
	 */
	void exportSet(String id, Path file) throws QuestionSetException;

	/**
	 * Reads all sets again (also done by itself when plugins are added or removed).
	 */
	void reload();

	/**
	 * @param listener told (on any thread) after the sets were read again
	 */
	void addListener(Runnable listener);

	/**
	 * @param listener a listener added before
	 */
	void removeListener(Runnable listener);
}
