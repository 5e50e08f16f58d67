/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.reflection.ui.tests;

import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.Casebook;
import nl.casustafel.model.CasebookFactory;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Person;
import nl.casustafel.tests.support.DemoCasebook;

/**
 * A small fictional casebook (region Lindeveld), written to a folder and made the workbench's
 * active casebook, as a chair would have it open (a {@link DemoCasebook} with this content).
 */
final class TestCasebook implements AutoCloseable {

	static final String CASE_NUMBER = "LV-2026-014";

	static final String PSEUDONYM = "Noordwind";

	static final String MEETING = "Casusoverleg Lindeveld-Noord";

	private final DemoCasebook demo;

	private TestCasebook(DemoCasebook demo) {
		this.demo = demo;
	}

	static TestCasebook create(Path parent) throws CasebookException {
		return new TestCasebook(DemoCasebook.create(parent, content()));
	}

	CasebookSession session() {
		return demo.session();
	}

	Casebook casebook() {
		return session().getCasebook();
	}

	Case aCase() {
		return casebook().getCases().get(0);
	}

	Case otherCase() {
		return casebook().getCases().get(1);
	}

	Meeting meeting() {
		return casebook().getMeetings().get(0);
	}

	AgendaItem agendaItem() {
		return meeting().getItems().get(0);
	}

	Agreement agreement() {
		return aCase().getAgreements().get(0);
	}

	/**
	 * Adds a learning session as the learning capability (nl.casustafel.learning.*) will: an object
	 * of class LearningSession of the learning package, in the casebook's contributions. Not saved.
	 */
	EObject addLearningSession(String title) {
		EPackage learning = EcoreFactory.eINSTANCE.createEPackage();
		learning.setName("learningtest");
		learning.setNsURI("http://casustafel.nl/model/learning/0.0-test");
		EClass sessionClass = EcoreFactory.eINSTANCE.createEClass();
		sessionClass.setName("LearningSession");
		EAttribute titleAttribute = EcoreFactory.eINSTANCE.createEAttribute();
		titleAttribute.setName("title");
		titleAttribute.setEType(EcorePackage.Literals.ESTRING);
		sessionClass.getEStructuralFeatures().add(titleAttribute);
		learning.getEClassifiers().add(sessionClass);
		EObject learningSession = EcoreUtil.create(sessionClass);
		learningSession.eSet(titleAttribute, title);
		casebook().getContributions().add(learningSession);
		return learningSession;
	}

	/** A restart: closes the session and opens the folder again as the active casebook. */
	void reopen() throws CasebookException {
		demo.reopen();
	}

	@Override
	public void close() {
		demo.close();
	}

	private static Casebook content() {
		CasebookFactory f = CasebookFactory.eINSTANCE;
		Casebook book = f.createCasebook();
		book.setName("Lindeveld (test)");
		book.setRegion("Lindeveld");
		Case first = newCase(book, "person-1", PSEUDONYM, "case-1", CASE_NUMBER);
		Agreement agreement = f.createAgreement();
		agreement.setId("agreement-1");
		agreement.setDescription("Huisbezoek met wijkagent plannen");
		first.getAgreements().add(agreement);
		newCase(book, "person-2", "Zilverberk", "case-2", "LV-2026-021");
		Meeting meeting = f.createMeeting();
		meeting.setId("meeting-1");
		meeting.setTitle(MEETING);
		meeting.setDate(new GregorianCalendar(2026, Calendar.DECEMBER, 3, 14, 0).getTime());
		AgendaItem item = f.createAgendaItem();
		item.setId("item-1");
		item.setKind(AgendaItemKind.CASE);
		item.setTitle(CASE_NUMBER + " " + PSEUDONYM);
		item.setCase(first);
		meeting.getItems().add(item);
		book.getMeetings().add(meeting);
		return book;
	}

	private static Case newCase(Casebook book, String personId, String pseudonym, String caseId, String number) {
		CasebookFactory f = CasebookFactory.eINSTANCE;
		Person person = f.createPerson();
		person.setId(personId);
		person.setPseudonym(pseudonym);
		book.getSubjects().add(person);
		Case aCase = f.createCase();
		aCase.setId(caseId);
		aCase.setCaseNumber(number);
		aCase.setSubject(person);
		book.getCases().add(aCase);
		return aCase;
	}
}
