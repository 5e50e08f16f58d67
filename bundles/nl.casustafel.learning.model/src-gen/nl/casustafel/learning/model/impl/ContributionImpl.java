/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import java.util.Date;

import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.Contribution;
import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.Participant;
import nl.casustafel.learning.model.TheoryItem;

import nl.casustafel.model.impl.IdentifiableImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contribution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.impl.ContributionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.ContributionImpl#getText <em>Text</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.ContributionImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.ContributionImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.ContributionImpl#getStep <em>Step</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.ContributionImpl#getParticipant <em>Participant</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.ContributionImpl#getTheory <em>Theory</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContributionImpl extends IdentifiableImpl implements Contribution {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CaptureKind KIND_EDEFAULT = CaptureKind.NOTE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CaptureKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

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
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected MethodStep step;

	/**
	 * The cached value of the '{@link #getParticipant() <em>Participant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipant()
	 * @generated
	 * @ordered
	 */
	protected Participant participant;

	/**
	 * The cached value of the '{@link #getTheory() <em>Theory</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheory()
	 * @generated
	 * @ordered
	 */
	protected TheoryItem theory;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContributionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.CONTRIBUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaptureKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CaptureKind newKind) {
		CaptureKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CONTRIBUTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CONTRIBUTION__TEXT, oldText, text));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CONTRIBUTION__ANSWER, oldAnswer, answer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CONTRIBUTION__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MethodStep getStep() {
		if (step != null && step.eIsProxy()) {
			InternalEObject oldStep = (InternalEObject)step;
			step = (MethodStep)eResolveProxy(oldStep);
			if (step != oldStep) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.CONTRIBUTION__STEP, oldStep, step));
			}
		}
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MethodStep basicGetStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(MethodStep newStep) {
		MethodStep oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CONTRIBUTION__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant getParticipant() {
		if (participant != null && participant.eIsProxy()) {
			InternalEObject oldParticipant = (InternalEObject)participant;
			participant = (Participant)eResolveProxy(oldParticipant);
			if (participant != oldParticipant) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.CONTRIBUTION__PARTICIPANT, oldParticipant, participant));
			}
		}
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Participant basicGetParticipant() {
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipant(Participant newParticipant) {
		Participant oldParticipant = participant;
		participant = newParticipant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CONTRIBUTION__PARTICIPANT, oldParticipant, participant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TheoryItem getTheory() {
		if (theory != null && theory.eIsProxy()) {
			InternalEObject oldTheory = (InternalEObject)theory;
			theory = (TheoryItem)eResolveProxy(oldTheory);
			if (theory != oldTheory) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.CONTRIBUTION__THEORY, oldTheory, theory));
			}
		}
		return theory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TheoryItem basicGetTheory() {
		return theory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheory(TheoryItem newTheory) {
		TheoryItem oldTheory = theory;
		theory = newTheory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CONTRIBUTION__THEORY, oldTheory, theory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LearningPackage.CONTRIBUTION__KIND:
				return getKind();
			case LearningPackage.CONTRIBUTION__TEXT:
				return getText();
			case LearningPackage.CONTRIBUTION__ANSWER:
				return getAnswer();
			case LearningPackage.CONTRIBUTION__CREATED_AT:
				return getCreatedAt();
			case LearningPackage.CONTRIBUTION__STEP:
				if (resolve) return getStep();
				return basicGetStep();
			case LearningPackage.CONTRIBUTION__PARTICIPANT:
				if (resolve) return getParticipant();
				return basicGetParticipant();
			case LearningPackage.CONTRIBUTION__THEORY:
				if (resolve) return getTheory();
				return basicGetTheory();
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
			case LearningPackage.CONTRIBUTION__KIND:
				setKind((CaptureKind)newValue);
				return;
			case LearningPackage.CONTRIBUTION__TEXT:
				setText((String)newValue);
				return;
			case LearningPackage.CONTRIBUTION__ANSWER:
				setAnswer((String)newValue);
				return;
			case LearningPackage.CONTRIBUTION__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case LearningPackage.CONTRIBUTION__STEP:
				setStep((MethodStep)newValue);
				return;
			case LearningPackage.CONTRIBUTION__PARTICIPANT:
				setParticipant((Participant)newValue);
				return;
			case LearningPackage.CONTRIBUTION__THEORY:
				setTheory((TheoryItem)newValue);
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
			case LearningPackage.CONTRIBUTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LearningPackage.CONTRIBUTION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case LearningPackage.CONTRIBUTION__ANSWER:
				setAnswer(ANSWER_EDEFAULT);
				return;
			case LearningPackage.CONTRIBUTION__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case LearningPackage.CONTRIBUTION__STEP:
				setStep((MethodStep)null);
				return;
			case LearningPackage.CONTRIBUTION__PARTICIPANT:
				setParticipant((Participant)null);
				return;
			case LearningPackage.CONTRIBUTION__THEORY:
				setTheory((TheoryItem)null);
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
			case LearningPackage.CONTRIBUTION__KIND:
				return kind != KIND_EDEFAULT;
			case LearningPackage.CONTRIBUTION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case LearningPackage.CONTRIBUTION__ANSWER:
				return ANSWER_EDEFAULT == null ? answer != null : !ANSWER_EDEFAULT.equals(answer);
			case LearningPackage.CONTRIBUTION__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case LearningPackage.CONTRIBUTION__STEP:
				return step != null;
			case LearningPackage.CONTRIBUTION__PARTICIPANT:
				return participant != null;
			case LearningPackage.CONTRIBUTION__THEORY:
				return theory != null;
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
		result.append(", text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", answer: "); //$NON-NLS-1$
		result.append(answer);
		result.append(", createdAt: "); //$NON-NLS-1$
		result.append(createdAt);
		result.append(')');
		return result.toString();
	}

} //ContributionImpl
