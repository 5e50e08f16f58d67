/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.core.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.casustafel.core.CasebookLists;
import nl.casustafel.core.demo.DemoContributor;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.Identifiable;
import nl.casustafel.reflection.core.QuestionSetRegistry;
import nl.casustafel.reflection.model.Question;
import nl.casustafel.reflection.model.Reflection;
import nl.casustafel.reflection.model.ReflectionFactory;

/**
 * Adds fictional reflections to the Lindeveld demo region, so that the Reflection view shows
 * answers, a discussed question and the coverage check when a chair opens the demo: on case LV-01
 * (the "carousel" case) and on the casusoverleg of 10 February (M2).
 */
@SuppressWarnings("nls")
public final class ReflectionDemoContributor implements DemoContributor {

	private static final String THEMES = "nl.casustafel.reflection.themes";

	private static final String CHAIR_PROMPTS = "nl.casustafel.reflection.chairPrompts";

	private static final String COVERAGE = "nl.casustafel.reflection.coverage";

	private QuestionSetRegistry registry;

	/**
	 * Called by Declarative Services.
	 *
	 * @param questionSets the question-set registry
	 */
	public void setRegistry(QuestionSetRegistry questionSets) {
		this.registry = questionSets;
	}

	@Override
	public void contribute(Casebook demo) {
		EObject lv01 = find(demo, DemoRegion.caseId("LV-01"));
		EObject m2 = find(demo, DemoRegion.MEETING_M2);
		LocalDate focus = DemoRegion.REFERENCE_DATE.minusDays(1);
		add(demo, lv01, THEMES, "il-t-01", "Beheersbaar betekent voor Robin: een vaste slaapplek, geen nieuwe "
				+ "inbraken en elke week contact met Lindestroom. De detox is een stap, geen voorwaarde.",
				"Jeroen Visser", focus, true);
		add(demo, lv01, CHAIR_PROMPTS, "cp-08", "Afgesproken in het focusoverleg: Lindehaven houdt de woonplek vast "
				+ "tijdens de detox, zodat Robin daarna niet opnieuw van voren af aan begint.", "Sanne de Wit", focus, true);
		add(demo, lv01, COVERAGE, "cm-outreach", "De bemoeizorg ziet Robin wekelijks in de nachtopvang; de wijkagent "
				+ "spreekt hem op straat.", "Jeroen Visser", focus, false);
		add(demo, lv01, COVERAGE, "cm-linking", "Warme overdracht naar Lindestroom is gepland; wie met Robin meegaat "
				+ "naar de opname is nog open.", "Jeroen Visser", focus, false);
		add(demo, m2, THEMES, "cl-t-01", "In dit overleg won het argument van justitie twee keer voordat de zorg haar "
				+ "bezwaren had kunnen toelichten. Volgende keer laten we de zorg eerst spreken.", "Sanne de Wit",
				LocalDate.of(2026, 2, 10), false);
	}

	private void add(Casebook demo, EObject target, String setId, String questionId, String answer, String author,
			LocalDate day, boolean discussed) {
		Question question = registry == null ? null : registry.findQuestion(setId, questionId);
		if (target == null || question == null) {
			return;
		}
		Date date = Date.from(day.atTime(16, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant());
		Reflection reflection = ReflectionFactory.eINSTANCE.createReflection();
		reflection.setId("reflection-demo-" + UUID.nameUUIDFromBytes((setId + '/' + questionId + '/'
				+ ((Identifiable) target).getId()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		reflection.setTarget(target);
		reflection.setQuestionSetId(setId);
		reflection.setQuestionId(questionId);
		reflection.setQuestionText(EcoreUtil.copy(question.getText()));
		reflection.setAnswer(answer);
		reflection.setAuthor(author);
		reflection.setDate(date);
		reflection.setDiscussed(discussed);
		if (discussed) {
			reflection.setDiscussedOn(date);
		}
		demo.getContributions().add(reflection);
	}

	private static EObject find(Casebook demo, String id) {
		for (EObject object : CasebookLists.resolved(demo.getCases())) {
			if (object instanceof Identifiable identifiable && id.equals(identifiable.getId())) {
				return object;
			}
		}
		for (EObject object : CasebookLists.resolved(demo.getMeetings())) {
			if (object instanceof Identifiable identifiable && id.equals(identifiable.getId())) {
				return object;
			}
		}
		return null;
	}
}
