/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A casus: one person or household discussed by several organisations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.Case#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getPhase <em>Phase</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getComplexity <em>Complexity</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getTags <em>Tags</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getQuestion <em>Question</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getNoodscenario <em>Noodscenario</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getJudicialFrame <em>Judicial Frame</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getRisks <em>Risks</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getOpenedOn <em>Opened On</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getKnownSince <em>Known Since</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getClosureReason <em>Closure Reason</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getSubject <em>Subject</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getCasusregisseur <em>Casusregisseur</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getLinkedCases <em>Linked Cases</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getReferral <em>Referral</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getLifeDomains <em>Life Domains</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getInvolvements <em>Involvements</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getInformalTies <em>Informal Ties</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getTimeline <em>Timeline</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getEscalations <em>Escalations</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getConsents <em>Consents</em>}</li>
 *   <li>{@link nl.casustafel.model.Case#getDisclosures <em>Disclosures</em>}</li>
 * </ul>
 *
 * @see nl.casustafel.model.CasebookPackage#getCase()
 * @model
 * @generated
 */
public interface Case extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Number</em>' attribute.
	 * @see #setCaseNumber(String)
	 * @see nl.casustafel.model.CasebookPackage#getCase_CaseNumber()
	 * @model
	 * @generated
	 */
	String getCaseNumber();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getCaseNumber <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Number</em>' attribute.
	 * @see #getCaseNumber()
	 * @generated
	 */
	void setCaseNumber(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.casustafel.model.CaseStatus
	 * @see #setStatus(CaseStatus)
	 * @see nl.casustafel.model.CasebookPackage#getCase_Status()
	 * @model
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.casustafel.model.CaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(String)
	 * @see nl.casustafel.model.CasebookPackage#getCase_Phase()
	 * @model
	 * @generated
	 */
	String getPhase();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(String value);

	/**
	 * Returns the value of the '<em><b>Complexity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complexity</em>' attribute.
	 * @see #setComplexity(int)
	 * @see nl.casustafel.model.CasebookPackage#getCase_Complexity()
	 * @model
	 * @generated
	 */
	int getComplexity();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getComplexity <em>Complexity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complexity</em>' attribute.
	 * @see #getComplexity()
	 * @generated
	 */
	void setComplexity(int value);

	/**
	 * Returns the value of the '<em><b>Urgency</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.casustafel.model.Urgency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Urgency</em>' attribute.
	 * @see nl.casustafel.model.Urgency
	 * @see #setUrgency(Urgency)
	 * @see nl.casustafel.model.CasebookPackage#getCase_Urgency()
	 * @model
	 * @generated
	 */
	Urgency getUrgency();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getUrgency <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Urgency</em>' attribute.
	 * @see nl.casustafel.model.Urgency
	 * @see #getUrgency()
	 * @generated
	 */
	void setUrgency(Urgency value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see nl.casustafel.model.CasebookPackage#getCase_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see nl.casustafel.model.CasebookPackage#getCase_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getReason <em>Reason</em>}' attribute.
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
	 * @see nl.casustafel.model.CasebookPackage#getCase_Question()
	 * @model
	 * @generated
	 */
	String getQuestion();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Noodscenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Noodscenario</em>' attribute.
	 * @see #setNoodscenario(String)
	 * @see nl.casustafel.model.CasebookPackage#getCase_Noodscenario()
	 * @model
	 * @generated
	 */
	String getNoodscenario();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getNoodscenario <em>Noodscenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noodscenario</em>' attribute.
	 * @see #getNoodscenario()
	 * @generated
	 */
	void setNoodscenario(String value);

	/**
	 * Returns the value of the '<em><b>Judicial Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Judicial Frame</em>' attribute.
	 * @see #setJudicialFrame(String)
	 * @see nl.casustafel.model.CasebookPackage#getCase_JudicialFrame()
	 * @model
	 * @generated
	 */
	String getJudicialFrame();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getJudicialFrame <em>Judicial Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Judicial Frame</em>' attribute.
	 * @see #getJudicialFrame()
	 * @generated
	 */
	void setJudicialFrame(String value);

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risks</em>' attribute.
	 * @see #setRisks(String)
	 * @see nl.casustafel.model.CasebookPackage#getCase_Risks()
	 * @model
	 * @generated
	 */
	String getRisks();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getRisks <em>Risks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risks</em>' attribute.
	 * @see #getRisks()
	 * @generated
	 */
	void setRisks(String value);

	/**
	 * Returns the value of the '<em><b>Opened On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened On</em>' attribute.
	 * @see #setOpenedOn(Date)
	 * @see nl.casustafel.model.CasebookPackage#getCase_OpenedOn()
	 * @model
	 * @generated
	 */
	Date getOpenedOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getOpenedOn <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened On</em>' attribute.
	 * @see #getOpenedOn()
	 * @generated
	 */
	void setOpenedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Known Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Known Since</em>' attribute.
	 * @see #setKnownSince(Date)
	 * @see nl.casustafel.model.CasebookPackage#getCase_KnownSince()
	 * @model
	 * @generated
	 */
	Date getKnownSince();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getKnownSince <em>Known Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Known Since</em>' attribute.
	 * @see #getKnownSince()
	 * @generated
	 */
	void setKnownSince(Date value);

	/**
	 * Returns the value of the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed On</em>' attribute.
	 * @see #setClosedOn(Date)
	 * @see nl.casustafel.model.CasebookPackage#getCase_ClosedOn()
	 * @model
	 * @generated
	 */
	Date getClosedOn();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getClosedOn <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed On</em>' attribute.
	 * @see #getClosedOn()
	 * @generated
	 */
	void setClosedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Closure Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closure Reason</em>' attribute.
	 * @see #setClosureReason(String)
	 * @see nl.casustafel.model.CasebookPackage#getCase_ClosureReason()
	 * @model
	 * @generated
	 */
	String getClosureReason();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getClosureReason <em>Closure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closure Reason</em>' attribute.
	 * @see #getClosureReason()
	 * @generated
	 */
	void setClosureReason(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(Subject)
	 * @see nl.casustafel.model.CasebookPackage#getCase_Subject()
	 * @model
	 * @generated
	 */
	Subject getSubject();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Subject value);

	/**
	 * Returns the value of the '<em><b>Casusregisseur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Casusregisseur</em>' reference.
	 * @see #setCasusregisseur(Professional)
	 * @see nl.casustafel.model.CasebookPackage#getCase_Casusregisseur()
	 * @model
	 * @generated
	 */
	Professional getCasusregisseur();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getCasusregisseur <em>Casusregisseur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Casusregisseur</em>' reference.
	 * @see #getCasusregisseur()
	 * @generated
	 */
	void setCasusregisseur(Professional value);

	/**
	 * Returns the value of the '<em><b>Linked Cases</b></em>' reference list.
	 * The list contents are of type {@link nl.casustafel.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Linked Cases</em>' reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCase_LinkedCases()
	 * @model
	 * @generated
	 */
	EList<Case> getLinkedCases();

	/**
	 * Returns the value of the '<em><b>Referral</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referral</em>' containment reference.
	 * @see #setReferral(Referral)
	 * @see nl.casustafel.model.CasebookPackage#getCase_Referral()
	 * @model containment="true"
	 * @generated
	 */
	Referral getReferral();

	/**
	 * Sets the value of the '{@link nl.casustafel.model.Case#getReferral <em>Referral</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referral</em>' containment reference.
	 * @see #getReferral()
	 * @generated
	 */
	void setReferral(Referral value);

	/**
	 * Returns the value of the '<em><b>Life Domains</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.LifeDomainStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Life Domains</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCase_LifeDomains()
	 * @model containment="true"
	 * @generated
	 */
	EList<LifeDomainStatus> getLifeDomains();

	/**
	 * Returns the value of the '<em><b>Involvements</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Involvement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Involvements</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCase_Involvements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Involvement> getInvolvements();

	/**
	 * Returns the value of the '<em><b>Informal Ties</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.InformalTie}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Informal Ties</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCase_InformalTies()
	 * @model containment="true"
	 * @generated
	 */
	EList<InformalTie> getInformalTies();

	/**
	 * Returns the value of the '<em><b>Timeline</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.TimelineEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeline</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCase_Timeline()
	 * @model containment="true"
	 * @generated
	 */
	EList<TimelineEvent> getTimeline();

	/**
	 * Returns the value of the '<em><b>Agreements</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Agreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreements</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCase_Agreements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agreement> getAgreements();

	/**
	 * Returns the value of the '<em><b>Escalations</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Escalation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Escalations</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCase_Escalations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Escalation> getEscalations();

	/**
	 * Returns the value of the '<em><b>Consents</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.ConsentRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consents</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCase_Consents()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConsentRecord> getConsents();

	/**
	 * Returns the value of the '<em><b>Disclosures</b></em>' containment reference list.
	 * The list contents are of type {@link nl.casustafel.model.Disclosure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disclosures</em>' containment reference list.
	 * @see nl.casustafel.model.CasebookPackage#getCase_Disclosures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Disclosure> getDisclosures();

} // Case
