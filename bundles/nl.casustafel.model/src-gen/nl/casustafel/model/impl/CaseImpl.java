/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Collection;
import java.util.Date;

import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.CaseStatus;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.ConsentRecord;
import nl.casustafel.model.Disclosure;
import nl.casustafel.model.Escalation;
import nl.casustafel.model.InformalTie;
import nl.casustafel.model.Involvement;
import nl.casustafel.model.LifeDomainStatus;
import nl.casustafel.model.Professional;
import nl.casustafel.model.Referral;
import nl.casustafel.model.Subject;
import nl.casustafel.model.TimelineEvent;
import nl.casustafel.model.Urgency;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getComplexity <em>Complexity</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getNoodscenario <em>Noodscenario</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getJudicialFrame <em>Judicial Frame</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getOpenedOn <em>Opened On</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getKnownSince <em>Known Since</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getClosureReason <em>Closure Reason</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getCasusregisseur <em>Casusregisseur</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getLinkedCases <em>Linked Cases</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getReferral <em>Referral</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getLifeDomains <em>Life Domains</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getInvolvements <em>Involvements</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getInformalTies <em>Informal Ties</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getTimeline <em>Timeline</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getEscalations <em>Escalations</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getConsents <em>Consents</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.CaseImpl#getDisclosures <em>Disclosures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseImpl extends IdentifiableImpl implements Case {
	/**
	 * The default value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected String caseNumber = CASE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus STATUS_EDEFAULT = CaseStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final String PHASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected String phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getComplexity() <em>Complexity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplexity()
	 * @generated
	 * @ordered
	 */
	protected static final int COMPLEXITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getComplexity() <em>Complexity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplexity()
	 * @generated
	 * @ordered
	 */
	protected int complexity = COMPLEXITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected static final Urgency URGENCY_EDEFAULT = Urgency.NORMAL;

	/**
	 * The cached value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected Urgency urgency = URGENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected String question = QUESTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoodscenario() <em>Noodscenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoodscenario()
	 * @generated
	 * @ordered
	 */
	protected static final String NOODSCENARIO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNoodscenario() <em>Noodscenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoodscenario()
	 * @generated
	 * @ordered
	 */
	protected String noodscenario = NOODSCENARIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getJudicialFrame() <em>Judicial Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudicialFrame()
	 * @generated
	 * @ordered
	 */
	protected static final String JUDICIAL_FRAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJudicialFrame() <em>Judicial Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudicialFrame()
	 * @generated
	 * @ordered
	 */
	protected String judicialFrame = JUDICIAL_FRAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRisks() <em>Risks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected static final String RISKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected String risks = RISKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedOn() <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date OPENED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedOn() <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedOn()
	 * @generated
	 * @ordered
	 */
	protected Date openedOn = OPENED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getKnownSince() <em>Known Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnownSince()
	 * @generated
	 * @ordered
	 */
	protected static final Date KNOWN_SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKnownSince() <em>Known Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnownSince()
	 * @generated
	 * @ordered
	 */
	protected Date knownSince = KNOWN_SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date CLOSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected Date closedOn = CLOSED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosureReason() <em>Closure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosureReason()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOSURE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosureReason() <em>Closure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosureReason()
	 * @generated
	 * @ordered
	 */
	protected String closureReason = CLOSURE_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected Subject subject;

	/**
	 * The cached value of the '{@link #getCasusregisseur() <em>Casusregisseur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCasusregisseur()
	 * @generated
	 * @ordered
	 */
	protected Professional casusregisseur;

	/**
	 * The cached value of the '{@link #getLinkedCases() <em>Linked Cases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> linkedCases;

	/**
	 * The cached value of the '{@link #getReferral() <em>Referral</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferral()
	 * @generated
	 * @ordered
	 */
	protected Referral referral;

	/**
	 * The cached value of the '{@link #getLifeDomains() <em>Life Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifeDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<LifeDomainStatus> lifeDomains;

	/**
	 * The cached value of the '{@link #getInvolvements() <em>Involvements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvolvements()
	 * @generated
	 * @ordered
	 */
	protected EList<Involvement> involvements;

	/**
	 * The cached value of the '{@link #getInformalTies() <em>Informal Ties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformalTies()
	 * @generated
	 * @ordered
	 */
	protected EList<InformalTie> informalTies;

	/**
	 * The cached value of the '{@link #getTimeline() <em>Timeline</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeline()
	 * @generated
	 * @ordered
	 */
	protected EList<TimelineEvent> timeline;

	/**
	 * The cached value of the '{@link #getAgreements() <em>Agreements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreements()
	 * @generated
	 * @ordered
	 */
	protected EList<Agreement> agreements;

	/**
	 * The cached value of the '{@link #getEscalations() <em>Escalations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalations()
	 * @generated
	 * @ordered
	 */
	protected EList<Escalation> escalations;

	/**
	 * The cached value of the '{@link #getConsents() <em>Consents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsents()
	 * @generated
	 * @ordered
	 */
	protected EList<ConsentRecord> consents;

	/**
	 * The cached value of the '{@link #getDisclosures() <em>Disclosures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisclosures()
	 * @generated
	 * @ordered
	 */
	protected EList<Disclosure> disclosures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseNumber() {
		return caseNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseNumber(String newCaseNumber) {
		String oldCaseNumber = caseNumber;
		caseNumber = newCaseNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__CASE_NUMBER, oldCaseNumber, caseNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CaseStatus newStatus) {
		CaseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(String newPhase) {
		String oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getComplexity() {
		return complexity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplexity(int newComplexity) {
		int oldComplexity = complexity;
		complexity = newComplexity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__COMPLEXITY, oldComplexity, complexity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Urgency getUrgency() {
		return urgency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrgency(Urgency newUrgency) {
		Urgency oldUrgency = urgency;
		urgency = newUrgency == null ? URGENCY_EDEFAULT : newUrgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__URGENCY, oldUrgency, urgency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, CasebookPackage.CASE__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestion() {
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestion(String newQuestion) {
		String oldQuestion = question;
		question = newQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNoodscenario() {
		return noodscenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoodscenario(String newNoodscenario) {
		String oldNoodscenario = noodscenario;
		noodscenario = newNoodscenario;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__NOODSCENARIO, oldNoodscenario, noodscenario));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJudicialFrame() {
		return judicialFrame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJudicialFrame(String newJudicialFrame) {
		String oldJudicialFrame = judicialFrame;
		judicialFrame = newJudicialFrame;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__JUDICIAL_FRAME, oldJudicialFrame, judicialFrame));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRisks() {
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRisks(String newRisks) {
		String oldRisks = risks;
		risks = newRisks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__RISKS, oldRisks, risks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getOpenedOn() {
		return openedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedOn(Date newOpenedOn) {
		Date oldOpenedOn = openedOn;
		openedOn = newOpenedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__OPENED_ON, oldOpenedOn, openedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getKnownSince() {
		return knownSince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKnownSince(Date newKnownSince) {
		Date oldKnownSince = knownSince;
		knownSince = newKnownSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__KNOWN_SINCE, oldKnownSince, knownSince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getClosedOn() {
		return closedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedOn(Date newClosedOn) {
		Date oldClosedOn = closedOn;
		closedOn = newClosedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__CLOSED_ON, oldClosedOn, closedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClosureReason() {
		return closureReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosureReason(String newClosureReason) {
		String oldClosureReason = closureReason;
		closureReason = newClosureReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__CLOSURE_REASON, oldClosureReason, closureReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subject getSubject() {
		if (subject != null && subject.eIsProxy()) {
			InternalEObject oldSubject = (InternalEObject)subject;
			subject = (Subject)eResolveProxy(oldSubject);
			if (subject != oldSubject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.CASE__SUBJECT, oldSubject, subject));
			}
		}
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Subject basicGetSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(Subject newSubject) {
		Subject oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Professional getCasusregisseur() {
		if (casusregisseur != null && casusregisseur.eIsProxy()) {
			InternalEObject oldCasusregisseur = (InternalEObject)casusregisseur;
			casusregisseur = (Professional)eResolveProxy(oldCasusregisseur);
			if (casusregisseur != oldCasusregisseur) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.CASE__CASUSREGISSEUR, oldCasusregisseur, casusregisseur));
			}
		}
		return casusregisseur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Professional basicGetCasusregisseur() {
		return casusregisseur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCasusregisseur(Professional newCasusregisseur) {
		Professional oldCasusregisseur = casusregisseur;
		casusregisseur = newCasusregisseur;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__CASUSREGISSEUR, oldCasusregisseur, casusregisseur));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getLinkedCases() {
		if (linkedCases == null) {
			linkedCases = new EObjectResolvingEList<Case>(Case.class, this, CasebookPackage.CASE__LINKED_CASES);
		}
		return linkedCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Referral getReferral() {
		return referral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReferral(Referral newReferral, NotificationChain msgs) {
		Referral oldReferral = referral;
		referral = newReferral;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__REFERRAL, oldReferral, newReferral);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferral(Referral newReferral) {
		if (newReferral != referral) {
			NotificationChain msgs = null;
			if (referral != null)
				msgs = ((InternalEObject)referral).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasebookPackage.CASE__REFERRAL, null, msgs);
			if (newReferral != null)
				msgs = ((InternalEObject)newReferral).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasebookPackage.CASE__REFERRAL, null, msgs);
			msgs = basicSetReferral(newReferral, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.CASE__REFERRAL, newReferral, newReferral));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LifeDomainStatus> getLifeDomains() {
		if (lifeDomains == null) {
			lifeDomains = new EObjectContainmentEList<LifeDomainStatus>(LifeDomainStatus.class, this, CasebookPackage.CASE__LIFE_DOMAINS);
		}
		return lifeDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Involvement> getInvolvements() {
		if (involvements == null) {
			involvements = new EObjectContainmentEList<Involvement>(Involvement.class, this, CasebookPackage.CASE__INVOLVEMENTS);
		}
		return involvements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InformalTie> getInformalTies() {
		if (informalTies == null) {
			informalTies = new EObjectContainmentEList<InformalTie>(InformalTie.class, this, CasebookPackage.CASE__INFORMAL_TIES);
		}
		return informalTies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TimelineEvent> getTimeline() {
		if (timeline == null) {
			timeline = new EObjectContainmentEList<TimelineEvent>(TimelineEvent.class, this, CasebookPackage.CASE__TIMELINE);
		}
		return timeline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agreement> getAgreements() {
		if (agreements == null) {
			agreements = new EObjectContainmentEList<Agreement>(Agreement.class, this, CasebookPackage.CASE__AGREEMENTS);
		}
		return agreements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Escalation> getEscalations() {
		if (escalations == null) {
			escalations = new EObjectContainmentEList<Escalation>(Escalation.class, this, CasebookPackage.CASE__ESCALATIONS);
		}
		return escalations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConsentRecord> getConsents() {
		if (consents == null) {
			consents = new EObjectContainmentEList<ConsentRecord>(ConsentRecord.class, this, CasebookPackage.CASE__CONSENTS);
		}
		return consents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Disclosure> getDisclosures() {
		if (disclosures == null) {
			disclosures = new EObjectContainmentEList<Disclosure>(Disclosure.class, this, CasebookPackage.CASE__DISCLOSURES);
		}
		return disclosures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasebookPackage.CASE__REFERRAL:
				return basicSetReferral(null, msgs);
			case CasebookPackage.CASE__LIFE_DOMAINS:
				return ((InternalEList<?>)getLifeDomains()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASE__INVOLVEMENTS:
				return ((InternalEList<?>)getInvolvements()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASE__INFORMAL_TIES:
				return ((InternalEList<?>)getInformalTies()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASE__TIMELINE:
				return ((InternalEList<?>)getTimeline()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASE__AGREEMENTS:
				return ((InternalEList<?>)getAgreements()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASE__ESCALATIONS:
				return ((InternalEList<?>)getEscalations()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASE__CONSENTS:
				return ((InternalEList<?>)getConsents()).basicRemove(otherEnd, msgs);
			case CasebookPackage.CASE__DISCLOSURES:
				return ((InternalEList<?>)getDisclosures()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.CASE__CASE_NUMBER:
				return getCaseNumber();
			case CasebookPackage.CASE__STATUS:
				return getStatus();
			case CasebookPackage.CASE__PHASE:
				return getPhase();
			case CasebookPackage.CASE__COMPLEXITY:
				return getComplexity();
			case CasebookPackage.CASE__URGENCY:
				return getUrgency();
			case CasebookPackage.CASE__TAGS:
				return getTags();
			case CasebookPackage.CASE__REASON:
				return getReason();
			case CasebookPackage.CASE__QUESTION:
				return getQuestion();
			case CasebookPackage.CASE__NOODSCENARIO:
				return getNoodscenario();
			case CasebookPackage.CASE__JUDICIAL_FRAME:
				return getJudicialFrame();
			case CasebookPackage.CASE__RISKS:
				return getRisks();
			case CasebookPackage.CASE__OPENED_ON:
				return getOpenedOn();
			case CasebookPackage.CASE__KNOWN_SINCE:
				return getKnownSince();
			case CasebookPackage.CASE__CLOSED_ON:
				return getClosedOn();
			case CasebookPackage.CASE__CLOSURE_REASON:
				return getClosureReason();
			case CasebookPackage.CASE__SUBJECT:
				if (resolve) return getSubject();
				return basicGetSubject();
			case CasebookPackage.CASE__CASUSREGISSEUR:
				if (resolve) return getCasusregisseur();
				return basicGetCasusregisseur();
			case CasebookPackage.CASE__LINKED_CASES:
				return getLinkedCases();
			case CasebookPackage.CASE__REFERRAL:
				return getReferral();
			case CasebookPackage.CASE__LIFE_DOMAINS:
				return getLifeDomains();
			case CasebookPackage.CASE__INVOLVEMENTS:
				return getInvolvements();
			case CasebookPackage.CASE__INFORMAL_TIES:
				return getInformalTies();
			case CasebookPackage.CASE__TIMELINE:
				return getTimeline();
			case CasebookPackage.CASE__AGREEMENTS:
				return getAgreements();
			case CasebookPackage.CASE__ESCALATIONS:
				return getEscalations();
			case CasebookPackage.CASE__CONSENTS:
				return getConsents();
			case CasebookPackage.CASE__DISCLOSURES:
				return getDisclosures();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasebookPackage.CASE__CASE_NUMBER:
				setCaseNumber((String)newValue);
				return;
			case CasebookPackage.CASE__STATUS:
				setStatus((CaseStatus)newValue);
				return;
			case CasebookPackage.CASE__PHASE:
				setPhase((String)newValue);
				return;
			case CasebookPackage.CASE__COMPLEXITY:
				setComplexity((Integer)newValue);
				return;
			case CasebookPackage.CASE__URGENCY:
				setUrgency((Urgency)newValue);
				return;
			case CasebookPackage.CASE__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case CasebookPackage.CASE__REASON:
				setReason((String)newValue);
				return;
			case CasebookPackage.CASE__QUESTION:
				setQuestion((String)newValue);
				return;
			case CasebookPackage.CASE__NOODSCENARIO:
				setNoodscenario((String)newValue);
				return;
			case CasebookPackage.CASE__JUDICIAL_FRAME:
				setJudicialFrame((String)newValue);
				return;
			case CasebookPackage.CASE__RISKS:
				setRisks((String)newValue);
				return;
			case CasebookPackage.CASE__OPENED_ON:
				setOpenedOn((Date)newValue);
				return;
			case CasebookPackage.CASE__KNOWN_SINCE:
				setKnownSince((Date)newValue);
				return;
			case CasebookPackage.CASE__CLOSED_ON:
				setClosedOn((Date)newValue);
				return;
			case CasebookPackage.CASE__CLOSURE_REASON:
				setClosureReason((String)newValue);
				return;
			case CasebookPackage.CASE__SUBJECT:
				setSubject((Subject)newValue);
				return;
			case CasebookPackage.CASE__CASUSREGISSEUR:
				setCasusregisseur((Professional)newValue);
				return;
			case CasebookPackage.CASE__LINKED_CASES:
				getLinkedCases().clear();
				getLinkedCases().addAll((Collection<? extends Case>)newValue);
				return;
			case CasebookPackage.CASE__REFERRAL:
				setReferral((Referral)newValue);
				return;
			case CasebookPackage.CASE__LIFE_DOMAINS:
				getLifeDomains().clear();
				getLifeDomains().addAll((Collection<? extends LifeDomainStatus>)newValue);
				return;
			case CasebookPackage.CASE__INVOLVEMENTS:
				getInvolvements().clear();
				getInvolvements().addAll((Collection<? extends Involvement>)newValue);
				return;
			case CasebookPackage.CASE__INFORMAL_TIES:
				getInformalTies().clear();
				getInformalTies().addAll((Collection<? extends InformalTie>)newValue);
				return;
			case CasebookPackage.CASE__TIMELINE:
				getTimeline().clear();
				getTimeline().addAll((Collection<? extends TimelineEvent>)newValue);
				return;
			case CasebookPackage.CASE__AGREEMENTS:
				getAgreements().clear();
				getAgreements().addAll((Collection<? extends Agreement>)newValue);
				return;
			case CasebookPackage.CASE__ESCALATIONS:
				getEscalations().clear();
				getEscalations().addAll((Collection<? extends Escalation>)newValue);
				return;
			case CasebookPackage.CASE__CONSENTS:
				getConsents().clear();
				getConsents().addAll((Collection<? extends ConsentRecord>)newValue);
				return;
			case CasebookPackage.CASE__DISCLOSURES:
				getDisclosures().clear();
				getDisclosures().addAll((Collection<? extends Disclosure>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CasebookPackage.CASE__CASE_NUMBER:
				setCaseNumber(CASE_NUMBER_EDEFAULT);
				return;
			case CasebookPackage.CASE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CasebookPackage.CASE__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case CasebookPackage.CASE__COMPLEXITY:
				setComplexity(COMPLEXITY_EDEFAULT);
				return;
			case CasebookPackage.CASE__URGENCY:
				setUrgency(URGENCY_EDEFAULT);
				return;
			case CasebookPackage.CASE__TAGS:
				getTags().clear();
				return;
			case CasebookPackage.CASE__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case CasebookPackage.CASE__QUESTION:
				setQuestion(QUESTION_EDEFAULT);
				return;
			case CasebookPackage.CASE__NOODSCENARIO:
				setNoodscenario(NOODSCENARIO_EDEFAULT);
				return;
			case CasebookPackage.CASE__JUDICIAL_FRAME:
				setJudicialFrame(JUDICIAL_FRAME_EDEFAULT);
				return;
			case CasebookPackage.CASE__RISKS:
				setRisks(RISKS_EDEFAULT);
				return;
			case CasebookPackage.CASE__OPENED_ON:
				setOpenedOn(OPENED_ON_EDEFAULT);
				return;
			case CasebookPackage.CASE__KNOWN_SINCE:
				setKnownSince(KNOWN_SINCE_EDEFAULT);
				return;
			case CasebookPackage.CASE__CLOSED_ON:
				setClosedOn(CLOSED_ON_EDEFAULT);
				return;
			case CasebookPackage.CASE__CLOSURE_REASON:
				setClosureReason(CLOSURE_REASON_EDEFAULT);
				return;
			case CasebookPackage.CASE__SUBJECT:
				setSubject((Subject)null);
				return;
			case CasebookPackage.CASE__CASUSREGISSEUR:
				setCasusregisseur((Professional)null);
				return;
			case CasebookPackage.CASE__LINKED_CASES:
				getLinkedCases().clear();
				return;
			case CasebookPackage.CASE__REFERRAL:
				setReferral((Referral)null);
				return;
			case CasebookPackage.CASE__LIFE_DOMAINS:
				getLifeDomains().clear();
				return;
			case CasebookPackage.CASE__INVOLVEMENTS:
				getInvolvements().clear();
				return;
			case CasebookPackage.CASE__INFORMAL_TIES:
				getInformalTies().clear();
				return;
			case CasebookPackage.CASE__TIMELINE:
				getTimeline().clear();
				return;
			case CasebookPackage.CASE__AGREEMENTS:
				getAgreements().clear();
				return;
			case CasebookPackage.CASE__ESCALATIONS:
				getEscalations().clear();
				return;
			case CasebookPackage.CASE__CONSENTS:
				getConsents().clear();
				return;
			case CasebookPackage.CASE__DISCLOSURES:
				getDisclosures().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CasebookPackage.CASE__CASE_NUMBER:
				return CASE_NUMBER_EDEFAULT == null ? caseNumber != null : !CASE_NUMBER_EDEFAULT.equals(caseNumber);
			case CasebookPackage.CASE__STATUS:
				return status != STATUS_EDEFAULT;
			case CasebookPackage.CASE__PHASE:
				return PHASE_EDEFAULT == null ? phase != null : !PHASE_EDEFAULT.equals(phase);
			case CasebookPackage.CASE__COMPLEXITY:
				return complexity != COMPLEXITY_EDEFAULT;
			case CasebookPackage.CASE__URGENCY:
				return urgency != URGENCY_EDEFAULT;
			case CasebookPackage.CASE__TAGS:
				return tags != null && !tags.isEmpty();
			case CasebookPackage.CASE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case CasebookPackage.CASE__QUESTION:
				return QUESTION_EDEFAULT == null ? question != null : !QUESTION_EDEFAULT.equals(question);
			case CasebookPackage.CASE__NOODSCENARIO:
				return NOODSCENARIO_EDEFAULT == null ? noodscenario != null : !NOODSCENARIO_EDEFAULT.equals(noodscenario);
			case CasebookPackage.CASE__JUDICIAL_FRAME:
				return JUDICIAL_FRAME_EDEFAULT == null ? judicialFrame != null : !JUDICIAL_FRAME_EDEFAULT.equals(judicialFrame);
			case CasebookPackage.CASE__RISKS:
				return RISKS_EDEFAULT == null ? risks != null : !RISKS_EDEFAULT.equals(risks);
			case CasebookPackage.CASE__OPENED_ON:
				return OPENED_ON_EDEFAULT == null ? openedOn != null : !OPENED_ON_EDEFAULT.equals(openedOn);
			case CasebookPackage.CASE__KNOWN_SINCE:
				return KNOWN_SINCE_EDEFAULT == null ? knownSince != null : !KNOWN_SINCE_EDEFAULT.equals(knownSince);
			case CasebookPackage.CASE__CLOSED_ON:
				return CLOSED_ON_EDEFAULT == null ? closedOn != null : !CLOSED_ON_EDEFAULT.equals(closedOn);
			case CasebookPackage.CASE__CLOSURE_REASON:
				return CLOSURE_REASON_EDEFAULT == null ? closureReason != null : !CLOSURE_REASON_EDEFAULT.equals(closureReason);
			case CasebookPackage.CASE__SUBJECT:
				return subject != null;
			case CasebookPackage.CASE__CASUSREGISSEUR:
				return casusregisseur != null;
			case CasebookPackage.CASE__LINKED_CASES:
				return linkedCases != null && !linkedCases.isEmpty();
			case CasebookPackage.CASE__REFERRAL:
				return referral != null;
			case CasebookPackage.CASE__LIFE_DOMAINS:
				return lifeDomains != null && !lifeDomains.isEmpty();
			case CasebookPackage.CASE__INVOLVEMENTS:
				return involvements != null && !involvements.isEmpty();
			case CasebookPackage.CASE__INFORMAL_TIES:
				return informalTies != null && !informalTies.isEmpty();
			case CasebookPackage.CASE__TIMELINE:
				return timeline != null && !timeline.isEmpty();
			case CasebookPackage.CASE__AGREEMENTS:
				return agreements != null && !agreements.isEmpty();
			case CasebookPackage.CASE__ESCALATIONS:
				return escalations != null && !escalations.isEmpty();
			case CasebookPackage.CASE__CONSENTS:
				return consents != null && !consents.isEmpty();
			case CasebookPackage.CASE__DISCLOSURES:
				return disclosures != null && !disclosures.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (caseNumber: "); //$NON-NLS-1$
		result.append(caseNumber);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", phase: "); //$NON-NLS-1$
		result.append(phase);
		result.append(", complexity: "); //$NON-NLS-1$
		result.append(complexity);
		result.append(", urgency: "); //$NON-NLS-1$
		result.append(urgency);
		result.append(", tags: "); //$NON-NLS-1$
		result.append(tags);
		result.append(", reason: "); //$NON-NLS-1$
		result.append(reason);
		result.append(", question: "); //$NON-NLS-1$
		result.append(question);
		result.append(", noodscenario: "); //$NON-NLS-1$
		result.append(noodscenario);
		result.append(", judicialFrame: "); //$NON-NLS-1$
		result.append(judicialFrame);
		result.append(", risks: "); //$NON-NLS-1$
		result.append(risks);
		result.append(", openedOn: "); //$NON-NLS-1$
		result.append(openedOn);
		result.append(", knownSince: "); //$NON-NLS-1$
		result.append(knownSince);
		result.append(", closedOn: "); //$NON-NLS-1$
		result.append(closedOn);
		result.append(", closureReason: "); //$NON-NLS-1$
		result.append(closureReason);
		result.append(')');
		return result.toString();
	}

} //CaseImpl
