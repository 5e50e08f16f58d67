/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.model.impl;

import java.util.Date;

import nl.casustafel.model.CasebookPackage;
import nl.casustafel.model.Escalation;
import nl.casustafel.model.PolicySignal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Escalation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.model.impl.EscalationImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.EscalationImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.EscalationImpl#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.EscalationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.EscalationImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link nl.casustafel.model.impl.EscalationImpl#getPolicySignal <em>Policy Signal</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EscalationImpl extends IdentifiableImpl implements Escalation {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected int level = LEVEL_EDEFAULT;

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
	 * The default value of the '{@link #getAddressee() <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESSEE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddressee() <em>Addressee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected String addressee = ADDRESSEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected String answer = ANSWER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPolicySignal() <em>Policy Signal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicySignal()
	 * @generated
	 * @ordered
	 */
	protected PolicySignal policySignal;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EscalationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasebookPackage.Literals.ESCALATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(int newLevel) {
		int oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ESCALATION__LEVEL, oldLevel, level));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ESCALATION__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddressee() {
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressee(String newAddressee) {
		String oldAddressee = addressee;
		addressee = newAddressee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ESCALATION__ADDRESSEE, oldAddressee, addressee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ESCALATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnswer() {
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswer(String newAnswer) {
		String oldAnswer = answer;
		answer = newAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ESCALATION__ANSWER, oldAnswer, answer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicySignal getPolicySignal() {
		if (policySignal != null && policySignal.eIsProxy()) {
			InternalEObject oldPolicySignal = (InternalEObject)policySignal;
			policySignal = (PolicySignal)eResolveProxy(oldPolicySignal);
			if (policySignal != oldPolicySignal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasebookPackage.ESCALATION__POLICY_SIGNAL, oldPolicySignal, policySignal));
			}
		}
		return policySignal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicySignal basicGetPolicySignal() {
		return policySignal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicySignal(PolicySignal newPolicySignal) {
		PolicySignal oldPolicySignal = policySignal;
		policySignal = newPolicySignal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasebookPackage.ESCALATION__POLICY_SIGNAL, oldPolicySignal, policySignal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasebookPackage.ESCALATION__LEVEL:
				return getLevel();
			case CasebookPackage.ESCALATION__QUESTION:
				return getQuestion();
			case CasebookPackage.ESCALATION__ADDRESSEE:
				return getAddressee();
			case CasebookPackage.ESCALATION__DATE:
				return getDate();
			case CasebookPackage.ESCALATION__ANSWER:
				return getAnswer();
			case CasebookPackage.ESCALATION__POLICY_SIGNAL:
				if (resolve) return getPolicySignal();
				return basicGetPolicySignal();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasebookPackage.ESCALATION__LEVEL:
				setLevel((Integer)newValue);
				return;
			case CasebookPackage.ESCALATION__QUESTION:
				setQuestion((String)newValue);
				return;
			case CasebookPackage.ESCALATION__ADDRESSEE:
				setAddressee((String)newValue);
				return;
			case CasebookPackage.ESCALATION__DATE:
				setDate((Date)newValue);
				return;
			case CasebookPackage.ESCALATION__ANSWER:
				setAnswer((String)newValue);
				return;
			case CasebookPackage.ESCALATION__POLICY_SIGNAL:
				setPolicySignal((PolicySignal)newValue);
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
			case CasebookPackage.ESCALATION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case CasebookPackage.ESCALATION__QUESTION:
				setQuestion(QUESTION_EDEFAULT);
				return;
			case CasebookPackage.ESCALATION__ADDRESSEE:
				setAddressee(ADDRESSEE_EDEFAULT);
				return;
			case CasebookPackage.ESCALATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CasebookPackage.ESCALATION__ANSWER:
				setAnswer(ANSWER_EDEFAULT);
				return;
			case CasebookPackage.ESCALATION__POLICY_SIGNAL:
				setPolicySignal((PolicySignal)null);
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
			case CasebookPackage.ESCALATION__LEVEL:
				return level != LEVEL_EDEFAULT;
			case CasebookPackage.ESCALATION__QUESTION:
				return QUESTION_EDEFAULT == null ? question != null : !QUESTION_EDEFAULT.equals(question);
			case CasebookPackage.ESCALATION__ADDRESSEE:
				return ADDRESSEE_EDEFAULT == null ? addressee != null : !ADDRESSEE_EDEFAULT.equals(addressee);
			case CasebookPackage.ESCALATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CasebookPackage.ESCALATION__ANSWER:
				return ANSWER_EDEFAULT == null ? answer != null : !ANSWER_EDEFAULT.equals(answer);
			case CasebookPackage.ESCALATION__POLICY_SIGNAL:
				return policySignal != null;
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
		result.append(" (level: "); //$NON-NLS-1$
		result.append(level);
		result.append(", question: "); //$NON-NLS-1$
		result.append(question);
		result.append(", addressee: "); //$NON-NLS-1$
		result.append(addressee);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", answer: "); //$NON-NLS-1$
		result.append(answer);
		result.append(')');
		return result.toString();
	}

} //EscalationImpl
