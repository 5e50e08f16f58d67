/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.validation;

import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import nl.casustafel.core.internal.validation.Messages;
import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.AgreementStatus;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Identifiable;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.NonCompletionReason;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.Professional;
import nl.casustafel.model.Relation;
import nl.casustafel.model.Subject;

/**
 * The EMF validator of the casebook model: checks what users must fill in.
 * <p>
 * Besides EMF's default constraints (multiplicities, unique ids, resolvable proxies...) it reports,
 * as {@link Diagnostic#ERROR errors}:
 * </p>
 * <ul>
 * <li>an agenda item of kind {@link AgendaItemKind#CASE CASE} without a case, a reason or a question
 * for the meeting;</li>
 * <li>an agreement without a description, an owner (professional or organisation) or a due date, and
 * a {@link AgreementStatus#NOT_DONE NOT_DONE} agreement without a non-completion reason;</li>
 * <li>a case without a case number, a subject or a reason;</li>
 * <li>an organisation without a name or a logic; a professional without a name or an organisation;
 * a subject without a pseudonym; a meeting without a date or a type;</li>
 * <li>a relation without a source or a target, or with the same organisation at both ends;</li>
 * <li>any object whose {@code validTo} lies before its {@code validFrom}.</li>
 * </ul>
 * <p>
 * Every diagnostic has source {@link #DIAGNOSTIC_SOURCE}, one of the codes below and as
 * {@link Diagnostic#getData() data} the object followed by the feature to fix, so a user interface
 * can point at the field. Messages are localised (Dutch, English fallback).
 * </p>
 * <p>
 * Register it with {@link CasebookValidation#install()}. Partners may subclass it to add
 * constraints; call {@code super.validate(...)} first.
 * </p>
 */
public class CasebookValidator extends EObjectValidator {

	/** The shared instance. */
	public static final CasebookValidator INSTANCE = new CasebookValidator();

	/** Source of the diagnostics of this validator. */
	public static final String DIAGNOSTIC_SOURCE = "nl.casustafel.core.validation"; //$NON-NLS-1$

	/** A case agenda item has no case. */
	public static final int AGENDA_ITEM__CASE_REQUIRED = 1;
	/** A case agenda item has no reason. */
	public static final int AGENDA_ITEM__REASON_REQUIRED = 2;
	/** A case agenda item has no question for the meeting. */
	public static final int AGENDA_ITEM__QUESTION_REQUIRED = 3;
	/** An agreement has no description. */
	public static final int AGREEMENT__DESCRIPTION_REQUIRED = 4;
	/** An agreement has neither an owning professional nor an organisation. */
	public static final int AGREEMENT__OWNER_REQUIRED = 5;
	/** An agreement has no due date. */
	public static final int AGREEMENT__DUE_DATE_REQUIRED = 6;
	/** A NOT_DONE agreement has no non-completion reason. */
	public static final int AGREEMENT__NON_COMPLETION_REASON_REQUIRED = 7;
	/** A case has no case number. */
	public static final int CASE__CASE_NUMBER_REQUIRED = 8;
	/** A case has no subject. */
	public static final int CASE__SUBJECT_REQUIRED = 9;
	/** A case has no reason. */
	public static final int CASE__REASON_REQUIRED = 10;
	/** An organisation has no name. */
	public static final int ORGANISATION__NAME_REQUIRED = 11;
	/** An organisation has no logic (only reported when the model makes the logic unsettable). */
	public static final int ORGANISATION__LOGIC_REQUIRED = 12;
	/** A professional has no name. */
	public static final int PROFESSIONAL__NAME_REQUIRED = 13;
	/** A professional has no organisation. */
	public static final int PROFESSIONAL__ORGANISATION_REQUIRED = 14;
	/** A person or household has no pseudonym. */
	public static final int SUBJECT__PSEUDONYM_REQUIRED = 15;
	/** A meeting has no date. */
	public static final int MEETING__DATE_REQUIRED = 16;
	/** A meeting has no meeting type. */
	public static final int MEETING__TYPE_REQUIRED = 17;
	/** A relation has no source. */
	public static final int RELATION__SOURCE_REQUIRED = 18;
	/** A relation has no target. */
	public static final int RELATION__TARGET_REQUIRED = 19;
	/** A relation has the same organisation as source and target. */
	public static final int RELATION__SOURCE_EQUALS_TARGET = 20;
	/** An object's validTo lies before its validFrom. */
	public static final int VALIDITY__TO_BEFORE_FROM = 21;

	private static final String VALID_FROM = "validFrom"; //$NON-NLS-1$
	private static final String VALID_TO = "validTo"; //$NON-NLS-1$
	private static final int MAX_LABEL_LENGTH = 60;
	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	/** Context key of the per-validation index of ids by resource. */
	private static final Object ID_INDEX = new Object();

