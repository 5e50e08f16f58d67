/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import java.util.Collection;
import java.util.Date;

import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.LearningPoint;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.Participant;

import nl.casustafel.model.impl.IdentifiableImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Point</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningPointImpl#getText <em>Text</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningPointImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningPointImpl#isForTeam <em>For Team</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningPointImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningPointImpl#getStep <em>Step</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningPointImpl#getParticipant <em>Participant</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearningPointImpl extends IdentifiableImpl implements LearningPoint {
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
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #isForTeam() <em>For Team</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isForTeam()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FOR_TEAM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isForTeam() <em>For Team</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isForTeam()
	 * @generated
	 * @ordered
	 */
	protected boolean forTeam = FOR_TEAM_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningPointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.LEARNING_POINT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_POINT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, LearningPackage.LEARNING_POINT__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isForTeam() {
		return forTeam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForTeam(boolean newForTeam) {
		boolean oldForTeam = forTeam;
		forTeam = newForTeam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_POINT__FOR_TEAM, oldForTeam, forTeam));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_POINT__CREATED_AT, oldCreatedAt, createdAt));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.LEARNING_POINT__STEP, oldStep, step));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_POINT__STEP, oldStep, step));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.LEARNING_POINT__PARTICIPANT, oldParticipant, participant));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_POINT__PARTICIPANT, oldParticipant, participant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LearningPackage.LEARNING_POINT__TEXT:
				return getText();
			case LearningPackage.LEARNING_POINT__TAGS:
				return getTags();
			case LearningPackage.LEARNING_POINT__FOR_TEAM:
				return isForTeam();
			case LearningPackage.LEARNING_POINT__CREATED_AT:
				return getCreatedAt();
			case LearningPackage.LEARNING_POINT__STEP:
				if (resolve) return getStep();
				return basicGetStep();
			case LearningPackage.LEARNING_POINT__PARTICIPANT:
				if (resolve) return getParticipant();
				return basicGetParticipant();
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
			case LearningPackage.LEARNING_POINT__TEXT:
				setText((String)newValue);
				return;
			case LearningPackage.LEARNING_POINT__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case LearningPackage.LEARNING_POINT__FOR_TEAM:
				setForTeam((Boolean)newValue);
				return;
			case LearningPackage.LEARNING_POINT__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case LearningPackage.LEARNING_POINT__STEP:
				setStep((MethodStep)newValue);
				return;
			case LearningPackage.LEARNING_POINT__PARTICIPANT:
				setParticipant((Participant)newValue);
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
			case LearningPackage.LEARNING_POINT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case LearningPackage.LEARNING_POINT__TAGS:
				getTags().clear();
				return;
			case LearningPackage.LEARNING_POINT__FOR_TEAM:
				setForTeam(FOR_TEAM_EDEFAULT);
				return;
			case LearningPackage.LEARNING_POINT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case LearningPackage.LEARNING_POINT__STEP:
				setStep((MethodStep)null);
				return;
			case LearningPackage.LEARNING_POINT__PARTICIPANT:
				setParticipant((Participant)null);
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
			case LearningPackage.LEARNING_POINT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case LearningPackage.LEARNING_POINT__TAGS:
				return tags != null && !tags.isEmpty();
			case LearningPackage.LEARNING_POINT__FOR_TEAM:
				return forTeam != FOR_TEAM_EDEFAULT;
			case LearningPackage.LEARNING_POINT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case LearningPackage.LEARNING_POINT__STEP:
				return step != null;
			case LearningPackage.LEARNING_POINT__PARTICIPANT:
				return participant != null;
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
		result.append(" (text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", tags: "); //$NON-NLS-1$
		result.append(tags);
		result.append(", forTeam: "); //$NON-NLS-1$
		result.append(forTeam);
		result.append(", createdAt: "); //$NON-NLS-1$
		result.append(createdAt);
		result.append(')');
		return result.toString();
	}

} //LearningPointImpl
