/**
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.learning.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import nl.casustafel.learning.model.LearningMethod;
import nl.casustafel.learning.model.LearningPackage;
import nl.casustafel.learning.model.LocalizedText;
import nl.casustafel.learning.model.MethodStep;

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
 * An implementation of the model object '<em><b>Method</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningMethodImpl#getKey <em>Key</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningMethodImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningMethodImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningMethodImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningMethodImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningMethodImpl#getCaseTemplate <em>Case Template</em>}</li>
 *   <li>{@link nl.casustafel.learning.model.impl.LearningMethodImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearningMethodImpl extends MinimalEObjectImpl.Container implements LearningMethod {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected String origin = ORIGIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText name;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText summary;

	/**
	 * The cached value of the '{@link #getCaseTemplate() <em>Case Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseTemplate()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText caseTemplate;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<MethodStep> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningMethodImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.LEARNING_METHOD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_METHOD__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_METHOD__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(String newOrigin) {
		String oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_METHOD__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetName(LocalizedText newName, NotificationChain msgs) {
		LocalizedText oldName = name;
		name = newName;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_METHOD__NAME, oldName, newName);
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
	public void setName(LocalizedText newName) {
		if (newName != name) {
			NotificationChain msgs = null;
			if (name != null)
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LearningPackage.LEARNING_METHOD__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LearningPackage.LEARNING_METHOD__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_METHOD__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSummary(LocalizedText newSummary, NotificationChain msgs) {
		LocalizedText oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_METHOD__SUMMARY, oldSummary, newSummary);
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
	public void setSummary(LocalizedText newSummary) {
		if (newSummary != summary) {
			NotificationChain msgs = null;
			if (summary != null)
				msgs = ((InternalEObject)summary).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LearningPackage.LEARNING_METHOD__SUMMARY, null, msgs);
			if (newSummary != null)
				msgs = ((InternalEObject)newSummary).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LearningPackage.LEARNING_METHOD__SUMMARY, null, msgs);
			msgs = basicSetSummary(newSummary, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_METHOD__SUMMARY, newSummary, newSummary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getCaseTemplate() {
		return caseTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCaseTemplate(LocalizedText newCaseTemplate, NotificationChain msgs) {
		LocalizedText oldCaseTemplate = caseTemplate;
		caseTemplate = newCaseTemplate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_METHOD__CASE_TEMPLATE, oldCaseTemplate, newCaseTemplate);
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
	public void setCaseTemplate(LocalizedText newCaseTemplate) {
		if (newCaseTemplate != caseTemplate) {
			NotificationChain msgs = null;
			if (caseTemplate != null)
				msgs = ((InternalEObject)caseTemplate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LearningPackage.LEARNING_METHOD__CASE_TEMPLATE, null, msgs);
			if (newCaseTemplate != null)
				msgs = ((InternalEObject)newCaseTemplate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LearningPackage.LEARNING_METHOD__CASE_TEMPLATE, null, msgs);
			msgs = basicSetCaseTemplate(newCaseTemplate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.LEARNING_METHOD__CASE_TEMPLATE, newCaseTemplate, newCaseTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MethodStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<MethodStep>(MethodStep.class, this, LearningPackage.LEARNING_METHOD__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int totalMinutes() {
		int total = 0;
		for (MethodStep step : getSteps()) {
		  total += Math.max(0, step.getMinutes());
		}
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LearningPackage.LEARNING_METHOD__NAME:
				return basicSetName(null, msgs);
			case LearningPackage.LEARNING_METHOD__SUMMARY:
				return basicSetSummary(null, msgs);
			case LearningPackage.LEARNING_METHOD__CASE_TEMPLATE:
				return basicSetCaseTemplate(null, msgs);
			case LearningPackage.LEARNING_METHOD__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case LearningPackage.LEARNING_METHOD__KEY:
				return getKey();
			case LearningPackage.LEARNING_METHOD__VERSION:
				return getVersion();
			case LearningPackage.LEARNING_METHOD__ORIGIN:
				return getOrigin();
			case LearningPackage.LEARNING_METHOD__NAME:
				return getName();
			case LearningPackage.LEARNING_METHOD__SUMMARY:
				return getSummary();
			case LearningPackage.LEARNING_METHOD__CASE_TEMPLATE:
				return getCaseTemplate();
			case LearningPackage.LEARNING_METHOD__STEPS:
				return getSteps();
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
			case LearningPackage.LEARNING_METHOD__KEY:
				setKey((String)newValue);
				return;
			case LearningPackage.LEARNING_METHOD__VERSION:
				setVersion((String)newValue);
				return;
			case LearningPackage.LEARNING_METHOD__ORIGIN:
				setOrigin((String)newValue);
				return;
			case LearningPackage.LEARNING_METHOD__NAME:
				setName((LocalizedText)newValue);
				return;
			case LearningPackage.LEARNING_METHOD__SUMMARY:
				setSummary((LocalizedText)newValue);
				return;
			case LearningPackage.LEARNING_METHOD__CASE_TEMPLATE:
				setCaseTemplate((LocalizedText)newValue);
				return;
			case LearningPackage.LEARNING_METHOD__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends MethodStep>)newValue);
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
			case LearningPackage.LEARNING_METHOD__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case LearningPackage.LEARNING_METHOD__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case LearningPackage.LEARNING_METHOD__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case LearningPackage.LEARNING_METHOD__NAME:
				setName((LocalizedText)null);
				return;
			case LearningPackage.LEARNING_METHOD__SUMMARY:
				setSummary((LocalizedText)null);
				return;
			case LearningPackage.LEARNING_METHOD__CASE_TEMPLATE:
				setCaseTemplate((LocalizedText)null);
				return;
			case LearningPackage.LEARNING_METHOD__STEPS:
				getSteps().clear();
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
			case LearningPackage.LEARNING_METHOD__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case LearningPackage.LEARNING_METHOD__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case LearningPackage.LEARNING_METHOD__ORIGIN:
				return ORIGIN_EDEFAULT == null ? origin != null : !ORIGIN_EDEFAULT.equals(origin);
			case LearningPackage.LEARNING_METHOD__NAME:
				return name != null;
			case LearningPackage.LEARNING_METHOD__SUMMARY:
				return summary != null;
			case LearningPackage.LEARNING_METHOD__CASE_TEMPLATE:
				return caseTemplate != null;
			case LearningPackage.LEARNING_METHOD__STEPS:
				return steps != null && !steps.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LearningPackage.LEARNING_METHOD___TOTAL_MINUTES:
				return totalMinutes();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", version: "); //$NON-NLS-1$
		result.append(version);
		result.append(", origin: "); //$NON-NLS-1$
		result.append(origin);
		result.append(')');
		return result.toString();
	}

} //LearningMethodImpl
