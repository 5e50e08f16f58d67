/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Collection;
import java.util.Date;

import nl.casustafel.model.AgendaItem;
import nl.casustafel.model.AgendaItemKind;
import nl.casustafel.model.Agreement;
import nl.casustafel.model.Case;
import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.DecisionType;
import nl.casustafel.model.Preparation;
import nl.casustafel.model.Urgency;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agenda Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getTimeboxMinutes <em>Timebox Minutes</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getActualDurationSeconds <em>Actual Duration Seconds</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getDecisionNote <em>Decision Note</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getNoodscenario <em>Noodscenario</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getNextDate <em>Next Date</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getCase <em>Case</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getPreparations <em>Preparations</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.AgendaItemImpl#getAgreements <em>Agreements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgendaItemImpl extends IdentifiableImpl implements AgendaItem {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AgendaItemKind KIND_EDEFAULT = AgendaItemKind.CASE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AgendaItemKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The default value of the '{@link #getTimeboxMinutes() <em>Timebox Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeboxMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int TIMEBOX_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTimeboxMinutes() <em>Timebox Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeboxMinutes()
	 * @generated
	 * @ordered
	 */
	protected int timeboxMinutes = TIMEBOX_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualDurationSeconds() <em>Actual Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int ACTUAL_DURATION_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getActualDurationSeconds() <em>Actual Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualDurationSeconds()
	 * @generated
	 * @ordered
	 */
	protected int actualDurationSeconds = ACTUAL_DURATION_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final DecisionType DECISION_EDEFAULT = DecisionType.NONE;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected DecisionType decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionNote() <em>Decision Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionNote()
	 * @generated
	 * @ordered
	 */
	protected static final String DECISION_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionNote() <em>Decision Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionNote()
	 * @generated
	 * @ordered
	 */
	protected String decisionNote = DECISION_NOTE_EDEFAULT;

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
	 * The default value of the '{@link #getNextDate() <em>Next Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date NEXT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextDate() <em>Next Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextDate()
	 * @generated
	 * @ordered
	 */
	protected Date nextDate = NEXT_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCase() <em>Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCase()
	 * @generated
	 * @ordered
	 */
	protected Case case_;

	/**
	 * The cached value of the '{@link #getPreparations() <em>Preparations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparations()
	 * @generated
	 * @ordered
	 */
	protected EList<Preparation> preparations;

	/**
	 * The cached value of the '{@link #getAgreements() <em>Agreements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreements()
	 * @generated
	 * @ordered
	 */
	protected EList<Agreement> agreements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgendaItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.AGENDA_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgendaItemKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AgendaItemKind newKind) {
		AgendaItemKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__REASON, oldReason, reason));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__QUESTION, oldQuestion, question));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__URGENCY, oldUrgency, urgency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeboxMinutes() {
		return timeboxMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeboxMinutes(int newTimeboxMinutes) {
		int oldTimeboxMinutes = timeboxMinutes;
		timeboxMinutes = newTimeboxMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__TIMEBOX_MINUTES, oldTimeboxMinutes, timeboxMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getActualDurationSeconds() {
		return actualDurationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualDurationSeconds(int newActualDurationSeconds) {
		int oldActualDurationSeconds = actualDurationSeconds;
		actualDurationSeconds = newActualDurationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__ACTUAL_DURATION_SECONDS, oldActualDurationSeconds, actualDurationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionType getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(DecisionType newDecision) {
		DecisionType oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecisionNote() {
		return decisionNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionNote(String newDecisionNote) {
		String oldDecisionNote = decisionNote;
		decisionNote = newDecisionNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__DECISION_NOTE, oldDecisionNote, decisionNote));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__NOODSCENARIO, oldNoodscenario, noodscenario));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNextDate() {
		return nextDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextDate(Date newNextDate) {
		Date oldNextDate = nextDate;
		nextDate = newNextDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__NEXT_DATE, oldNextDate, nextDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case getCase() {
		if (case_ != null && case_.eIsProxy()) {
			InternalEObject oldCase = (InternalEObject)case_;
			case_ = (Case)eResolveProxy(oldCase);
			if (case_ != oldCase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.AGENDA_ITEM__CASE, oldCase, case_));
			}
		}
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Case basicGetCase() {
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCase(Case newCase) {
		Case oldCase = case_;
		case_ = newCase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.AGENDA_ITEM__CASE, oldCase, case_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Preparation> getPreparations() {
		if (preparations == null) {
			preparations = new EObjectContainmentEList<Preparation>(Preparation.class, this, CasebookPackage.AGENDA_ITEM__PREPARATIONS);
		}
		return preparations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agreement> getAgreements() {
		if (agreements == null) {
			agreements = new EObjectResolvingEList<Agreement>(Agreement.class, this, CasebookPackage.AGENDA_ITEM__AGREEMENTS);
		}
		return agreements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasebookPackage.AGENDA_ITEM__PREPARATIONS:
				return ((InternalEList<?>)getPreparations()).basicRemove(otherEnd, msgs);
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
			case CasebookPackage.AGENDA_ITEM__KIND:
				return getKind();
			case CasebookPackage.AGENDA_ITEM__TITLE:
				return getTitle();
			case CasebookPackage.AGENDA_ITEM__REASON:
				return getReason();
			case CasebookPackage.AGENDA_ITEM__QUESTION:
				return getQuestion();
			case CasebookPackage.AGENDA_ITEM__URGENCY:
				return getUrgency();
			case CasebookPackage.AGENDA_ITEM__TIMEBOX_MINUTES:
				return getTimeboxMinutes();
			case CasebookPackage.AGENDA_ITEM__ACTUAL_DURATION_SECONDS:
				return getActualDurationSeconds();
			case CasebookPackage.AGENDA_ITEM__DECISION:
				return getDecision();
			case CasebookPackage.AGENDA_ITEM__DECISION_NOTE:
				return getDecisionNote();
			case CasebookPackage.AGENDA_ITEM__NOODSCENARIO:
				return getNoodscenario();
			case CasebookPackage.AGENDA_ITEM__NEXT_DATE:
				return getNextDate();
			case CasebookPackage.AGENDA_ITEM__CASE:
				if (resolve) return getCase();
				return basicGetCase();
			case CasebookPackage.AGENDA_ITEM__PREPARATIONS:
				return getPreparations();
			case CasebookPackage.AGENDA_ITEM__AGREEMENTS:
				return getAgreements();
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
			case CasebookPackage.AGENDA_ITEM__KIND:
				setKind((AgendaItemKind)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__REASON:
				setReason((String)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__QUESTION:
				setQuestion((String)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__URGENCY:
				setUrgency((Urgency)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__TIMEBOX_MINUTES:
				setTimeboxMinutes((Integer)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__ACTUAL_DURATION_SECONDS:
				setActualDurationSeconds((Integer)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__DECISION:
				setDecision((DecisionType)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__DECISION_NOTE:
				setDecisionNote((String)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__NOODSCENARIO:
				setNoodscenario((String)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__NEXT_DATE:
				setNextDate((Date)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__CASE:
				setCase((Case)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__PREPARATIONS:
				getPreparations().clear();
				getPreparations().addAll((Collection<? extends Preparation>)newValue);
				return;
			case CasebookPackage.AGENDA_ITEM__AGREEMENTS:
				getAgreements().clear();
				getAgreements().addAll((Collection<? extends Agreement>)newValue);
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
			case CasebookPackage.AGENDA_ITEM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__QUESTION:
				setQuestion(QUESTION_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__URGENCY:
				setUrgency(URGENCY_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__TIMEBOX_MINUTES:
				setTimeboxMinutes(TIMEBOX_MINUTES_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__ACTUAL_DURATION_SECONDS:
				setActualDurationSeconds(ACTUAL_DURATION_SECONDS_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__DECISION_NOTE:
				setDecisionNote(DECISION_NOTE_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__NOODSCENARIO:
				setNoodscenario(NOODSCENARIO_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__NEXT_DATE:
				setNextDate(NEXT_DATE_EDEFAULT);
				return;
			case CasebookPackage.AGENDA_ITEM__CASE:
				setCase((Case)null);
				return;
			case CasebookPackage.AGENDA_ITEM__PREPARATIONS:
				getPreparations().clear();
				return;
			case CasebookPackage.AGENDA_ITEM__AGREEMENTS:
				getAgreements().clear();
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
			case CasebookPackage.AGENDA_ITEM__KIND:
				return kind != KIND_EDEFAULT;
			case CasebookPackage.AGENDA_ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasebookPackage.AGENDA_ITEM__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case CasebookPackage.AGENDA_ITEM__QUESTION:
				return QUESTION_EDEFAULT == null ? question != null : !QUESTION_EDEFAULT.equals(question);
			case CasebookPackage.AGENDA_ITEM__URGENCY:
				return urgency != URGENCY_EDEFAULT;
			case CasebookPackage.AGENDA_ITEM__TIMEBOX_MINUTES:
				return timeboxMinutes != TIMEBOX_MINUTES_EDEFAULT;
			case CasebookPackage.AGENDA_ITEM__ACTUAL_DURATION_SECONDS:
				return actualDurationSeconds != ACTUAL_DURATION_SECONDS_EDEFAULT;
			case CasebookPackage.AGENDA_ITEM__DECISION:
				return decision != DECISION_EDEFAULT;
			case CasebookPackage.AGENDA_ITEM__DECISION_NOTE:
				return DECISION_NOTE_EDEFAULT == null ? decisionNote != null : !DECISION_NOTE_EDEFAULT.equals(decisionNote);
			case CasebookPackage.AGENDA_ITEM__NOODSCENARIO:
				return NOODSCENARIO_EDEFAULT == null ? noodscenario != null : !NOODSCENARIO_EDEFAULT.equals(noodscenario);
			case CasebookPackage.AGENDA_ITEM__NEXT_DATE:
				return NEXT_DATE_EDEFAULT == null ? nextDate != null : !NEXT_DATE_EDEFAULT.equals(nextDate);
			case CasebookPackage.AGENDA_ITEM__CASE:
				return case_ != null;
			case CasebookPackage.AGENDA_ITEM__PREPARATIONS:
				return preparations != null && !preparations.isEmpty();
			case CasebookPackage.AGENDA_ITEM__AGREEMENTS:
				return agreements != null && !agreements.isEmpty();
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", reason: "); //$NON-NLS-1$
		result.append(reason);
		result.append(", question: "); //$NON-NLS-1$
		result.append(question);
		result.append(", urgency: "); //$NON-NLS-1$
		result.append(urgency);
		result.append(", timeboxMinutes: "); //$NON-NLS-1$
		result.append(timeboxMinutes);
		result.append(", actualDurationSeconds: "); //$NON-NLS-1$
		result.append(actualDurationSeconds);
		result.append(", decision: "); //$NON-NLS-1$
		result.append(decision);
		result.append(", decisionNote: "); //$NON-NLS-1$
		result.append(decisionNote);
		result.append(", noodscenario: "); //$NON-NLS-1$
		result.append(noodscenario);
		result.append(", nextDate: "); //$NON-NLS-1$
		result.append(nextDate);
		result.append(')');
		return result.toString();
	}

} //AgendaItemImpl
