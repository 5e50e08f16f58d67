/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import java.util.Collection;

import nl.casustafel.learning.model.CaptureSpec;
import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.LocalizedText;
import nl.casustafel.learning.model.MethodStep;
import nl.casustafel.learning.model.PresenterRole;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Method Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.impl.MethodStepImpl#getKey <em>Key</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.MethodStepImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.MethodStepImpl#getMinutes <em>Minutes</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.MethodStepImpl#getPresenter <em>Presenter</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.MethodStepImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.MethodStepImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.MethodStepImpl#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.MethodStepImpl#getSpeakingRules <em>Speaking Rules</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.MethodStepImpl#getCaptures <em>Captures</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.MethodStepImpl#getPrompts <em>Prompts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MethodStepImpl extends MinimalEObjectImpl.Container implements MethodStep {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinutes() <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinutes() <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected int minutes = MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPresenter() <em>Presenter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPresenter()
	 * @generated
	 * @ordered
	 */
	protected static final PresenterRole PRESENTER_EDEFAULT = PresenterRole.SPEAKS;

	/**
	 * The cached value of the '{@link #getPresenter() <em>Presenter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPresenter()
	 * @generated
	 * @ordered
	 */
	protected PresenterRole presenter = PRESENTER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText title;

	/**
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText goal;

	/**
	 * The cached value of the '{@link #getGuidance() <em>Guidance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText guidance;

	/**
	 * The cached value of the '{@link #getSpeakingRules() <em>Speaking Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeakingRules()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalizedText> speakingRules;

	/**
	 * The cached value of the '{@link #getCaptures() <em>Captures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptures()
	 * @generated
	 * @ordered
	 */
	protected EList<CaptureSpec> captures;

	/**
	 * The cached value of the '{@link #getPrompts() <em>Prompts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompts()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalizedText> prompts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MethodStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.METHOD_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.METHOD_STEP__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.METHOD_STEP__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinutes() {
		return minutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutes(int newMinutes) {
		int oldMinutes = minutes;
		minutes = newMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.METHOD_STEP__MINUTES, oldMinutes, minutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PresenterRole getPresenter() {
		return presenter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPresenter(PresenterRole newPresenter) {
		PresenterRole oldPresenter = presenter;
		presenter = newPresenter == null ? PRESENTER_EDEFAULT : newPresenter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.METHOD_STEP__PRESENTER, oldPresenter, presenter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTitle(LocalizedText newTitle, NotificationChain msgs) {
		LocalizedText oldTitle = title;
		title = newTitle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LearningPackage.METHOD_STEP__TITLE, oldTitle, newTitle);
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
	public void setTitle(LocalizedText newTitle) {
		if (newTitle != title) {
			NotificationChain msgs = null;
			if (title != null)
				msgs = ((InternalEObject)title).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LearningPackage.METHOD_STEP__TITLE, null, msgs);
			if (newTitle != null)
				msgs = ((InternalEObject)newTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LearningPackage.METHOD_STEP__TITLE, null, msgs);
			msgs = basicSetTitle(newTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.METHOD_STEP__TITLE, newTitle, newTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getGoal() {
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGoal(LocalizedText newGoal, NotificationChain msgs) {
		LocalizedText oldGoal = goal;
		goal = newGoal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LearningPackage.METHOD_STEP__GOAL, oldGoal, newGoal);
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
	public void setGoal(LocalizedText newGoal) {
		if (newGoal != goal) {
			NotificationChain msgs = null;
			if (goal != null)
				msgs = ((InternalEObject)goal).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LearningPackage.METHOD_STEP__GOAL, null, msgs);
			if (newGoal != null)
				msgs = ((InternalEObject)newGoal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LearningPackage.METHOD_STEP__GOAL, null, msgs);
			msgs = basicSetGoal(newGoal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.METHOD_STEP__GOAL, newGoal, newGoal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getGuidance() {
		return guidance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGuidance(LocalizedText newGuidance, NotificationChain msgs) {
		LocalizedText oldGuidance = guidance;
		guidance = newGuidance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LearningPackage.METHOD_STEP__GUIDANCE, oldGuidance, newGuidance);
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
	public void setGuidance(LocalizedText newGuidance) {
		if (newGuidance != guidance) {
			NotificationChain msgs = null;
			if (guidance != null)
				msgs = ((InternalEObject)guidance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LearningPackage.METHOD_STEP__GUIDANCE, null, msgs);
			if (newGuidance != null)
				msgs = ((InternalEObject)newGuidance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LearningPackage.METHOD_STEP__GUIDANCE, null, msgs);
			msgs = basicSetGuidance(newGuidance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.METHOD_STEP__GUIDANCE, newGuidance, newGuidance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalizedText> getSpeakingRules() {
		if (speakingRules == null) {
			speakingRules = new EObjectContainmentEList<LocalizedText>(LocalizedText.class, this, LearningPackage.METHOD_STEP__SPEAKING_RULES);
		}
		return speakingRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaptureSpec> getCaptures() {
		if (captures == null) {
			captures = new EObjectContainmentEList<CaptureSpec>(CaptureSpec.class, this, LearningPackage.METHOD_STEP__CAPTURES);
		}
		return captures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalizedText> getPrompts() {
		if (prompts == null) {
			prompts = new EObjectContainmentEList<LocalizedText>(LocalizedText.class, this, LearningPackage.METHOD_STEP__PROMPTS);
		}
		return prompts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LearningPackage.METHOD_STEP__TITLE:
				return basicSetTitle(null, msgs);
			case LearningPackage.METHOD_STEP__GOAL:
				return basicSetGoal(null, msgs);
			case LearningPackage.METHOD_STEP__GUIDANCE:
				return basicSetGuidance(null, msgs);
			case LearningPackage.METHOD_STEP__SPEAKING_RULES:
				return ((InternalEList<?>)getSpeakingRules()).basicRemove(otherEnd, msgs);
			case LearningPackage.METHOD_STEP__CAPTURES:
				return ((InternalEList<?>)getCaptures()).basicRemove(otherEnd, msgs);
			case LearningPackage.METHOD_STEP__PROMPTS:
				return ((InternalEList<?>)getPrompts()).basicRemove(otherEnd, msgs);
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
			case LearningPackage.METHOD_STEP__KEY:
				return getKey();
			case LearningPackage.METHOD_STEP__LABEL:
				return getLabel();
			case LearningPackage.METHOD_STEP__MINUTES:
				return getMinutes();
			case LearningPackage.METHOD_STEP__PRESENTER:
				return getPresenter();
			case LearningPackage.METHOD_STEP__TITLE:
				return getTitle();
			case LearningPackage.METHOD_STEP__GOAL:
				return getGoal();
			case LearningPackage.METHOD_STEP__GUIDANCE:
				return getGuidance();
			case LearningPackage.METHOD_STEP__SPEAKING_RULES:
				return getSpeakingRules();
			case LearningPackage.METHOD_STEP__CAPTURES:
				return getCaptures();
			case LearningPackage.METHOD_STEP__PROMPTS:
				return getPrompts();
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
			case LearningPackage.METHOD_STEP__KEY:
				setKey((String)newValue);
				return;
			case LearningPackage.METHOD_STEP__LABEL:
				setLabel((String)newValue);
				return;
			case LearningPackage.METHOD_STEP__MINUTES:
				setMinutes((Integer)newValue);
				return;
			case LearningPackage.METHOD_STEP__PRESENTER:
				setPresenter((PresenterRole)newValue);
				return;
			case LearningPackage.METHOD_STEP__TITLE:
				setTitle((LocalizedText)newValue);
				return;
			case LearningPackage.METHOD_STEP__GOAL:
				setGoal((LocalizedText)newValue);
				return;
			case LearningPackage.METHOD_STEP__GUIDANCE:
				setGuidance((LocalizedText)newValue);
				return;
			case LearningPackage.METHOD_STEP__SPEAKING_RULES:
				getSpeakingRules().clear();
				getSpeakingRules().addAll((Collection<? extends LocalizedText>)newValue);
				return;
			case LearningPackage.METHOD_STEP__CAPTURES:
				getCaptures().clear();
				getCaptures().addAll((Collection<? extends CaptureSpec>)newValue);
				return;
			case LearningPackage.METHOD_STEP__PROMPTS:
				getPrompts().clear();
				getPrompts().addAll((Collection<? extends LocalizedText>)newValue);
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
			case LearningPackage.METHOD_STEP__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case LearningPackage.METHOD_STEP__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case LearningPackage.METHOD_STEP__MINUTES:
				setMinutes(MINUTES_EDEFAULT);
				return;
			case LearningPackage.METHOD_STEP__PRESENTER:
				setPresenter(PRESENTER_EDEFAULT);
				return;
			case LearningPackage.METHOD_STEP__TITLE:
				setTitle((LocalizedText)null);
				return;
			case LearningPackage.METHOD_STEP__GOAL:
				setGoal((LocalizedText)null);
				return;
			case LearningPackage.METHOD_STEP__GUIDANCE:
				setGuidance((LocalizedText)null);
				return;
			case LearningPackage.METHOD_STEP__SPEAKING_RULES:
				getSpeakingRules().clear();
				return;
			case LearningPackage.METHOD_STEP__CAPTURES:
				getCaptures().clear();
				return;
			case LearningPackage.METHOD_STEP__PROMPTS:
				getPrompts().clear();
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
			case LearningPackage.METHOD_STEP__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case LearningPackage.METHOD_STEP__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case LearningPackage.METHOD_STEP__MINUTES:
				return minutes != MINUTES_EDEFAULT;
			case LearningPackage.METHOD_STEP__PRESENTER:
				return presenter != PRESENTER_EDEFAULT;
			case LearningPackage.METHOD_STEP__TITLE:
				return title != null;
			case LearningPackage.METHOD_STEP__GOAL:
				return goal != null;
			case LearningPackage.METHOD_STEP__GUIDANCE:
				return guidance != null;
			case LearningPackage.METHOD_STEP__SPEAKING_RULES:
				return speakingRules != null && !speakingRules.isEmpty();
			case LearningPackage.METHOD_STEP__CAPTURES:
				return captures != null && !captures.isEmpty();
			case LearningPackage.METHOD_STEP__PROMPTS:
				return prompts != null && !prompts.isEmpty();
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
		result.append(" (key: "); //$NON-NLS-1$
		result.append(key);
		result.append(", label: "); //$NON-NLS-1$
		result.append(label);
		result.append(", minutes: "); //$NON-NLS-1$
		result.append(minutes);
		result.append(", presenter: "); //$NON-NLS-1$
		result.append(presenter);
		result.append(')');
		return result.toString();
	}

} //MethodStepImpl
