/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.reflection.core.internal.Messages;
import nl.casustafel.reflection.model.Journal;
import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.QuestionSet;
import nl.casustafel.reflection.model.Reflection;
import nl.casustafel.reflection.model.ReflectionFactory;
import nl.casustafel.reflection.model.ReflectionPackage;

/**
 * The reflections in a casebook and the commands that write them. Reflections and journals live
 * in {@link Casebook#getContributions()} (stored in the casebook's contribution shards), so they are
 * saved, locked and undone like everything else. Every change is an EMF command for the session's
 * editing domain: execute it on the domain's command stack.
 *
 * @since 0.1
 */
public final class Reflections {

	private static final ReflectionPackage MODEL = ReflectionPackage.eINSTANCE;

	private Reflections() {
		// static access only
	}

	/**
	 * @param casebook the casebook
	 * @param target   a case, agenda item, meeting, learning session or journal
	 * @return the reflections about it, in the order they were written; unmodifiable
	 */
	public static List<Reflection> of(Casebook casebook, EObject target) {
		List<Reflection> result = new ArrayList<>();
		if (casebook == null || target == null) {
			return List.of();
		}
		for (EObject contribution : CasebookLists.resolved(casebook.getContributions())) {
			if (contribution instanceof Reflection reflection && reflection.getTarget() == target) {
				result.add(reflection);
			}
		}
		return List.copyOf(result);
	}

	/**
	 * @param casebook   the casebook
	 * @param target     the target
	 * @param setId      a question set id
	 * @param questionId a question id in that set
	 * @return the reflection on that question about that target, or {@code null}
	 */
	public static Reflection find(Casebook casebook, EObject target, String setId, String questionId) {
		for (Reflection reflection : of(casebook, target)) {
			if (Objects.equals(setId, reflection.getQuestionSetId())
					&& Objects.equals(questionId, reflection.getQuestionId())) {
				return reflection;
			}
		}
		return null;
	}

	/**
	 * @param casebook the casebook
	 * @param owner    a user name
	 * @return that user's journal in the casebook, or {@code null}
	 */
	public static Journal journalOf(Casebook casebook, String owner) {
		if (casebook == null) {
			return null;
		}
		for (EObject contribution : CasebookLists.resolved(casebook.getContributions())) {
			if (contribution instanceof Journal journal && Objects.equals(owner, journal.getOwner())) {
				return journal;
			}
		}
		return null;
	}

	/**
	 * Creates a journal that is not in a casebook yet. It is added to the casebook by the first
	 * {@link #answer} or {@link #setDiscussed} command about it.
	 *
	 * @param owner the user whose journal it is
	 * @return a new journal
	 */
	public static Journal newJournal(String owner) {
		Journal journal = ReflectionFactory.eINSTANCE.createJournal();
		journal.setId(newId("journal")); //$NON-NLS-1$
		journal.setOwner(owner);
		return journal;
	}

	/**
	 * A command that writes the answer to a question about a target: it changes the existing
	 * reflection, or adds a new one (and the target, when it is a journal that is not in the
	 * casebook yet). The author and date are set to the writer and now.
	 *
	 * @param domain   the session's editing domain
	 * @param casebook the session's casebook
	 * @param target   the target (a case, agenda item, meeting, learning session or journal)
	 * @param set      the question's set
	 * @param question the question
	 * @param answer   the answer (empty clears it)
	 * @param author   who writes it
	 * @return the command; not executable when the answer is unchanged
	 */
	public static Command answer(EditingDomain domain, Casebook casebook, EObject target, QuestionSet set,
			Question question, String answer, String author) {
		String text = answer == null ? "" : answer; //$NON-NLS-1$
		Reflection existing = find(casebook, target, set.getId(), question.getId());
		Date now = new Date();
		CompoundCommand command = new CompoundCommand(Messages.command_answer);
		if (existing != null) {
			if (text.equals(existing.getAnswer() == null ? "" : existing.getAnswer())) { //$NON-NLS-1$
				return UnexecutableCommand.INSTANCE;
			}
			command.append(SetCommand.create(domain, existing, MODEL.getReflection_Answer(), text));
			command.append(SetCommand.create(domain, existing, MODEL.getReflection_Author(), author));
			command.append(SetCommand.create(domain, existing, MODEL.getReflection_Date(), now));
			return command;
		}
		if (text.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Reflection reflection = newReflection(target, set, question, author, now);
		reflection.setAnswer(text);
		appendAdd(domain, casebook, target, reflection, command);
		return command;
	}

	/**
	 * A command that marks a question as discussed (or not) for a target, adding a reflection
	 * without answer when there is none yet.
	 *
	 * @param domain    the session's editing domain
	 * @param casebook  the session's casebook
	 * @param target    the target
	 * @param set       the question's set
	 * @param question  the question
	 * @param discussed whether it was discussed
	 * @param author    who marks it (used for a new reflection)
	 * @return the command; not executable when nothing changes
	 */
	public static Command setDiscussed(EditingDomain domain, Casebook casebook, EObject target, QuestionSet set,
			Question question, boolean discussed, String author) {
		Reflection existing = find(casebook, target, set.getId(), question.getId());
		Date now = new Date();
		CompoundCommand command = new CompoundCommand(
				discussed ? Messages.command_markDiscussed : Messages.command_markNotDiscussed);
		if (existing != null) {
			if (existing.isDiscussed() == discussed) {
				return UnexecutableCommand.INSTANCE;
			}
			command.append(
					SetCommand.create(domain, existing, MODEL.getReflection_Discussed(), Boolean.valueOf(discussed)));
			command.append(SetCommand.create(domain, existing, MODEL.getReflection_DiscussedOn(),
					discussed ? now : SetCommand.UNSET_VALUE));
			return command;
		}
		if (!discussed) {
			return UnexecutableCommand.INSTANCE;
		}
		Reflection reflection = newReflection(target, set, question, author, now);
		reflection.setDiscussed(true);
		reflection.setDiscussedOn(now);
		appendAdd(domain, casebook, target, reflection, command);
		return command;
	}

	private static void appendAdd(EditingDomain domain, Casebook casebook, EObject target, Reflection reflection,
			CompoundCommand command) {
		if (target instanceof Journal journal && journal.eContainer() == null) {
			command.append(AddCommand.create(domain, casebook, CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS, journal));
		}
		command.append(AddCommand.create(domain, casebook, CasebookPackage.Literals.CASEBOOK__CONTRIBUTIONS, reflection));
	}

	private static Reflection newReflection(EObject target, QuestionSet set, Question question, String author,
			Date now) {
		Reflection reflection = ReflectionFactory.eINSTANCE.createReflection();
		reflection.setId(newId("reflection")); //$NON-NLS-1$
		reflection.setTarget(target);
		reflection.setQuestionSetId(set.getId());
		reflection.setQuestionId(question.getId());
		if (question.getText() != null) {
			reflection.setQuestionText(EcoreUtil.copy(question.getText()));
		}
		reflection.setAuthor(author);
		reflection.setDate(now);
		return reflection;
	}

	private static String newId(String prefix) {
		return prefix + '-' + UUID.randomUUID();
	}
}