	/** Creates a validator; use {@link #INSTANCE} unless subclassing. */
	public CasebookValidator() {
		super();
	}

	@Override
	protected EPackage getEPackage() {
		return P;
	}

	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (!(value instanceof EObject eObject)) {
			return true; // data type values (enums, strings) need no checks of their own
		}
		boolean result = validate_EveryDefaultConstraint(eObject, diagnostics, context);
		if (result || diagnostics != null) {
			result &= validateRequiredFields(eObject, diagnostics);
		}
		if (result || diagnostics != null) {
			result &= validateValidity(eObject, diagnostics);
		}
		return result;
	}

	/**
	 * Checks that an object's id is unique in its resource, like EMF's default constraint, but with
	 * an index built once per validation run (kept in the context): EMF's default looks each id up
	 * by walking the whole resource, which takes minutes on a casebook of thousands of cases.
	 */
	@Override
	public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String id = EcoreUtil.getID(eObject);
		Resource resource = eObject.eResource();
		if (id == null || resource == null) {
			return true;
		}
		if (context == null) {
			return super.validate_UniqueID(eObject, diagnostics, context);
		}
		@SuppressWarnings("unchecked")
		Map<Resource, Map<String, EObject>> index = (Map<Resource, Map<String, EObject>>) context
				.computeIfAbsent(ID_INDEX, key -> new HashMap<Resource, Map<String, EObject>>());
		EObject first = index.computeIfAbsent(resource, CasebookValidator::indexIds).get(id);
		if (first == null || first == eObject) {
			return true;
		}
		// A duplicate: let EMF report it in its usual form (rare, so its slow lookup does not matter).
		return super.validate_UniqueID(eObject, diagnostics, context);
	}

	private static Map<String, EObject> indexIds(Resource resource) {
		Map<String, EObject> ids = new HashMap<>();
		for (Iterator<EObject> it = EcoreUtil.getAllProperContents(resource, false); it.hasNext();) {
			EObject eObject = it.next();
			String id = EcoreUtil.getID(eObject);
			if (id != null) {
				ids.putIfAbsent(id, eObject);
			}
		}
		return ids;
	}

	private boolean validateRequiredFields(EObject eObject, DiagnosticChain diagnostics) {
		if (eObject instanceof AgendaItem item) {
			return validateAgendaItem(item, diagnostics);
		} else if (eObject instanceof Agreement agreement) {
			return validateAgreement(agreement, diagnostics);
		} else if (eObject instanceof Case aCase) {
			return validateCase(aCase, diagnostics);
		} else if (eObject instanceof Organisation organisation) {
			return validateOrganisation(organisation, diagnostics);
		} else if (eObject instanceof Professional professional) {
			return validateProfessional(professional, diagnostics);
		} else if (eObject instanceof Subject subject) {
			return require(!isBlank(subject.getPseudonym()), subject, P.getSubject_Pseudonym(),
					SUBJECT__PSEUDONYM_REQUIRED, Messages.Subject_PseudonymMissing, diagnostics);
		} else if (eObject instanceof Meeting meeting) {
			return validateMeeting(meeting, diagnostics);
		} else if (eObject instanceof Relation relation) {
			return validateRelation(relation, diagnostics);
		}
		return true;
	}

	/**
	 * Checks a case agenda item: case, reason and question for the meeting. Other kinds (open
	 * agreements, escalations, read-back) need none of them.
	 *
	 * @param item        the agenda item
	 * @param diagnostics where to report, or {@code null} to stop at the first problem
	 * @return whether the item is valid
	 */
	protected boolean validateAgendaItem(AgendaItem item, DiagnosticChain diagnostics) {
		if (item.getKind() != AgendaItemKind.CASE) {
			return true;
		}
		boolean result = require(item.getCase() != null, item, P.getAgendaItem_Case(), AGENDA_ITEM__CASE_REQUIRED,
				Messages.AgendaItem_CaseMissing, diagnostics);
		if (result || diagnostics != null) {
			result &= require(!isBlank(item.getReason()), item, P.getAgendaItem_Reason(), AGENDA_ITEM__REASON_REQUIRED,
					Messages.AgendaItem_ReasonMissing, diagnostics);
		}
		if (result || diagnostics != null) {
			result &= require(!isBlank(item.getQuestion()), item, P.getAgendaItem_Question(),
					AGENDA_ITEM__QUESTION_REQUIRED, Messages.AgendaItem_QuestionMissing, diagnostics);
		}
		return result;
	}

	/**
	 * Checks an agreement: description, owner (professional or organisation), due date, and the
	 * reason when it was not done.
	 *
	 * @param agreement   the agreement
	 * @param diagnostics where to report, or {@code null} to stop at the first problem
	 * @return whether the agreement is valid
	 */
	protected boolean validateAgreement(Agreement agreement, DiagnosticChain diagnostics) {
		boolean result = require(!isBlank(agreement.getDescription()), agreement, P.getAgreement_Description(),
				AGREEMENT__DESCRIPTION_REQUIRED, Messages.Agreement_DescriptionMissing, diagnostics);
		if (result || diagnostics != null) {
			result &= require(agreement.getOwner() != null || agreement.getOrganisation() != null, agreement,
					P.getAgreement_Owner(), AGREEMENT__OWNER_REQUIRED, Messages.Agreement_OwnerMissing, diagnostics);
		}
		if (result || diagnostics != null) {
			result &= require(agreement.getDueDate() != null, agreement, P.getAgreement_DueDate(),
					AGREEMENT__DUE_DATE_REQUIRED, Messages.Agreement_DueDateMissing, diagnostics);
		}
		if (result || diagnostics != null) {
			boolean reasonGiven = agreement.getStatus() != AgreementStatus.NOT_DONE
					|| agreement.getNonCompletionReason() != NonCompletionReason.NONE;
			result &= require(reasonGiven, agreement, P.getAgreement_NonCompletionReason(),
					AGREEMENT__NON_COMPLETION_REASON_REQUIRED, Messages.Agreement_NonCompletionReasonMissing,
					diagnostics);
		}
		return result;
	}

	/**
	 * Checks a case: case number, subject and reason.
	 *
	 * @param aCase       the case
	 * @param diagnostics where to report, or {@code null} to stop at the first problem
	 * @return whether the case is valid
	 */
	protected boolean validateCase(Case aCase, DiagnosticChain diagnostics) {
		boolean result = require(!isBlank(aCase.getCaseNumber()), aCase, P.getCase_CaseNumber(),
				CASE__CASE_NUMBER_REQUIRED, Messages.Case_CaseNumberMissing, diagnostics);
		if (result || diagnostics != null) {
			result &= require(aCase.getSubject() != null, aCase, P.getCase_Subject(), CASE__SUBJECT_REQUIRED,
					Messages.Case_SubjectMissing, diagnostics);
		}
		if (result || diagnostics != null) {
			result &= require(!isBlank(aCase.getReason()), aCase, P.getCase_Reason(), CASE__REASON_REQUIRED,
					Messages.Case_ReasonMissing, diagnostics);
		}
		return result;
	}

	/**
	 * Checks an organisation: name and logic. The logic can only be missing when the model declares
	 * it unsettable; an enumeration that is not unsettable always holds a literal.
	 *
	 * @param organisation the organisation
	 * @param diagnostics  where to report, or {@code null} to stop at the first problem
	 * @return whether the organisation is valid
	 */
	protected boolean validateOrganisation(Organisation organisation, DiagnosticChain diagnostics) {
		boolean result = require(!isBlank(organisation.getName()), organisation, P.getOrganisation_Name(),
				ORGANISATION__NAME_REQUIRED, Messages.Organisation_NameMissing, diagnostics);
		if (result || diagnostics != null) {
			EAttribute logic = P.getOrganisation_Logic();
			boolean present = logic.isUnsettable() ? organisation.eIsSet(logic) : organisation.getLogic() != null;
			result &= require(present, organisation, logic, ORGANISATION__LOGIC_REQUIRED,
					Messages.Organisation_LogicMissing, diagnostics);
		}
		return result;
	}

	/**
	 * Checks a professional: name and organisation.
	 *
	 * @param professional the professional
	 * @param diagnostics  where to report, or {@code null} to stop at the first problem
	 * @return whether the professional is valid
	 */
	protected boolean validateProfessional(Professional professional, DiagnosticChain diagnostics) {
		boolean result = require(!isBlank(professional.getName()), professional, P.getProfessional_Name(),
				PROFESSIONAL__NAME_REQUIRED, Messages.Professional_NameMissing, diagnostics);
		if (result || diagnostics != null) {
			result &= require(professional.getOrganisation() != null, professional, P.getProfessional_Organisation(),
					PROFESSIONAL__ORGANISATION_REQUIRED, Messages.Professional_OrganisationMissing, diagnostics);
		}
		return result;
	}

	/**
	 * Checks a meeting: date and type.
	 *
	 * @param meeting     the meeting
	 * @param diagnostics where to report, or {@code null} to stop at the first problem
	 * @return whether the meeting is valid
	 */
	protected boolean validateMeeting(Meeting meeting, DiagnosticChain diagnostics) {
		boolean result = require(meeting.getDate() != null, meeting, P.getMeeting_Date(), MEETING__DATE_REQUIRED,
				Messages.Meeting_DateMissing, diagnostics);
		if (result || diagnostics != null) {
			result &= require(meeting.getType() != null, meeting, P.getMeeting_Type(), MEETING__TYPE_REQUIRED,
					Messages.Meeting_TypeMissing, diagnostics);
		}
		return result;
	}

	/**
	 * Checks a relation: a source and a target that differ.
	 *
	 * @param relation    the relation
	 * @param diagnostics where to report, or {@code null} to stop at the first problem
	 * @return whether the relation is valid
	 */
	protected boolean validateRelation(Relation relation, DiagnosticChain diagnostics) {
		boolean result = require(relation.getSource() != null, relation, P.getRelation_Source(),
				RELATION__SOURCE_REQUIRED, Messages.Relation_SourceMissing, diagnostics);
		if (result || diagnostics != null) {
			result &= require(relation.getTarget() != null, relation, P.getRelation_Target(),
					RELATION__TARGET_REQUIRED, Messages.Relation_TargetMissing, diagnostics);
		}
		if ((result || diagnostics != null) && relation.getSource() != null) {
			result &= require(relation.getSource() != relation.getTarget(), relation, P.getRelation_Target(),
					RELATION__SOURCE_EQUALS_TARGET, Messages.Relation_SourceEqualsTarget, diagnostics);
		}
		return result;
	}

	/**
	 * Checks that {@code validTo} is not before {@code validFrom}, for any class with both date
	 * attributes (professionals, role assignments, relations, covenants, and classes added later).
	 *
	 * @param eObject     the object
	 * @param diagnostics where to report, or {@code null} to stop at the first problem
	 * @return whether the validity period is consistent
	 */
	protected boolean validateValidity(EObject eObject, DiagnosticChain diagnostics) {
		EStructuralFeature from = eObject.eClass().getEStructuralFeature(VALID_FROM);
		EStructuralFeature to = eObject.eClass().getEStructuralFeature(VALID_TO);
		if (!(from instanceof EAttribute) || !(to instanceof EAttribute)) {
			return true;
		}
		if (eObject.eGet(from) instanceof Date start && eObject.eGet(to) instanceof Date end) {
			return require(!end.before(start), eObject, to, VALIDITY__TO_BEFORE_FROM, Messages.Validity_ToBeforeFrom,
					diagnostics);
		}
		return true;
	}

	/**
	 * Reports an error on a feature of an object when a condition does not hold.
	 *
	 * @param condition   what must hold
	 * @param eObject     the object to fix
	 * @param feature     the feature to fix
	 * @param code        the diagnostic code
	 * @param message     the message pattern; {0} is replaced by the label of the object
	 * @param diagnostics where to report, or {@code null}
	 * @return the condition
	 */
	protected boolean require(boolean condition, EObject eObject, EStructuralFeature feature, int code,
			String message, DiagnosticChain diagnostics) {
		if (!condition && diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code,
					NLS.bind(message, labelOf(eObject)), new Object[] { eObject, feature }));
		}
		return condition;
	}

	/**
	 * A short label for an object in a message: its case number, title, name, pseudonym, label or
	 * description, else any name or title attribute, else its id.
	 *
	 * @param eObject the object
	 * @return a label of at most 60 characters
	 */
	protected String labelOf(EObject eObject) {
		String label = null;
		if (eObject instanceof Case aCase) {
			label = aCase.getCaseNumber();
		} else if (eObject instanceof AgendaItem item) {
			label = item.getTitle();
		} else if (eObject instanceof Agreement agreement) {
			label = agreement.getDescription();
		} else if (eObject instanceof Organisation organisation) {
			label = organisation.getName();
		} else if (eObject instanceof Professional professional) {
			label = professional.getName();
		} else if (eObject instanceof Subject subject) {
			label = subject.getPseudonym();
		} else if (eObject instanceof Meeting meeting) {
			label = meeting.getTitle();
		} else if (eObject instanceof Relation relation) {
			label = relation.getLabel();
		}
		if (isBlank(label)) {
			label = stringValue(eObject, "name"); //$NON-NLS-1$
		}
		if (isBlank(label)) {
			label = stringValue(eObject, "title"); //$NON-NLS-1$
		}
		if (isBlank(label) && eObject instanceof Identifiable identifiable) {
			label = identifiable.getId();
		}
		if (isBlank(label)) {
			return Messages.Label_Unnamed;
		}
		label = label.strip();
		return label.length() <= MAX_LABEL_LENGTH ? label : label.substring(0, MAX_LABEL_LENGTH - 1) + '\u2026';
	}

	private static String stringValue(EObject eObject, String featureName) {
		EStructuralFeature feature = eObject.eClass().getEStructuralFeature(featureName);
		return feature instanceof EAttribute && eObject.eGet(feature) instanceof String value ? value : null;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
