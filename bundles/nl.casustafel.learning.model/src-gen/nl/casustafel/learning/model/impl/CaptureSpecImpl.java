/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import nl.casustafel.learning.model.CaptureKind;
import nl.casustafel.learning.model.CaptureSpec;
import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.LocalizedText;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Capture Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.impl.CaptureSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.CaptureSpecImpl#isPerParticipant <em>Per Participant</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.CaptureSpecImpl#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.CaptureSpecImpl#isTheoryLink <em>Theory Link</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.CaptureSpecImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaptureSpecImpl extends MinimalEObjectImpl.Container implements CaptureSpec {
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
	 * The default value of the '{@link #isPerParticipant() <em>Per Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPerParticipant()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PER_PARTICIPANT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPerParticipant() <em>Per Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPerParticipant()
	 * @generated
	 * @ordered
	 */
	protected boolean perParticipant = PER_PARTICIPANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected static final int MAXIMUM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected int maximum = MAXIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #isTheoryLink() <em>Theory Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTheoryLink()
	 * @generated
	 * @ordered
	 */
	protected static final boolean THEORY_LINK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTheoryLink() <em>Theory Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTheoryLink()
	 * @generated
	 * @ordered
	 */
	protected boolean theoryLink = THEORY_LINK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText label;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaptureSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.CAPTURE_SPEC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CAPTURE_SPEC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPerParticipant() {
		return perParticipant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerParticipant(boolean newPerParticipant) {
		boolean oldPerParticipant = perParticipant;
		perParticipant = newPerParticipant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CAPTURE_SPEC__PER_PARTICIPANT, oldPerParticipant, perParticipant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaximum() {
		return maximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximum(int newMaximum) {
		int oldMaximum = maximum;
		maximum = newMaximum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CAPTURE_SPEC__MAXIMUM, oldMaximum, maximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTheoryLink() {
		return theoryLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheoryLink(boolean newTheoryLink) {
		boolean oldTheoryLink = theoryLink;
		theoryLink = newTheoryLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CAPTURE_SPEC__THEORY_LINK, oldTheoryLink, theoryLink));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLabel(LocalizedText newLabel, NotificationChain msgs) {
		LocalizedText oldLabel = label;
		label = newLabel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LearningPackage.CAPTURE_SPEC__LABEL, oldLabel, newLabel);
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
	public void setLabel(LocalizedText newLabel) {
		if (newLabel != label) {
			NotificationChain msgs = null;
			if (label != null)
				msgs = ((InternalEObject)label).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LearningPackage.CAPTURE_SPEC__LABEL, null, msgs);
			if (newLabel != null)
				msgs = ((InternalEObject)newLabel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LearningPackage.CAPTURE_SPEC__LABEL, null, msgs);
			msgs = basicSetLabel(newLabel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.CAPTURE_SPEC__LABEL, newLabel, newLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LearningPackage.CAPTURE_SPEC__LABEL:
				return basicSetLabel(null, msgs);
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
			case LearningPackage.CAPTURE_SPEC__KIND:
				return getKind();
			case LearningPackage.CAPTURE_SPEC__PER_PARTICIPANT:
				return isPerParticipant();
			case LearningPackage.CAPTURE_SPEC__MAXIMUM:
				return getMaximum();
			case LearningPackage.CAPTURE_SPEC__THEORY_LINK:
				return isTheoryLink();
			case LearningPackage.CAPTURE_SPEC__LABEL:
				return getLabel();
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
			case LearningPackage.CAPTURE_SPEC__KIND:
				setKind((CaptureKind)newValue);
				return;
			case LearningPackage.CAPTURE_SPEC__PER_PARTICIPANT:
				setPerParticipant((Boolean)newValue);
				return;
			case LearningPackage.CAPTURE_SPEC__MAXIMUM:
				setMaximum((Integer)newValue);
				return;
			case LearningPackage.CAPTURE_SPEC__THEORY_LINK:
				setTheoryLink((Boolean)newValue);
				return;
			case LearningPackage.CAPTURE_SPEC__LABEL:
				setLabel((LocalizedText)newValue);
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
			case LearningPackage.CAPTURE_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LearningPackage.CAPTURE_SPEC__PER_PARTICIPANT:
				setPerParticipant(PER_PARTICIPANT_EDEFAULT);
				return;
			case LearningPackage.CAPTURE_SPEC__MAXIMUM:
				setMaximum(MAXIMUM_EDEFAULT);
				return;
			case LearningPackage.CAPTURE_SPEC__THEORY_LINK:
				setTheoryLink(THEORY_LINK_EDEFAULT);
				return;
			case LearningPackage.CAPTURE_SPEC__LABEL:
				setLabel((LocalizedText)null);
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
			case LearningPackage.CAPTURE_SPEC__KIND:
				return kind != KIND_EDEFAULT;
			case LearningPackage.CAPTURE_SPEC__PER_PARTICIPANT:
				return perParticipant != PER_PARTICIPANT_EDEFAULT;
			case LearningPackage.CAPTURE_SPEC__MAXIMUM:
				return maximum != MAXIMUM_EDEFAULT;
			case LearningPackage.CAPTURE_SPEC__THEORY_LINK:
				return theoryLink != THEORY_LINK_EDEFAULT;
			case LearningPackage.CAPTURE_SPEC__LABEL:
				return label != null;
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
		result.append(", perParticipant: "); //$NON-NLS-1$
		result.append(perParticipant);
		result.append(", maximum: "); //$NON-NLS-1$
		result.append(maximum);
		result.append(", theoryLink: "); //$NON-NLS-1$
		result.append(theoryLink);
		result.append(')');
		return result.toString();
	}

} //CaptureSpecImpl
