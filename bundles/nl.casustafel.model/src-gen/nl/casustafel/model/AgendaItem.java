/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agenda Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One item of a meeting's agenda; case items carry the reason and question for the meeting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.AgendaItem#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getQuestion <em>Question</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getTimeboxMinutes <em>Timebox Minutes</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getActualDurationSeconds <em>Actual Duration Seconds</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getDecision <em>Decision</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getDecisionNote <em>Decision Note</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getNoodscenario <em>Noodscenario</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getNextDate <em>Next Date</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getCase <em>Case</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getPreparations <em>Preparations</em>}</li>
 *   <li>{@link nl.casustafel.model.AgendaItem#getAgreements <em>Agreements</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getAgendaItem()
 * @model
 * @generated
 */
public interface AgendaItem extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.AgendaItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.casustafel.model.AgendaItemKind
	 * @see #setKind(AgendaItemKind)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_Kind()
	 * @model
	 * @generated
	 */
	AgendaItemKind getKind();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.casustafel.model.AgendaItemKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AgendaItemKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' attribute.
	 * @see #setQuestion(String)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_Question()
	 * @model
	 * @generated
	 */
	String getQuestion();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Urgency</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.Urgency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Urgency</em>' attribute.
	 * @see nl.casustafel.model.Urgency
	 * @see #setUrgency(Urgency)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_Urgency()
	 * @model
	 * @generated
	 */
	Urgency getUrgency();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getUrgency <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Urgency</em>' attribute.
	 * @see nl.casustafel.model.Urgency
	 * @see #getUrgency()
	 * @generated
	 */
	void setUrgency(Urgency value);

	/**
	 * Returns the value of the '<em><b>Timebox Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timebox Minutes</em>' attribute.
	 * @see #setTimeboxMinutes(int)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_TimeboxMinutes()
	 * @model
	 * @generated
	 */
	int getTimeboxMinutes();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getTimeboxMinutes <em>Timebox Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timebox Minutes</em>' attribute.
	 * @see #getTimeboxMinutes()
	 * @generated
	 */
	void setTimeboxMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Actual Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual Duration Seconds</em>' attribute.
	 * @see #setActualDurationSeconds(int)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_ActualDurationSeconds()
	 * @model
	 * @generated
	 */
	int getActualDurationSeconds();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getActualDurationSeconds <em>Actual Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Duration Seconds</em>' attribute.
	 * @see #getActualDurationSeconds()
	 * @generated
	 */
	void setActualDurationSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.DecisionType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see nl.casustafel.model.DecisionType
	 * @see #setDecision(DecisionType)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_Decision()
	 * @model
	 * @generated
	 */
	DecisionType getDecision();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see nl.casustafel.model.DecisionType
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(DecisionType value);

	/**
	 * Returns the value of the '<em><b>Decision Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Note</em>' attribute.
	 * @see #setDecisionNote(String)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_DecisionNote()
	 * @model
	 * @generated
	 */
	String getDecisionNote();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getDecisionNote <em>Decision Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Note</em>' attribute.
	 * @see #getDecisionNote()
	 * @generated
	 */
	void setDecisionNote(String value);

	/**
	 * Returns the value of the '<em><b>Noodscenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Noodscenario</em>' attribute.
	 * @see #setNoodscenario(String)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_Noodscenario()
	 * @model
	 * @generated
	 */
	String getNoodscenario();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getNoodscenario <em>Noodscenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noodscenario</em>' attribute.
	 * @see #getNoodscenario()
	 * @generated
	 */
	void setNoodscenario(String value);

	/**
	 * Returns the value of the '<em><b>Next Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Date</em>' attribute.
	 * @see #setNextDate(Date)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_NextDate()
	 * @model
	 * @generated
	 */
	Date getNextDate();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getNextDate <em>Next Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Date</em>' attribute.
	 * @see #getNextDate()
	 * @generated
	 */
	void setNextDate(Date value);

	/**
	 * Returns the value of the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case</em>' reference.
	 * @see #setCase(Case)
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_Case()
	 * @model
	 * @generated
	 */
	Case getCase();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.AgendaItem#getCase <em>Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case</em>' reference.
	 * @see #getCase()
	 * @generated
	 */
	void setCase(Case value);

	/**
	 * Returns the value of the '<em><b>Preparations</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Preparation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preparations</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_Preparations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Preparation> getPreparations();

	/**
	 * Returns the value of the '<em><b>Agreements</b></em>' reference list.
	 * The list contents are of type {@link nl.casustafel.model.Agreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agreements dealt with under this item: for an open-agreements item the agreements of earlier meetings carried forward for review; for a case item the agreements made during it. The agreements themselves are contained in their case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreements</em>' reference list.
	 * @see nl.casustafel.model.CasebookPackage#getAgendaItem_Agreements()
	 * @model
	 * @generated
	 */
	EList<Agreement> getAgreements();

} // AgendaItem
