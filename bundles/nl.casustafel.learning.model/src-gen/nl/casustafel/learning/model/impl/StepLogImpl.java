/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import java.util.Date;

import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.StepLog;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step Log</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.impl.StepLogImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.StepLogImpl#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.StepLogImpl#getExtraMinutes <em>Extra Minutes</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.StepLogImpl#getActualSeconds <em>Actual Seconds</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.StepLogImpl#isSkipped <em>Skipped</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.StepLogImpl#getStep <em>Step</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepLogImpl extends MinimalEObjectImpl.Container implements StepLog {
	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Date startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date ENDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected Date endedAt = ENDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtraMinutes() <em>Extra Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int EXTRA_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExtraMinutes() <em>Extra Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraMinutes()
	 * @generated
	 * @ordered
	 */
	protected int extraMinutes = EXTRA_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualSeconds() <em>Actual Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int ACTUAL_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getActualSeconds() <em>Actual Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualSeconds()
	 * @generated
	 * @ordered
	 */
	protected int actualSeconds = ACTUAL_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #isSkipped() <em>Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSkipped()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SKIPPED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSkipped() <em>Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSkipped()
	 * @generated
	 * @ordered
	 */
	protected boolean skipped = SKIPPED_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepLogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.STEP_LOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Date newStartedAt) {
		Date oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.STEP_LOG__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEndedAt() {
		return endedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndedAt(Date newEndedAt) {
		Date oldEndedAt = endedAt;
		endedAt = newEndedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.STEP_LOG__ENDED_AT, oldEndedAt, endedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExtraMinutes() {
		return extraMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtraMinutes(int newExtraMinutes) {
		int oldExtraMinutes = extraMinutes;
		extraMinutes = newExtraMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.STEP_LOG__EXTRA_MINUTES, oldExtraMinutes, extraMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getActualSeconds() {
		return actualSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualSeconds(int newActualSeconds) {
		int oldActualSeconds = actualSeconds;
		actualSeconds = newActualSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.STEP_LOG__ACTUAL_SECONDS, oldActualSeconds, actualSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSkipped() {
		return skipped;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkipped(boolean newSkipped) {
		boolean oldSkipped = skipped;
		skipped = newSkipped;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.STEP_LOG__SKIPPED, oldSkipped, skipped));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.STEP_LOG__STEP, oldStep, step));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.STEP_LOG__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LearningPackage.STEP_LOG__STARTED_AT:
				return getStartedAt();
			case LearningPackage.STEP_LOG__ENDED_AT:
				return getEndedAt();
			case LearningPackage.STEP_LOG__EXTRA_MINUTES:
				return getExtraMinutes();
			case LearningPackage.STEP_LOG__ACTUAL_SECONDS:
				return getActualSeconds();
			case LearningPackage.STEP_LOG__SKIPPED:
				return isSkipped();
			case LearningPackage.STEP_LOG__STEP:
				if (resolve) return getStep();
				return basicGetStep();
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
			case LearningPackage.STEP_LOG__STARTED_AT:
				setStartedAt((Date)newValue);
				return;
			case LearningPackage.STEP_LOG__ENDED_AT:
				setEndedAt((Date)newValue);
				return;
			case LearningPackage.STEP_LOG__EXTRA_MINUTES:
				setExtraMinutes((Integer)newValue);
				return;
			case LearningPackage.STEP_LOG__ACTUAL_SECONDS:
				setActualSeconds((Integer)newValue);
				return;
			case LearningPackage.STEP_LOG__SKIPPED:
				setSkipped((Boolean)newValue);
				return;
			case LearningPackage.STEP_LOG__STEP:
				setStep((MethodStep)newValue);
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
			case LearningPackage.STEP_LOG__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case LearningPackage.STEP_LOG__ENDED_AT:
				setEndedAt(ENDED_AT_EDEFAULT);
				return;
			case LearningPackage.STEP_LOG__EXTRA_MINUTES:
				setExtraMinutes(EXTRA_MINUTES_EDEFAULT);
				return;
			case LearningPackage.STEP_LOG__ACTUAL_SECONDS:
				setActualSeconds(ACTUAL_SECONDS_EDEFAULT);
				return;
			case LearningPackage.STEP_LOG__SKIPPED:
				setSkipped(SKIPPED_EDEFAULT);
				return;
			case LearningPackage.STEP_LOG__STEP:
				setStep((MethodStep)null);
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
			case LearningPackage.STEP_LOG__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case LearningPackage.STEP_LOG__ENDED_AT:
				return ENDED_AT_EDEFAULT == null ? endedAt != null : !ENDED_AT_EDEFAULT.equals(endedAt);
			case LearningPackage.STEP_LOG__EXTRA_MINUTES:
				return extraMinutes != EXTRA_MINUTES_EDEFAULT;
			case LearningPackage.STEP_LOG__ACTUAL_SECONDS:
				return actualSeconds != ACTUAL_SECONDS_EDEFAULT;
			case LearningPackage.STEP_LOG__SKIPPED:
				return skipped != SKIPPED_EDEFAULT;
			case LearningPackage.STEP_LOG__STEP:
				return step != null;
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
		result.append(" (startedAt: "); //$NON-NLS-1$
		result.append(startedAt);
		result.append(", endedAt: "); //$NON-NLS-1$
		result.append(endedAt);
		result.append(", extraMinutes: "); //$NON-NLS-1$
		result.append(extraMinutes);
		result.append(", actualSeconds: "); //$NON-NLS-1$
		result.append(actualSeconds);
		result.append(", skipped: "); //$NON-NLS-1$
		result.append(skipped);
		result.append(')');
		return result.toString();
	}

} //StepLogImpl
